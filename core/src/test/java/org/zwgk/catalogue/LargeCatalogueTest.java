package org.zwgk.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.zwgk.validation.ValidationReport;

/** Catalogues larger than SnakeYAML's default 3 Mi code-point limit are read, not reported as syntax errors. */
class LargeCatalogueTest {

    @Test
    void aCatalogueOfTenThousandItemsIsReadLikeASmallOne() throws IOException {
        String minimal;
        try (InputStream in = getClass().getResourceAsStream("/catalogue/valid/minimal.yaml")) {
            minimal = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int itemsStart = minimal.indexOf("      - id: SA-001");
        String head = minimal.substring(0, itemsStart);
        String item = minimal.substring(itemsStart, minimal.indexOf("      - id: SA-002"));
        StringBuilder doc = new StringBuilder(head);
        int items = 10_000;
        for (int i = 1; i <= items; i++) {
            doc.append(item.replace("SA-001", String.format("SA-%05d", i)));
        }
        assertThat(doc.codePointCount(0, doc.length())).isGreaterThan(3 * 1024 * 1024);

        ValidationReport report = CatalogueValidator.create()
                .validate("large.yaml", doc.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(report.items()).isEqualTo(items);
        assertThat(report.errors()).extracting(v -> v.toLine(Locale.ENGLISH)).isEmpty();
    }
}
