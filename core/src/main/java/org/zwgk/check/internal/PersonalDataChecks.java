package org.zwgk.check.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.zwgk.check.Evidence;
import org.zwgk.check.Finding;
import org.zwgk.check.Indicator;
import org.zwgk.check.Text;
import org.zwgk.screen.Detector;
import org.zwgk.screen.ScreeningReport;
import org.zwgk.store.internal.CheckRows;
import org.zwgk.store.internal.Persistence;
import org.zwgk.store.internal.ScreeningRecords;

/**
 * Personal data in what is public now, found by the personal-data screening ({@code org.zwgk.screen}): the title,
 * body and attachments of every published item as it was published — the public version of a 部分公开 item — which
 * is what every channel received, and, with a site, the site's own pages and text files outside the item pages (the
 * guide, rules pages, indexes). A finding a reviewer accepted when the item was published (its fingerprint in
 * {@code zwgk_finding_acceptance}) is not reported again. A file no extractor reads (a scanned page, an image, a PDF
 * without {@code zwgk-extract}) cannot be looked into and gives no finding here: the gate's screening blocks those
 * before publication. One finding per item or page and value; the value is only ever shown masked.
 */
final class PersonalDataChecks {

    private PersonalDataChecks() {
    }

    /**
     * The published items' texts and files. The screening the gate recorded when an item's current version was
     * published stands for a new one when it was made with the same screening ({@link
     * org.zwgk.screen.Screener#signature()}) and a reviewer still accepts every finding it made: there is nothing
     * to report, and its values are taken as found. Every other public item is read and screened now, files
     * included — every item when {@code rescreen} asks for it. {@code itemValues} receives every value found in the
     * items, reported or accepted by a reviewer (masked, with its detector), so that the site's index pages
     * repeating an item's title and first lines do not report it again.
     */
    static List<Finding> store(CheckContext ctx, Connection c, Persistence db, Set<String> itemValues,
                               boolean rescreen) throws SQLException {
        List<Finding> out = new ArrayList<>();
        Map<String, Set<String>> accepted = db.checks().acceptedFindings(c);
        Map<String, ScreeningRecords.Screened> recorded = rescreen ? Map.of() : db.screenings().all(c);
        String signature = ctx.screener.signature();
        List<String> toScreen = new ArrayList<>();
        for (CheckRows.ItemFact item : ctx.facts.items) {
            if (!CheckRows.isPublic(item)) {
                continue;
            }
            ScreeningRecords.Screened r = recorded.get(item.itemId());
            if (r != null && r.version() == item.version() && r.screening().equals(signature)
                    && accepted.getOrDefault(item.itemId(), Set.of()).containsAll(r.fingerprints())) {
                itemValues.addAll(r.maskedValues());
            } else {
                toScreen.add(item.itemId());
            }
        }
        Map<String, Set<String>> seen = new HashMap<>();
        db.checks().publicTexts(c, toScreen, t -> report(ctx, t.itemId(),
                ctx.screener.screen(t.title(), t.content(), List.of()), accepted, seen, itemValues, out));
        db.checks().publicFiles(c, toScreen, f -> report(ctx, f.itemId(),
                ctx.screener.screenFile(f.fileName(), f.mediaType(), f.fileName(), f.content()), accepted, seen,
                itemValues, out));
        return out;
    }

    private static void report(CheckContext ctx, String itemId, ScreeningReport r, Map<String, Set<String>> accepted,
                               Map<String, Set<String>> seen, Set<String> itemValues, List<Finding> out) {
        CheckRows.ItemFact item = ctx.facts.itemsById.get(itemId);
        for (org.zwgk.screen.Finding f : r.findings()) {
            if (!f.unreadable()) {
                itemValues.add(f.valueKey());
            }
        }
        for (org.zwgk.screen.Finding f : r.unaccepted(accepted.getOrDefault(itemId, Set.of()))) {
            if (f.detector() == Detector.UNREADABLE
                    || !seen.computeIfAbsent(itemId, k -> new HashSet<>()).add(f.maskedValue())) {
                continue;
            }
            Evidence ev = Evidence.item(item.itemId(), item.title(), item.indexNumber()).withValue(f.maskedValue());
            out.add(Finding.of(Indicator.PERSONAL_DATA, ctx.column(item.catalogueItemId()), ev,
                    Text.of(item.itemId() + "「" + item.title() + "」的" + where(f, Locale.CHINA),
                            where(f, Locale.ENGLISH) + " of " + item.itemId() + " \"" + item.title() + "\""),
                    kind(f), f.maskedValue()));
        }
    }

