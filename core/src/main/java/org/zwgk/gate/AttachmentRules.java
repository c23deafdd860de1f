package org.zwgk.gate;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.zwgk.spi.channel.Attachment;

/** Checks a disclosure's attachments against the policy and computes their digests (before anything is written). */
final class AttachmentRules {

    /** One checked attachment, as stored in {@code zwgk_attachment}. */
    record Checked(int position, String fileName, String mediaType, byte[] content, String sha256) {
    }

    private static final int MAX_NAME = 200;
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private AttachmentRules() {
    }

    static List<Checked> check(String itemId, List<Attachment> attachments, AttachmentPolicy policy) {
        if (attachments.isEmpty()) {
            return List.of();
        }
        if (attachments.size() > policy.maxFiles()) {
            throw new GateException(GateErrors.ATTACHMENTS_TOO_LARGE, itemId,
                    attachments.size() + " files > " + policy.maxFiles());
        }
        List<Checked> out = new ArrayList<>(attachments.size());
        Set<String> names = new HashSet<>();
        long total = 0;
        for (int i = 0; i < attachments.size(); i++) {
            Attachment a = attachments.get(i);
            String where = "attachments[" + i + "] " + a.fileName();
            String name = sanitise(where, a.fileName());
            String type = mediaType(a.mediaType());
            if (!policy.mediaTypes().contains(type)) {
                throw new GateException(GateErrors.ATTACHMENT_TYPE, where, type,
                        String.join(", ", new TreeSet<>(policy.mediaTypes())));
            }
            byte[] content = a.content();
            if (content.length == 0) {
                throw new GateException(GateErrors.ATTACHMENT_EMPTY, where);
            }
            if (content.length > policy.maxFileBytes()) {
                throw new GateException(GateErrors.ATTACHMENT_TOO_LARGE, where, content.length,
                        policy.maxFileBytes());
            }
            total += content.length;
            if (total > policy.maxItemBytes()) {
                throw new GateException(GateErrors.ATTACHMENTS_TOO_LARGE, itemId,
                        "total > " + policy.maxItemBytes() + " bytes");
            }
            if (!looksLike(type, content)) {
                throw new GateException(GateErrors.ATTACHMENT_CONTENT, where, type);
            }
            // Case-insensitive: Windows and macOS file systems (and the archive's ZIP readers) fold case.
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                throw new GateException(GateErrors.ATTACHMENT_DUPLICATE, itemId, name);
            }
            out.add(new Checked(i + 1, name, type, content, sha256(content)));
        }
        return List.copyOf(out);
    }

    /**
     * The display name without any directory part (browsers send {@code C:\fakepath\x.pdf}), NFC-normalised, with
     * control and reserved characters replaced. Names that are empty afterwards, too long or hidden are refused
     * rather than shortened, so the extension is never cut off silently.
     */
    static String sanitise(String where, String raw) {
        String n = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1);
        n = Normalizer.normalize(n, Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder(n.length());
        n.codePoints().forEach(cp -> b.appendCodePoint(
                Character.isISOControl(cp) || "<>:\"|?*".indexOf(cp) >= 0 || cp == 0x2028 || cp == 0x2029
                        || Character.getType(cp) == Character.FORMAT ? '_' : cp));
        String s = b.toString().strip();
        while (s.endsWith(".")) { // Windows drops trailing dots: "a.pdf." and "a.pdf" would collide
            s = s.substring(0, s.length() - 1).strip();
        }
        if (s.isEmpty()) {
            throw new GateException(GateErrors.ATTACHMENT_NAME, where, "empty");
        }
        if (s.startsWith(".")) {
            throw new GateException(GateErrors.ATTACHMENT_NAME, where, "starts with '.'");
        }
        if (s.codePointCount(0, s.length()) > MAX_NAME) {
            throw new GateException(GateErrors.ATTACHMENT_NAME, where, "longer than " + MAX_NAME + " characters");
        }
        return s;
    }

    /** {@code Application/PDF; name=x} → {@code application/pdf}. */
    static String mediaType(String raw) {
        int semi = raw.indexOf(';');
        return (semi < 0 ? raw : raw.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    /** The leading bytes of the known types; types a host added to the policy are not sniffed. */
    static boolean looksLike(String type, byte[] c) {
        return switch (type) {
            // PDF readers accept the header within the first 1024 bytes (ISO 32000-1 Annex H.3 note).
            case AttachmentPolicy.PDF -> indexOf(c, "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                    1024) >= 0;
            case AttachmentPolicy.OFD, AttachmentPolicy.DOCX, AttachmentPolicy.XLSX -> startsWith(c, ZIP);
            case AttachmentPolicy.DOC, AttachmentPolicy.XLS, AttachmentPolicy.WPS, AttachmentPolicy.ET ->
                    startsWith(c, OLE2);
            case AttachmentPolicy.PNG -> startsWith(c, PNG);
            case AttachmentPolicy.JPEG -> startsWith(c, JPEG);
            case AttachmentPolicy.CSV -> indexOf(c, new byte[] {0}, c.length) < 0;
            default -> true;
        };
    }

    private static boolean startsWith(byte[] c, byte[] magic) {
        if (c.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (c[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] c, byte[] needle, int within) {
        int end = Math.min(c.length, within + needle.length) - needle.length;
        outer:
        for (int i = 0; i <= end; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (c[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java platform must provide SHA-256
        }
    }
}
