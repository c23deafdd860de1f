package org.zwgk.samples.approval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.zwgk.classify.Classification;
import org.zwgk.report.DisclosedItem;
import org.zwgk.spi.channel.Attachment;

/**
 * A document as the approval system drafts it (拟稿): the full text kept in the host's own table, the text that
 * may be published (for 部分公开 the redacted version), and the attribute decision marked on the draft (seeds 002,
 * 004: 公开属性 decided when drafting).
 *
 * @param fullText      the original, kept only in {@code oa_document}; never handed to the gate
 * @param docType       the host's document type; registered with the gate as its section 二 row
 *                      ({@link DocType#reportKind()})
 * @param channels      channel ids to deliver to (the host intersects the catalogue's channels with those it runs)
 * @param attachments   附件 issued with the document (e.g. the signed PDF)
 */
public record DocumentDraft(String docId, String matterId, String catalogueItemId, DocType docType, String title,
                            String docNumber, String fullText, Classification classification,
                            LocalDate draftedOn, boolean policyDocument, List<String> channels,
                            List<Attachment> attachments) {
    public DocumentDraft {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(docType, "docType");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(fullText, "fullText");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(draftedOn, "draftedOn");
        docNumber = docNumber == null ? "" : docNumber;
        channels = List.copyOf(channels);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A draft without attachments. */
    public DocumentDraft(String docId, String matterId, String catalogueItemId, DocType docType, String title,
                         String docNumber, String fullText, Classification classification,
                         LocalDate draftedOn, boolean policyDocument, List<String> channels) {
        this(docId, matterId, catalogueItemId, docType, title, docNumber, fullText, classification,
                draftedOn, policyDocument, channels, List.of());
    }

    /** The host's document types (what its 发文 module records), with their Chinese labels. */
    public enum DocType {
        NORMATIVE_DOCUMENT("行政规范性文件"),
        LICENSING_DECISION("行政许可决定"),
        PENALTY_DECISION("行政处罚决定"),
        NOTICE("通知公告"),
        LIST("名单公示"),
        REPORT("工作报告"),
        INTERNAL("内部请示"),
        /** A rule or procedure of the body's disclosure work, published under 政府信息公开制度. */
        RULES("政府信息公开制度");

        private final String label;

        DocType(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The row of the annual report's section 二 (Art. 20 (一)(五)(六)) documents of this type count in. */
        public DisclosedItem.Kind reportKind() {
            return switch (this) {
                case NORMATIVE_DOCUMENT -> DisclosedItem.Kind.NORMATIVE_DOCUMENT;
                case LICENSING_DECISION -> DisclosedItem.Kind.LICENSING_DECISION;
                case PENALTY_DECISION -> DisclosedItem.Kind.PENALTY_DECISION;
                default -> null;
            };
        }
    }
}
