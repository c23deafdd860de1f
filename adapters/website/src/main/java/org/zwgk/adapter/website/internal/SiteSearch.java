package org.zwgk.adapter.website.internal;


import java.time.format.DateTimeFormatter;
import java.util.List;
import org.zwgk.adapter.support.Json;

/**
 * Search over the static files (Art. 24: the platform offers search, view and download) without a server: the index
 * is prebuilt with the pages ({@code search-index.js}, every public item's title, 索引号, 文号, date, column and
 * summary), a small script ({@code search.js}) matches every word of the query in it and lists the hits. It sends
 * nothing anywhere. The index is a script, not JSON fetched at run time, so the page also works opened from disk
 * ({@code file://}). Without script the page says so and points to the indexes, which reach every item.
 */
final class SiteSearch {

    static final String PAGE = "search.html";
    static final String INDEX = "search-index.js";
    static final String SCRIPT = "search.js";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private SiteSearch() {
    }

    /** The page: the form (GET, so a query can be linked: {@code search.html?q=低保}), the status and the results. */
    static String page() {
        return "<h1>站内搜索</h1>\n<form class=\"search\" id=\"search-form\" role=\"search\" action=\"" + PAGE
                + "\" method=\"get\">\n<label for=\"q\">搜索本栏目已公开的政府信息（名称、索引号、文号）</label>\n"
                + "<input type=\"search\" id=\"q\" name=\"q\">\n<button type=\"submit\">搜索</button>\n</form>\n"
                + "<p id=\"search-status\" role=\"status\" aria-live=\"polite\"></p>\n<ol id=\"results\"></ol>\n"
                + "<noscript><p>浏览器未启用脚本，无法在此页搜索。请按<a href=\"catalogue.html\">政府信息公开目录</a>或<a href=\""
                + ColumnPages.STATUTORY + "\">法定主动公开内容</a>各领域的索引查找，每条信息都在其中。</p></noscript>\n";
    }

    /** {@code window.ZWGK_SEARCH = [...]}: the published, not withdrawn items, newest first. */
    static String index(List<ItemRecord> items) {
        StringBuilder b = new StringBuilder(items.size() * 200 + 64).append("window.ZWGK_SEARCH = [\n");
        boolean first = true;
        for (ItemRecord r : items) {
            if (r.withdrawn()) {
                continue; // no longer public information: the indexes still show its notice
            }
            b.append(first ? "" : ",\n").append("{\"t\":").append(Json.quote(r.title()))
                    .append(",\"u\":").append(Json.quote("items/" + r.slug() + ".html"))
                    .append(",\"i\":").append(Json.quote(r.indexNumber()))
                    .append(",\"n\":").append(Json.quote(r.documentNumber()))
                    .append(",\"d\":").append(Json.quote(r.formedOn().format(DAY)))
                    .append(",\"c\":").append(Json.quote(ColumnPages.columnOf(r)))
                    .append(",\"s\":").append(Json.quote(r.summary())).append('}');
            first = false;
        }
        return b.append("\n];\n").toString();
    }

    /** Every word of the query must occur in an item's title, 索引号, 文号, column or summary; case is ignored. */
    static final String SCRIPT_TEXT = """
            (function () {
              'use strict';
              var MAX = 200;
              function norm(s) { return String(s || '').toLowerCase().replace(/\\s+/g, ' ').trim(); }
              function run(query, status, list) {
                while (list.firstChild) { list.removeChild(list.firstChild); }
                var terms = norm(query).split(' ').filter(function (t) { return t.length > 0; });
                if (terms.length === 0) { status.textContent = '请输入要搜索的词。'; return; }
                var data = window.ZWGK_SEARCH || [];
                var hits = [];
                for (var i = 0; i < data.length; i++) {
                  var e = data[i];
                  var hay = norm(e.t + ' ' + e.i + ' ' + e.n + ' ' + e.c + ' ' + e.s);
                  if (terms.every(function (t) { return hay.indexOf(t) >= 0; })) { hits.push(e); }
                }
                status.textContent = hits.length === 0 ? '没有找到包含“' + query + '”的信息。'
                  : '找到 ' + hits.length + ' 条信息' + (hits.length > MAX ? '，显示前 ' + MAX + ' 条' : '') + '。';
                for (var k = 0; k < hits.length && k < MAX; k++) {
                  var h = hits[k];
                  var li = document.createElement('li');
                  var a = document.createElement('a');
                  a.href = h.u;
                  a.textContent = h.t;
                  li.appendChild(a);
                  var meta = document.createElement('div');
                  meta.className = 'hit-meta';
                  meta.textContent = h.i + ' · ' + h.d + ' · ' + h.c + (h.n ? ' · ' + h.n : '');
                  li.appendChild(meta);
                  list.appendChild(li);
                }
              }
              document.addEventListener('DOMContentLoaded', function () {
                var form = document.getElementById('search-form');
                var input = document.getElementById('q');
                var status = document.getElementById('search-status');
                var list = document.getElementById('results');
                if (!form || !input || !status || !list) { return; }
                form.addEventListener('submit', function (ev) {
                  ev.preventDefault();
                  run(input.value, status, list);
                });
                var q = null;
                try { q = new URLSearchParams(window.location.search).get('q'); } catch (e) { q = null; }
                if (q) { input.value = q; run(q, status, list); }
              });
            })();
            """;

    /** The summary line of the search page for the site's home: a form that goes to the search page. */
    static String box() {
        return "<form class=\"search\" role=\"search\" action=\"" + PAGE + "\" method=\"get\">\n"
                + "<label for=\"home-q\">站内搜索</label>\n<input type=\"search\" id=\"home-q\" name=\"q\">\n"
                + "<button type=\"submit\">搜索</button>\n</form>\n";
    }

}
