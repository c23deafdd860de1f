package org.zwgk.check.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a link of a page leads inside the site (null: not the check's to follow). */
class SiteLinkResolveTest {

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource(nullValues = "NULL", value = {
        "items/a.html, b.html, items/b.html",
        "items/a.html, ../index.html, index.html",
        "index.html, ../../etc/passwd, ../../etc/passwd",
        "index.html, domains/, domains/index.html",
        "index.html, #top, ''",
        "index.html, ?q=1#x, ''",
        "items/a.html, f%20g.pdf, items/f g.pdf",
        "index.html, https://www.gov.cn/, NULL",
        "index.html, mailto:zwgk@example.gov.cn, NULL",
        "index.html, javascript:void(0), NULL",
        "index.html, tel:+86-595-1234, NULL",
        "index.html, a+b.c-d:x, NULL",
        "index.html, //cdn.example/x.js, NULL",
        "index.html, /root.html, NULL",
        // not schemes: a digit first, or a character a scheme cannot hold before the colon
        "index.html, 1a:b.html, 1a:b.html",
        "index.html, a_b:c.html, a_b:c.html",
        "index.html, 报告:2025.html, 报告:2025.html",
    })
    void resolves(String page, String link, String expected) {
        assertThat(SiteScan.resolve(page, link)).isEqualTo(expected);
    }
}
