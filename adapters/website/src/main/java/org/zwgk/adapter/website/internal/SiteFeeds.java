package org.zwgk.adapter.website.internal;

import static org.zwgk.adapter.website.Html.escape;

import java.net.URI;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.zwgk.adapter.support.Slugs;

/**
 * The site's machine-readable lists: the Atom feed (the 50 latest changes; a withdrawn item's entry is marked
 * （已撤回）, carries the reason and is dated by the withdrawal) and the sitemap ({@code lastmod} = the last change).
 */
final class SiteFeeds {

    private SiteFeeds() {
    }

    static URI itemUrl(StaticSettings s, String slug) {
        return s.baseUrl().resolve("items/" + slug + ".html");
    }

    static String feed(StaticSettings s, List<ItemRecord> items, Instant now) {
        Instant updated = items.stream().map(ItemRecord::updated).max(Comparator.naturalOrder()).orElse(now);
        StringBuilder f = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">\n");
        f.append("<title>").append(escape(s.bodyName() + " " + s.siteTitle())).append("</title>\n");
        f.append("<id>").append(escape(s.baseUrl().toString())).append("</id>\n");
        f.append("<link rel=\"self\" href=\"").append(escape(s.baseUrl().resolve("feed.xml").toString())).append("\"/>\n");
        f.append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(escape(s.baseUrl().resolve("index.html")
                .toString())).append("\"/>\n");
        f.append("<updated>").append(updated).append("</updated>\n");
        f.append("<author><name>").append(escape(s.bodyName())).append("</name></author>\n");
        items.stream().sorted(Comparator.comparing(ItemRecord::updated).reversed()).limit(50).forEach(r -> {
            String url = itemUrl(s, r.slug()).toString();
            f.append("<entry>\n<title>").append(escape(r.title() + (r.withdrawn() ? "（已撤回）" : ""))).append("</title>\n");
            f.append("<id>").append(escape(url)).append("</id>\n");
            f.append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(escape(url)).append("\"/>\n");
            f.append("<published>").append(r.publishedAt()).append("</published>\n");
            f.append("<updated>").append(r.updated()).append("</updated>\n");
            f.append("<author><name>").append(escape(r.publisher())).append("</name></author>\n");
            f.append("<summary>").append(escape(r.withdrawn() ? "撤回原因：" + r.withdrawReason() : r.summary()))
                    .append("</summary>\n</entry>\n");
        });
        return f.append("</feed>\n").toString();
    }

    static String sitemap(StaticSettings s, List<ItemRecord> items, Collection<String> domains, List<String> pages) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String p : pages) {
            x.append("<url><loc>").append(escape(s.baseUrl().resolve(p).toString())).append("</loc></url>\n");
        }
        for (String d : domains) {
            x.append("<url><loc>").append(escape(s.baseUrl().resolve("domains/" + Slugs.of(d) + ".html").toString()))
                    .append("</loc></url>\n");
        }
        for (ItemRecord r : items) {
            x.append("<url><loc>").append(escape(itemUrl(s, r.slug()).toString())).append("</loc><lastmod>")
                    .append(r.updated().atZone(s.zone()).toLocalDate()).append("</lastmod></url>\n");
        }
        return x.append("</urlset>\n").toString();
    }
}
