package org.zwgk.spi.channel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One version of one disclosure item, as delivered to one channel.
 *
 * @param itemId          the disclosure item's stable id in the host (unique per body)
 * @param version         increases with every republication of the item (corrections)
 * @param idempotencyKey  stable per (item, channel, version): repeats of a delivery carry the same key
 * @param indexNumber     索引号, e.g. {@code 01432281X/2023-00535}
 * @param title           名称
 * @param body            plain text; adapters escape it for their medium (never trusted as HTML)
 * @param attribute       公开属性; never {@link DisclosureAttribute#WITHHELD} or {@link DisclosureAttribute#ON_REQUEST}
 * @param publisher       发布机构
 * @param documentNumber  文号, may be empty
 * @param formedOn        生成日期 / 成文日期 (the day the information was formed)
 * @param publishedAt     the publication time
 * @param validity        有效性, e.g. 有效 / 废止
 * @param catalogue       catalogue context: {@code catalogueId}, {@code catalogueTitle}, {@code domainCode},
 *                        {@code domainName}, {@code itemId}, {@code path}, {@code stage}; may be extended
 * @param attachments     files published with the item
 * @param sequence        the dispatcher's sequence of this message for (item, channel): strictly greater than the
 *                        sequence of every earlier publication or withdrawal of the same item on the same channel.
 *                        A channel that has already applied a higher sequence for the item must drop this message
 *                        (a late delivery, e.g. one that outlived its lease, must never put an older version or a
 *                        withdrawn item back in public). {@code 0} means "not given" (a caller built against SPI
 *                        1.1 or older): apply it. Since SPI 1.2.
 * @param logAnchor       the item's event log as it was when this version was queued (the decisions that allowed
 *                        it: classification, secrecy review), for channels that keep records outside zwgk's
 *                        database; null when not given. Since SPI 1.2.
 */
public record Publication(
        String itemId,
        int version,
        String idempotencyKey,
        String indexNumber,
        String title,
        String body,
        DisclosureAttribute attribute,
        String publisher,
        String documentNumber,
        LocalDate formedOn,
        Instant publishedAt,
        String validity,
        Map<String, String> catalogue,
        List<Attachment> attachments,
        long sequence,
        LogAnchor logAnchor) {

    /** Catalogue key: the catalogue's id. */
    public static final String CATALOGUE_ID = "catalogueId";
    /** Catalogue key: the catalogue's title. */
    public static final String CATALOGUE_TITLE = "catalogueTitle";
    /** Catalogue key: the domain code (e.g. {@code social-assistance}); used for per-domain indexes. */
    public static final String DOMAIN_CODE = "domainCode";
    /** Catalogue key: the domain name (e.g. 社会救助). */
    public static final String DOMAIN_NAME = "domainName";
    /** Catalogue key: the catalogue item id. */
    public static final String ITEM_ID = "itemId";
    /** Catalogue key: the item's path in the catalogue, levels joined by {@code " / "} (一级事项 / 二级事项). */
    public static final String PATH = "path";
    /** Catalogue key: the 五公开 stage (决策、执行、管理、服务、结果). */
    public static final String STAGE = "stage";
    /**
     * Catalogue key: the part of the disclosure column (政府信息公开专栏, 国办公开办函〔2019〕61号) the item is filed
     * under when it is not the statutory content filed by catalogue domain (法定主动公开内容): {@link #COLUMN_RULES} or
     * {@link #COLUMN_ANNUAL_REPORT}. Absent for the statutory content. A channel that does not know a value files the
     * item as statutory content. Since SPI 1.2.
     */
    public static final String COLUMN = "column";
    /** {@link #COLUMN} value: 政府信息公开制度 (the body's disclosure rules and procedures). Since SPI 1.2. */
    public static final String COLUMN_RULES = "rules";
    /**
     * {@link #COLUMN} value: 政府信息公开年报 (an annual report, Arts. 49–50). Its attachments are the report's page in
     * the official layout ({@code text/html}) and its JSON document. Since SPI 1.2.
     */
    public static final String COLUMN_ANNUAL_REPORT = "annual-report";

    public Publication {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(indexNumber, "indexNumber");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(formedOn, "formedOn");
        Objects.requireNonNull(publishedAt, "publishedAt");
        if (!attribute.isPublicChannelAllowed()) {
            // Defence in depth: the dispatcher never builds one, but an adapter must not be handed one either.
            throw new IllegalArgumentException("information marked " + attribute.label() + " cannot be published");
        }
        if (version < 1) {
            throw new IllegalArgumentException("version must be >= 1");
        }
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must be >= 0");
        }
        documentNumber = documentNumber == null ? "" : documentNumber;
        validity = validity == null ? "有效" : validity;
        catalogue = catalogue == null ? Map.of() : Map.copyOf(catalogue);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A publication without a sequence (the SPI 1.1 constructor): {@link #sequence()} is 0, "not given". */
    public Publication(String itemId, int version, String idempotencyKey, String indexNumber, String title,
                       String body, DisclosureAttribute attribute, String publisher, String documentNumber,
                       LocalDate formedOn, Instant publishedAt, String validity, Map<String, String> catalogue,
                       List<Attachment> attachments) {
        this(itemId, version, idempotencyKey, indexNumber, title, body, attribute, publisher, documentNumber,
                formedOn, publishedAt, validity, catalogue, attachments, 0, null);
    }

    /** A publication without a log anchor (sequence given). */
    public Publication(String itemId, int version, String idempotencyKey, String indexNumber, String title,
                       String body, DisclosureAttribute attribute, String publisher, String documentNumber,
                       LocalDate formedOn, Instant publishedAt, String validity, Map<String, String> catalogue,
                       List<Attachment> attachments, long sequence) {
        this(itemId, version, idempotencyKey, indexNumber, title, body, attribute, publisher, documentNumber,
                formedOn, publishedAt, validity, catalogue, attachments, sequence, null);
    }

    /** This publication with another sequence (the dispatcher sets it per channel). Since SPI 1.2. */
    public Publication withSequence(long newSequence) {
        return new Publication(itemId, version, idempotencyKey, indexNumber, title, body, attribute, publisher,
                documentNumber, formedOn, publishedAt, validity, catalogue, attachments, newSequence, logAnchor);
    }
}
