package org.zwgk.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class LegalCitationTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            14     | 条例第十四条
            15     | 条例第十五条
            16 ¶1  | 条例第十六条第一款
            16 ¶2  | 条例第十六条第二款
            10     | 条例第十条
            20     | 条例第二十条
            36(3)  | 条例第三十六条第（三）项
            39 ¶2  | 条例第三十九条第二款
            101    | 条例第一百零一条
            110    | 条例第一百一十条
            —      | —
            第三方  | 第三方
            """)
    void citesArticlesTheWayOfficialsWriteThem(String code, String expected) {
        assertThat(LegalCitation.zh(code)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(ExemptionGround.class)
    void everyGroundHasAChineseCitation(ExemptionGround g) {
        if (g.article().equals("—")) {
            // 行政查询事项: a report row whose basis the reference leaves unconfirmed; no article is invented.
            assertThat(g.citationZh()).isEqualTo("—");
        } else {
            assertThat(g.citationZh()).startsWith("条例第").doesNotContain("¶").doesNotContainPattern("[0-9]");
        }
    }
}