    /** One of the site's own files: its path, media type and bytes. */
    record SiteFile(String path, String type, byte[] content) {
    }

    /** One of the site's own files and what the screening found in it. */
    record ScreenedFile(String path, ScreeningReport report) {
    }

    /**
     * The site's pages and text files other than the item pages and their attachments (those come from the store),
     * pages first (in path order), then text files. They need nothing from the store, so they are screened beside
     * the store's reads ({@link SiteWork}).
     */
    static List<SiteFile> siteFiles(SiteScan site) {
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        for (SiteScan.Page p : site.pages) {
            if (p.content() != null) { // the scan kept the pages outside items/
                files.put(p.path(), p.content());
            }
        }
        site.textFiles.forEach(path -> files.put(path, site.bytes(path)));
        List<SiteFile> out = new ArrayList<>();
        files.forEach((path, content) -> out.add(new SiteFile(path,
                path.endsWith(".csv") ? "text/csv" : path.endsWith(".txt") ? "text/plain" : "text/html", content)));
        return out;
    }

    static ScreenedFile screen(org.zwgk.screen.Screener screener, SiteFile f) {
        return new ScreenedFile(f.path(), screener.screenFile(f.path(), f.type(), f.path(), f.content()));
    }

    /**
     * The findings in the site's own files. A value found in a published item — reported above, or accepted by a
     * reviewer when the item was published — is not reported again for the index pages that repeat the item's title
     * and first lines. Values are compared masked, with their detector (the unmasked value is never kept): a
     * different number with the same masked form on such a page is not reported either.
     */
    static List<Finding> site(List<ScreenedFile> screened, Set<String> itemValues) {
        List<Finding> out = new ArrayList<>();
        for (ScreenedFile file : screened) {
            String path = file.path();
            Set<String> seen = new HashSet<>(itemValues);
            for (org.zwgk.screen.Finding f : file.report().findings()) {
                if (!f.unreadable() && seen.add(f.valueKey())) {
                    out.add(Finding.of(Indicator.PERSONAL_DATA, null, Evidence.page(path).withValue(f.maskedValue()),
                            Text.of("页面 " + path + where(f.location().describe(Locale.CHINA)),
                                    "the page " + path + where(f.location().describe(Locale.ENGLISH))),
                            kind(f), f.maskedValue()));
                }
            }
        }
        return out;
    }

    private static Text kind(org.zwgk.screen.Finding f) {
        return Text.of(f.detector().label(Locale.CHINA), f.detector().label(Locale.ENGLISH));
    }

    /** {@code 正文第 3 行}, {@code 附件 名单.xlsx Sheet1!C12}, {@code the attachment 名单.xlsx (Sheet1!C12)}. */
    private static String where(org.zwgk.screen.Finding f, Locale l) {
        boolean en = l == Locale.ENGLISH;
        String source = org.zwgk.screen.Finding.sourceName(f.source(), l);
        boolean file = !source.equals(org.zwgk.screen.Finding.sourceName(org.zwgk.screen.Screener.TITLE, l))
                && !source.equals(org.zwgk.screen.Finding.sourceName(org.zwgk.screen.Screener.BODY, l));
        String at = f.location().describe(l);
        if (en) {
            return (file ? "the attachment " + source : "the " + source) + (at.isEmpty() ? "" : " (" + at + ")");
        }
        return (file ? "附件 " + source : source) + (at.isEmpty() ? "" : " " + at);
    }

    private static String where(String at) {
        return at.isEmpty() ? "" : " " + at;
    }
}
