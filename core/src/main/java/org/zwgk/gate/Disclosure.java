package org.zwgk.gate;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.zwgk.report.DisclosedItem;
import org.zwgk.spi.channel.Attachment;

/**
 * A piece of government information the host registers with the gate.
 *
 * @param itemId          the host's stable id (unique per installation)
 * @param bodyCode        the issuing body's organisation or credit code (for the 索引号)
 * @param catalogueItemId the catalogue item it belongs to, or {@code null}
 * @param title           名称
 * @param content         plain text (adapters escape it)
 * @param publisher       发布机构
 * @param documentNumber  文号, may be empty
 * @param formedOn        生成日期: the deadline of Art. 26 runs from it
 * @param policyDocument  a policy document needs 解读 within 3 working days of publication
 * @param channels        channel ids; empty = the catalogue item's channels
 * @param stepId          the host step that must not complete before the obligation is met, or {@code null}
 * @param matterId        the host matter (五公开) it belongs to, or {@code null}
 * @param validity        有效性 shown with the item; {@code null} = {@link Validity#VALID}
 * @param attachments     附件 published with the item (checked at registration against the {@link AttachmentPolicy},
 *                        stored in the host transaction, delivered to every channel); {@code null} = none
 * @param reportKind      the row of the annual report's section 二 (OGI Art. 20 (一)(五)(六)) the information counts
 *                        in once published — a 规章 or 行政规范性文件, or a 行政许可/行政处罚/行政强制 decision —
 *                        or {@code null} when it counts in none. {@link DisclosedItem.Kind#FEE_COLLECTION} is an
 *                        amount the host states, not a piece of information, and is refused (ZWGK-3215).
 * @param column          the part of the disclosure column it is published under; {@code null} =
 *                        {@link DisclosureColumn#STATUTORY} (filed by its catalogue domain)
 */
public record Disclosure(String itemId, String bodyCode, String catalogueItemId, String title, String content,
                         String publisher, String documentNumber, LocalDate formedOn, boolean policyDocument,
                         List<String> channels, String stepId, String matterId, Validity validity,
                         List<Attachment> attachments, DisclosedItem.Kind reportKind, DisclosureColumn column) {
    public Disclosure {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(bodyCode, "bodyCode");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(formedOn, "formedOn");
        documentNumber = documentNumber == null ? "" : documentNumber;
        channels = channels == null ? List.of() : List.copyOf(channels);
        validity = validity == null ? Validity.VALID : validity;
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        column = column == null ? DisclosureColumn.STATUTORY : column;
        if (reportKind == DisclosedItem.Kind.FEE_COLLECTION) {
            throw new GateException(GateErrors.REPORT_KIND_NOT_AN_ITEM, itemId, reportKind.name(),
                    reportKind.labelZh());
        }
        if (itemId.isBlank() || itemId.length() > 200) {
            throw new GateException(GateErrors.BAD_DISCLOSURE, "itemId", "1–200 characters");
        }
        for (String ch : channels) {
            if (!CHANNEL_ID.matcher(ch).matches()) {
                throw new GateException(GateErrors.BAD_DISCLOSURE, "channels", ch);
            }
        }
    }

    /** Channel ids as in {@code ChannelConfig}; compiled once (registration is on the host's hot path). */
    private static final Pattern CHANNEL_ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    /** Filed as statutory content (法定主动公开内容): the shape before columns existed. */
    public Disclosure(String itemId, String bodyCode, String catalogueItemId, String title, String content,
                      String publisher, String documentNumber, LocalDate formedOn, boolean policyDocument,
                      List<String> channels, String stepId, String matterId, Validity validity,
                      List<Attachment> attachments, DisclosedItem.Kind reportKind) {
        this(itemId, bodyCode, catalogueItemId, title, content, publisher, documentNumber, formedOn, policyDocument,
                channels, stepId, matterId, validity, attachments, reportKind, null);
    }

    /** Without a report kind (counts in no row of section 二): the shape before report kinds existed. */
    public Disclosure(String itemId, String bodyCode, String catalogueItemId, String title, String content,
                      String publisher, String documentNumber, LocalDate formedOn, boolean policyDocument,
                      List<String> channels, String stepId, String matterId, Validity validity,
                      List<Attachment> attachments) {
        this(itemId, bodyCode, catalogueItemId, title, content, publisher, documentNumber, formedOn, policyDocument,
                channels, stepId, matterId, validity, attachments, null);
    }

    /** Without validity and attachments (有效, none): the shape before attachments existed. */
    public Disclosure(String itemId, String bodyCode, String catalogueItemId, String title, String content,
                      String publisher, String documentNumber, LocalDate formedOn, boolean policyDocument,
                      List<String> channels, String stepId, String matterId) {
        this(itemId, bodyCode, catalogueItemId, title, content, publisher, documentNumber, formedOn, policyDocument,
                channels, stepId, matterId, Validity.VALID, List.of(), null);
    }

    /** A copy delivered to the given channels. */
    public Disclosure withChannels(List<String> newChannels) {
        return new Disclosure(itemId, bodyCode, catalogueItemId, title, content, publisher, documentNumber, formedOn,
                policyDocument, newChannels, stepId, matterId, validity, attachments, reportKind, column);
    }

    /** A copy with the given 有效性. */
    public Disclosure withValidity(Validity newValidity) {
        return new Disclosure(itemId, bodyCode, catalogueItemId, title, content, publisher, documentNumber, formedOn,
                policyDocument, channels, stepId, matterId, newValidity, attachments, reportKind, column);
    }

    /** A copy with the given attachments (附件), in the order channels list them. */
    public Disclosure withAttachments(List<Attachment> newAttachments) {
        return new Disclosure(itemId, bodyCode, catalogueItemId, title, content, publisher, documentNumber, formedOn,
                policyDocument, channels, stepId, matterId, validity, newAttachments, reportKind, column);
    }

    /**
     * A copy counted in the given row of the annual report's section 二 once published ({@code null}: in none).
     * The 制发/决定 date is {@link #formedOn()}; for rules and normative documents, a later {@code withdraw} is the
     * 废止 date (see {@code org.zwgk.report.GateRecords}).
     */
    public Disclosure withReportKind(DisclosedItem.Kind newReportKind) {
        return new Disclosure(itemId, bodyCode, catalogueItemId, title, content, publisher, documentNumber, formedOn,
                policyDocument, channels, stepId, matterId, validity, attachments, newReportKind, column);
    }

    /**
     * A copy published under the given part of the disclosure column: {@link DisclosureColumn#RULES} for the body's
     * disclosure rules and procedures (政府信息公开制度), {@link DisclosureColumn#ANNUAL_REPORT} for an annual report
     * (built by {@link AnnualReportDisclosure}, which attaches the report's page and JSON). Channels receive it as
     * {@code Publication.catalogue().get(Publication.COLUMN)}.
     */
    public Disclosure withColumn(DisclosureColumn newColumn) {
        return new Disclosure(itemId, bodyCode, catalogueItemId, title, content, publisher, documentNumber, formedOn,
                policyDocument, channels, stepId, matterId, validity, attachments, reportKind, newColumn);
    }

    /** A minimal disclosure; use the canonical constructor for the rest. */
    public static Disclosure of(String itemId, String bodyCode, String catalogueItemId, String title,
                                String content, String publisher, LocalDate formedOn, String stepId) {
        return new Disclosure(itemId, bodyCode, catalogueItemId, title, content, publisher, "", formedOn, false,
                List.of(), stepId, null);
    }
}
