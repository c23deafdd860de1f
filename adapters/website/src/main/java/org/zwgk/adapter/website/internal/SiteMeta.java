package org.zwgk.adapter.website.internal;

import static org.zwgk.adapter.website.Html.escape;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.zwgk.spi.channel.Publication;

/**
 * The page metadata of 国办发〔2017〕47号《政府网站发展指引》 (reference §14): every page carries SiteName, SiteDomain,
 * SiteIDCode (the site's 政府网站标识码) from the configuration and ColumnName, ColumnType of its column; an article
 * (item) page also ArticleTitle, PubDate, ContentSource, Keywords and Description. The static site writes them as
 * {@code <meta name=… content=…>}; the CMS push sends the same fields as the {@code metadata} object. A site field
 * not configured is left out rather than guessed ({@code zwgk check} reports it, ZWGK-8012).
 *
 * @param siteName   SiteName (the website's name; default the body's name)
 * @param siteDomain SiteDomain (default the host of {@code base-url})
 * @param siteIdCode SiteIDCode, the 政府网站标识码 assigned to the site; empty when not configured
 */
record SiteMeta(String siteName, String siteDomain, String siteIdCode) {

    /** ColumnType of every page of the disclosure column (decision: one type for the whole 政府信息公开专栏). */
    static final String COLUMN_TYPE = "政府信息公开";

    /** The names of the column's parts (国办公开办函〔2019〕61号: the same first-level structure everywhere). */
    static final String GUIDE = "政府信息公开指南";
    static final String RULES = "政府信息公开制度";
    static final String STATUTORY = "法定主动公开内容";
    static final String ANNUAL_REPORTS = "政府信息公开年报";
    static final String APPLY = "依申请公开";

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    SiteMeta {
        siteName = siteName == null ? "" : siteName;
        siteDomain = siteDomain == null ? "" : siteDomain;
        siteIdCode = siteIdCode == null ? "" : siteIdCode;
    }

    /** The article fields of an item page. */
    record Article(String title, String pubDate, String source, String keywords, String description) {
    }

    /** The column a publication is filed under: 政府信息公开制度, 政府信息公开年报, or its catalogue domain's name. */
    static String columnName(Map<String, String> catalogue) {
        String c = catalogue.getOrDefault(Publication.COLUMN, "");
        return switch (c) {
            case Publication.COLUMN_RULES -> RULES;
            case Publication.COLUMN_ANNUAL_REPORT -> ANNUAL_REPORTS;
            default -> catalogue.getOrDefault(Publication.DOMAIN_NAME, STATUTORY);
        };
    }

    /**
     * The article fields: the title, the publication minute in {@code zone}, the publisher, the keywords (column,
     * catalogue path, 文号) and the description (the body's first 120 characters, or the withdrawal).
     */
    static Article article(String title, Instant publishedAt, ZoneId zone, String publisher, String column,
                           String path, String documentNumber, String description) {
        Set<String> words = new LinkedHashSet<>();
        words.add(column);
        for (String p : path.split("\\s*/\\s*")) {
            if (!p.isBlank()) {
                words.add(p.strip());
            }
        }
        if (documentNumber != null && !documentNumber.isBlank()) {
            words.add(documentNumber.strip());
        }
        return new Article(title, publishedAt.atZone(zone).format(MINUTE), publisher, String.join(",", words),
                description);
    }

    /** The fields as name → value, in the order of 47号; empty site fields left out. */
    Map<String, String> fields(String columnName, Article a) {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "SiteName", siteName);
        put(m, "SiteDomain", siteDomain);
        put(m, "SiteIDCode", siteIdCode);
        put(m, "ColumnName", columnName);
        put(m, "ColumnType", COLUMN_TYPE);
        if (a != null) {
            put(m, "ArticleTitle", a.title());
            put(m, "PubDate", a.pubDate());
            put(m, "ContentSource", a.source());
            put(m, "Keywords", a.keywords());
            put(m, "Description", a.description());
        }
        return m;
    }

    /** The {@code <meta name=… content=…>} lines of a page. */
    String tags(String columnName, Article a) {
        StringBuilder b = new StringBuilder();
        fields(columnName, a).forEach((k, v) -> b.append("<meta name=\"").append(k).append("\" content=\"")
                .append(escape(v)).append("\">\n"));
        return b.toString();
    }

    private static void put(Map<String, String> m, String k, String v) {
        if (v != null && !v.isBlank()) {
            m.put(k, v.strip());
        }
    }
}
