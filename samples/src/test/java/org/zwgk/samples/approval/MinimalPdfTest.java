package org.zwgk.samples.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MinimalPdfTest {

    /** Every cross-reference entry points at its object, startxref at the table: a reader needs no repair. */
    @Test
    void crossReferenceTablePointsAtEveryObject() {
        byte[] pdf = MinimalPdf.page("关于印发《凤城镇村级公益事业建设一事一议财政奖补办法》的通知",
                List.of("凤政规〔2025〕1号", "第一条 为规范……", "x".repeat(100)));
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(s).startsWith("%PDF-1.4\n").endsWith("%%EOF\n");
        Matcher start = Pattern.compile("startxref\n(\\d+)\n%%EOF\n$").matcher(s);
        assertThat(start.find()).isTrue();
        int xref = Integer.parseInt(start.group(1));
        assertThat(s.substring(xref)).startsWith("xref\n0 9\n0000000000 65535 f \n");
        Matcher entry = Pattern.compile("(\\d{10}) 00000 n \n").matcher(s.substring(xref));
        int n = 0;
        while (entry.find()) {
            n++;
            assertThat(s.substring(Integer.parseInt(entry.group(1)))).startsWith(n + " 0 obj\n");
        }
        assertThat(n).isEqualTo(8);
        Matcher len = Pattern.compile("<< /Length (\\d+) >>\nstream\n").matcher(s);
        assertThat(len.find()).isTrue();
        assertThat(s.substring(len.end() + Integer.parseInt(len.group(1)))).startsWith("endstream\nendobj\n");
        // The title as UCS-2 for the UniGB-UCS2-H CMap: 关 = U+5173.
        assertThat(s).contains("<5173").contains("/Encoding /UniGB-UCS2-H");
    }
}
