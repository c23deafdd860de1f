package org.zwgk.gate;

import java.util.Set;

/**
 * What the gate accepts as attachments (附件) of a disclosure: size limits and the media types allowed.
 *
 * <p>The default allow-list is the formats government documents are actually published in: PDF and OFD (GB/T 33190,
 * the national layout format), Word and Excel (legacy and OOXML), WPS Office (文字/表格), CSV (名单、数据公示),
 * PNG and JPEG (scans, images). ZIP is <b>not</b> allowed by default: a container hides what is in it from the
 * secrecy review (Art. 17) and from the reader, and DA/T 48 archives expect each file in an open format. Each type's
 * leading bytes are checked, so a renamed executable is not published as a PDF.
 *
 * @param maxFileBytes  largest single file
 * @param maxItemBytes  largest total per item
 * @param maxFiles      most files per item
 * @param mediaTypes    allowed media types (lower case, without parameters)
 */
public record AttachmentPolicy(long maxFileBytes, long maxItemBytes, int maxFiles, Set<String> mediaTypes) {

    public static final String PDF = "application/pdf";
    public static final String OFD = "application/ofd";
    public static final String DOC = "application/msword";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLS = "application/vnd.ms-excel";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** WPS 文字 (.wps), the media type WPS Office registers. */
    public static final String WPS = "application/wps-office.wps";
    /** WPS 表格 (.et). */
    public static final String ET = "application/wps-office.et";
    public static final String CSV = "text/csv";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";

    /** 20 MiB per file, 50 MiB and 20 files per item, the types above. */
    public static final AttachmentPolicy DEFAULT = new AttachmentPolicy(20L << 20, 50L << 20, 20,
            Set.of(PDF, OFD, DOC, DOCX, XLS, XLSX, WPS, ET, CSV, PNG, JPEG));

    public AttachmentPolicy {
        if (maxFileBytes < 1 || maxItemBytes < maxFileBytes || maxFiles < 1) {
            throw new IllegalArgumentException("limits: 1 <= maxFileBytes <= maxItemBytes, maxFiles >= 1");
        }
        mediaTypes = Set.copyOf(mediaTypes);
    }

    /** The same limits with other media types (e.g. adding {@code application/zip} deliberately). */
    public AttachmentPolicy withMediaTypes(Set<String> types) {
        return new AttachmentPolicy(maxFileBytes, maxItemBytes, maxFiles, types);
    }
}
