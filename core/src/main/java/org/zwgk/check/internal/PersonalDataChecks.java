package org.zwgk.check.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.zwgk.check.Evidence;
import org.zwgk.check.Finding;
import org.zwgk.check.Indicator;
import org.zwgk.check.PersonalDataDetector;
import org.zwgk.check.Text;
import org.zwgk.store.internal.CheckRows;
import org.zwgk.store.internal.Persistence;

/**
 * Personal data in what is public now: the title, body and text attachments (CSV, plain text) of every published
 * item in the store — what every channel received — and, with a site, the site's own pages and text files outside
 * the item pages (the guide, rules pages, indexes). One finding per item or page and value; the value is only ever
 * shown masked.
 */
final class PersonalDataChecks {

    /** Attachments whose bytes are text; other formats need a text extractor (org.zwgk.screen). */
    static final List<String> TEXT_TYPES = List.of("text/csv", "text/plain");

    private PersonalDataChecks() {
    }

    static List<Finding> store(CheckContext ctx, Connection c, Persistence db) throws SQLException {
        List<Finding> out = new ArrayList<>();
        PersonalDataDetector detector = ctx.detector;
        db.checks().publicTexts(c, t -> {
            CheckRows.ItemFact item = ctx.facts.itemsById.get(t.itemId());
            Set<String> seen = new HashSet<>();
            scan(ctx, item, t.title(), Text.of("标题", "the title"), seen, out);
            scan(ctx, item, t.content(), Text.of("正文", "the body"), seen, out);
        });
        db.checks().publicFiles(c, TEXT_TYPES, f -> {
            CheckRows.ItemFact item = ctx.facts.itemsById.get(f.itemId());
            scan(ctx, item, new String(f.content(), StandardCharsets.UTF_8),
                    Text.of("附件 " + f.fileName(), "the attachment " + f.fileName()), new HashSet<>(), out);
        });
        return out;
    }

    private static void scan(CheckContext ctx, CheckRows.ItemFact item, String text, Text part, Set<String> seen,
                             List<Finding> out) {
        if (item == null || text == null) {
            return;
        }
        for (PersonalDataDetector.Match m : ctx.detector.find(text)) {
            if (!seen.add(m.masked())) {
                continue;
            }
            Evidence ev = Evidence.item(item.itemId(), item.title(), item.indexNumber()).withValue(m.masked());
            out.add(Finding.of(Indicator.PERSONAL_DATA, ctx.column(item.catalogueItemId()), ev,
                    Text.of(item.itemId() + "「" + item.title() + "」的" + part.zh(),
                            part.en() + " of " + item.itemId() + " \"" + item.title() + "\""), m.kind(), m.masked()));
        }
    }

    /**
     * The site's pages and text files other than the item pages and their attachments (those come from the store).
     * A value already found in an item is not reported again for the index pages that list the item's title.
     */
    static List<Finding> site(CheckContext ctx, SiteScan site, Set<String> foundInItems) {
        List<Finding> out = new ArrayList<>();
        for (SiteScan.Page p : site.pages) {
            if (p.html().text != null) {
                page(ctx, p.path(), p.html().text.toString(), foundInItems, out);
            }
        }
        for (String f : site.textFiles) {
            page(ctx, f, site.read(f), foundInItems, out);
        }
        return out;
    }

    private static void page(CheckContext ctx, String path, String text, Set<String> foundInItems,
                             List<Finding> out) {
        Set<String> seen = new HashSet<>(foundInItems);
        for (PersonalDataDetector.Match m : ctx.detector.find(text)) {
            if (seen.add(m.masked())) {
                out.add(Finding.of(Indicator.PERSONAL_DATA, null, Evidence.page(path).withValue(m.masked()),
                        Text.of("页面 " + path, "the page " + path), m.kind(), m.masked()));
            }
        }
    }
}
