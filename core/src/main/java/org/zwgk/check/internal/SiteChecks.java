package org.zwgk.check.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zwgk.check.Column;
import org.zwgk.check.Evidence;
import org.zwgk.check.Finding;
import org.zwgk.check.Indicator;
import org.zwgk.check.Text;
import org.zwgk.store.internal.CheckRows;

/**
 * The static site as assessors browse it: links that lead nowhere, attachments that cannot be downloaded, item pages
 * without their metadata (索引号, dates, 文号), and pages without the metadata tags of 国办发〔2017〕47号. Findings about
 * one missing target or one missing set of tags are gathered into one finding with the number of pages and examples,
 * so a broken navigation link is one finding, not one per page.
 */
final class SiteChecks {

    /** Tags every page carries (国办发〔2017〕47号). */
    static final List<String> SITE_TAGS = List.of("SiteName", "SiteDomain", "SiteIDCode", "ColumnName", "ColumnType");
    /** Tags an item (article) page carries as well. */
    static final List<String> ARTICLE_TAGS = List.of("ArticleTitle", "PubDate", "ContentSource", "Keywords",
            "Description");

    private static final Pattern DATE = Pattern.compile("^(\\d{4})[-年/.](\\d{1,2})[-月/.](\\d{1,2})");
    private static final int EXAMPLES = 3;

    private SiteChecks() {
    }

    /** What the site alone shows (links, attachments, tags): no store needed, so it runs beside the store's reads. */
    static List<Finding> pages(SiteScan site) {
        List<Finding> out = new ArrayList<>();
        links(site, out);
        tags(site, out);
        return out;
    }

    /** The item pages' metadata, against the items the store holds (文号). */
    static List<Finding> items(CheckContext ctx, SiteScan site) {
        List<Finding> out = new ArrayList<>();
        for (SiteScan.Page p : site.pages) {
            if (p.itemPage()) {
                itemMetadata(ctx, p, out);
            }
        }
        return out;
    }

    private static void links(SiteScan site, List<Finding> out) {
        Map<String, Set<String>> brokenPages = new TreeMap<>();
        Map<String, Set<String>> missingFiles = new TreeMap<>();
        Map<String, SiteScan.Page> byPath = new HashMap<>();
        site.pages.forEach(p -> byPath.put(p.path(), p));
        // A link's target depends only on the page's directory: the navigation every page of a directory repeats is
        // resolved once (empty: the link leaves the site's files).
        Map<String, Map<String, Optional<String>>> byDirectory = new HashMap<>();
        for (SiteScan.Page p : site.pages) {
            Map<String, Optional<String>> resolved = byDirectory.computeIfAbsent(
                    p.path().substring(0, p.path().lastIndexOf('/') + 1), k -> new HashMap<>());
            for (String link : p.html().links) {
                String target = resolved.computeIfAbsent(link,
                        k -> Optional.ofNullable(SiteScan.resolve(p.path(), link))).orElse(null);
                if (target == null) {
                    continue;
                }
                if (target.isEmpty()) {
                    String fragment = fragment(link);
                    if (!fragment.isEmpty() && !p.html().ids.contains(fragment)) {
                        brokenPages.computeIfAbsent(p.path() + "#" + fragment, k -> new LinkedHashSet<>()).add(p.path());
                    }
                    continue;
                }
                boolean exists = !target.startsWith("../") && (site.files.contains(target)
                        || site.directories.contains(target));
                if (exists) {
                    String fragment = fragment(link);
                    SiteScan.Page linked = byPath.get(target);
                    if (!fragment.isEmpty() && linked != null && !linked.html().ids.contains(fragment)) {
                        brokenPages.computeIfAbsent(target + "#" + fragment, k -> new LinkedHashSet<>()).add(p.path());
                    }
                    continue;
                }
                String lower = target.toLowerCase(Locale.ROOT);
                boolean page = lower.endsWith(".html") || lower.endsWith(".htm") || target.startsWith("../")
                        || !lower.substring(lower.lastIndexOf('/') + 1).contains(".");
                (page ? brokenPages : missingFiles).computeIfAbsent(target, k -> new LinkedHashSet<>()).add(p.path());
            }
        }
        brokenPages.forEach((target, pages) -> out.add(Finding.of(Indicator.BROKEN_LINK, null,
                Evidence.NONE.withTarget(target).withPage(first(pages)).withCount(pages.size()), target, pages.size(),
                examples(pages))));
        missingFiles.forEach((target, pages) -> out.add(Finding.of(Indicator.ATTACHMENT_MISSING, null,
                Evidence.NONE.withTarget(target).withPage(first(pages)).withCount(pages.size()), target, pages.size(),
                examples(pages))));
    }

