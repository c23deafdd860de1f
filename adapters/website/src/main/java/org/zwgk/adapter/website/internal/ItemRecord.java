package org.zwgk.adapter.website.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Properties;

/**
 * What the static site remembers of one item (UTF-8 properties under {@code <state>/items/}, outside the web root).
 * A withdrawn item's record keeps only what its notice of withdrawal shows: no body, summary or attachment list.
 *
 * @param sequence  the highest SPI 1.2 sequence applied for the item (0: none given); a message with a lower one is
 *                  dropped
 * @param tombstone the item was withdrawn before any publication of it arrived (a withdrawal that overtook a slow
 *                  delivery): never public, listed nowhere, remembered only so the late publication is dropped
 * @param column    the part of the column it is filed under ({@code Publication.COLUMN}: {@code rules},
 *                  {@code annual-report}); empty for the statutory content filed by domain
 */
record ItemRecord(String slug, String itemId, int version, String publishKey, String indexNumber, String title,
                  String summary, String body, String attributeLabel, String publisher, String documentNumber,
                  LocalDate formedOn, Instant publishedAt, String validity, String domainCode, String domainName,
                  String path, String stage, String attachments, Instant deliveredAt, boolean withdrawn,
                  String withdrawKey, String withdrawReason, Instant withdrawnAt, String method, long sequence,
                  boolean tombstone, String column) {

    /** Records written before the method was kept have none: the site only ever shows proactive information. */
    ItemRecord {
        method = method == null || method.isEmpty() ? "主动公开" : method;
        column = column == null ? "" : column;
    }

    /** The record of a withdrawal that arrived before any publication of the item. */
    static ItemRecord tombstone(String slug, String itemId, int version, String indexNumber, String title,
                                String withdrawKey, String reason, Instant withdrawnAt, Instant now, long sequence) {
        return new ItemRecord(slug, itemId, version, "", indexNumber, title, "", "", "", "", "",
                LocalDate.ofInstant(withdrawnAt, java.time.ZoneOffset.UTC), withdrawnAt, "", "other", "其他", "", "",
                "", now, true, withdrawKey, reason, withdrawnAt, "", sequence, true, "");
    }

    String toProperties() throws IOException {
        Properties p = new Properties();
        p.setProperty("slug", slug);
        p.setProperty("itemId", itemId);
        p.setProperty("version", Integer.toString(version));
        p.setProperty("publishKey", publishKey);
        p.setProperty("indexNumber", indexNumber);
        p.setProperty("title", title);
        p.setProperty("summary", summary);
        p.setProperty("body", body);
        p.setProperty("attribute", attributeLabel);
        p.setProperty("publisher", publisher);
        p.setProperty("documentNumber", documentNumber);
        p.setProperty("formedOn", formedOn.toString());
        p.setProperty("publishedAt", publishedAt.toString());
        p.setProperty("validity", validity);
        p.setProperty("domainCode", domainCode);
        p.setProperty("domainName", domainName);
        p.setProperty("path", path);
        p.setProperty("stage", stage);
        p.setProperty("attachments", attachments);
        p.setProperty("deliveredAt", deliveredAt.toString());
        p.setProperty("withdrawn", Boolean.toString(withdrawn));
        p.setProperty("withdrawKey", withdrawKey);
        p.setProperty("withdrawReason", withdrawReason);
        p.setProperty("withdrawnAt", withdrawnAt == null ? "" : withdrawnAt.toString());
        p.setProperty("method", method);
        p.setProperty("sequence", Long.toString(sequence));
        p.setProperty("tombstone", Boolean.toString(tombstone));
        p.setProperty("column", column);
        StringWriter w = new StringWriter();
        p.store(w, null);
        return w.toString();
    }

    static ItemRecord fromProperties(String text) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text));
        String wa = p.getProperty("withdrawnAt", "");
        return new ItemRecord(p.getProperty("slug"), p.getProperty("itemId"), Integer.parseInt(p.getProperty("version")),
                p.getProperty("publishKey"), p.getProperty("indexNumber"), p.getProperty("title"),
                p.getProperty("summary"), p.getProperty("body"), p.getProperty("attribute"), p.getProperty("publisher"),
                p.getProperty("documentNumber"), LocalDate.parse(p.getProperty("formedOn")),
                Instant.parse(p.getProperty("publishedAt")), p.getProperty("validity"), p.getProperty("domainCode"),
                p.getProperty("domainName"), p.getProperty("path"), p.getProperty("stage"),
                p.getProperty("attachments"), Instant.parse(p.getProperty("deliveredAt")),
                Boolean.parseBoolean(p.getProperty("withdrawn")), p.getProperty("withdrawKey", ""),
                p.getProperty("withdrawReason", ""), wa.isEmpty() ? null : Instant.parse(wa),
                p.getProperty("method", ""), org.zwgk.adapter.support.Sequences.parse(p.getProperty("sequence")),
                Boolean.parseBoolean(p.getProperty("tombstone", "false")), p.getProperty("column", ""));
    }

    /**
     * The record after withdrawal: body, summary and attachment list dropped — they are no longer public, and the
     * state directory must not keep what the site has taken down.
     */
    ItemRecord withdraw(String key, String reason, Instant at, long newSequence) {
        return new ItemRecord(slug, itemId, version, publishKey, indexNumber, title, "", "", attributeLabel,
                publisher, documentNumber, formedOn, publishedAt, validity, domainCode, domainName, path, stage,
                "", deliveredAt, true, key, reason, at, method, newSequence, tombstone, column);
    }

    /** The same record with another applied sequence. */
    ItemRecord withSequence(long newSequence) {
        return new ItemRecord(slug, itemId, version, publishKey, indexNumber, title, summary, body, attributeLabel,
                publisher, documentNumber, formedOn, publishedAt, validity, domainCode, domainName, path, stage,
                attachments, deliveredAt, withdrawn, withdrawKey, withdrawReason, withdrawnAt, method, newSequence,
                tombstone, column);
    }

    /** Whether this record still holds text that only a live page may show (a record written before 1.2). */
    boolean holdsWithdrawnText() {
        return withdrawn && (!body.isEmpty() || !summary.isEmpty() || !attachments.isEmpty());
    }

    /** Last change, for the feed and the sitemap. */
    Instant updated() {
        return withdrawn && withdrawnAt != null ? withdrawnAt : deliveredAt;
    }
}