    /** The fragment a link names, decoded; "" when none. */
    private static String fragment(String link) {
        int hash = link.indexOf('#');
        return hash < 0 ? "" : SiteScan.percentDecode(link.substring(hash + 1));
    }

    private static void tags(SiteScan site, List<Finding> out) {
        Map<String, Set<String>> byMissing = new TreeMap<>();
        for (SiteScan.Page p : site.pages) {
            List<String> missing = new ArrayList<>();
            for (String t : SITE_TAGS) {
                if (p.html().metas.getOrDefault(t, "").isBlank()) {
                    missing.add(t);
                }
            }
            if (p.itemPage()) {
                for (String t : ARTICLE_TAGS) {
                    if (p.html().metas.getOrDefault(t, "").isBlank()) {
                        missing.add(t);
                    }
                }
            }
            if (!missing.isEmpty()) {
                byMissing.computeIfAbsent(String.join(", ", missing), k -> new LinkedHashSet<>()).add(p.path());
            }
        }
        byMissing.forEach((tags, pages) -> out.add(Finding.of(Indicator.PAGE_TAGS_MISSING, null,
                Evidence.NONE.withPage(first(pages)).withValue(tags).withCount(pages.size()), pages.size(), tags,
                examples(pages))));
    }

    private static void itemMetadata(CheckContext ctx, SiteScan.Page p, List<Finding> out) {
        Map<String, String> rows = p.html().rows;
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        String index = rows.getOrDefault("索引号", "").strip();
        if (index.isEmpty()) {
            zh.add("缺少索引号");
            en.add("no 索引号 (index number)");
        }
        dateRow(rows, zh, en, "生成日期", "成文日期", "生成日期", "生成日期 (date formed)");
        dateRow(rows, zh, en, "发布日期", "公开日期", "发布日期", "发布日期 (date published)");
        CheckRows.ItemFact item = index.isEmpty() ? null : ctx.facts.itemsByIndexNumber.get(index);
        if (item != null && item.documentNumber() != null && !item.documentNumber().isBlank()) {
            String shown = rows.getOrDefault("文号", rows.getOrDefault("发文字号", "")).strip();
            if (!shown.contains(item.documentNumber().strip())) {
                zh.add("文号应为 " + item.documentNumber() + (shown.isEmpty() ? "，页面没有" : "，页面为 " + shown));
                en.add("文号 must be " + item.documentNumber() + (shown.isEmpty() ? ", the page has none"
                        : ", the page says " + shown));
            }
        }
        if (zh.isEmpty()) {
            return;
        }
        Column column = item == null ? null : ctx.column(item.catalogueItemId());
        Evidence ev = (item == null ? Evidence.NONE : Evidence.item(item.itemId(), item.title(), item.indexNumber()))
                .withPage(p.path());
        out.add(Finding.of(Indicator.ITEM_METADATA_MISSING, column, ev, p.path(),
                Text.of(String.join("；", zh), String.join("; ", en))));
    }

    private static void dateRow(Map<String, String> rows, List<String> zh, List<String> en, String label,
                                String alias, String zhName, String enName) {
        String v = rows.getOrDefault(label, rows.getOrDefault(alias, "")).strip();
        if (v.isEmpty()) {
            zh.add("缺少" + zhName);
            en.add("no " + enName);
        } else if (date(v) == null) {
            zh.add(zhName + " “" + v + "” 不是日期");
            en.add(enName + " \"" + v + "\" is not a date");
        }
    }

    static LocalDate date(String v) {
        Matcher m = DATE.matcher(v);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static String first(Set<String> pages) {
        return pages.iterator().next();
    }

    private static String examples(Set<String> pages) {
        return String.join(", ", pages.stream().limit(EXAMPLES).toList()) + (pages.size() > EXAMPLES ? " …" : "");
    }
}
