package org.zwgk.adapter.website;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlEscapeTest {

    private static final String[] HOSTILE = {"<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
        "' onmouseover='x", "&lt;", "&#x3C;", "]]>", "<!--", "javascript:alert(1)", "\u0000", "\u001b[31m",
        "\uFFFE", "\uD800", "\uDC00", "😀", "政务公开", "\u2028", "{{7*7}}", "<![CDATA[", "&", "\r\n"};

    static Stream<Long> seeds() {
        return LongStream.range(0, 1000).map(i -> 0x5eed0000L + i).boxed();
    }

    static String hostile(Random r) {
        StringBuilder b = new StringBuilder();
        int parts = r.nextInt(12);
        for (int i = 0; i < parts; i++) {
            switch (r.nextInt(3)) {
                case 0 -> b.append(HOSTILE[r.nextInt(HOSTILE.length)]);
                case 1 -> b.append((char) r.nextInt(0x10000));
                default -> b.append((char) (0x20 + r.nextInt(0x60)));
            }
        }
        return b.toString();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void escapedTextIsInertAndWellFormedAndRoundTrips(long seed) throws Exception {
        String in = hostile(new Random(seed));
        String out = Html.escape(in);
        assertThat(out).as("seed %d", seed).doesNotContain("<", ">", "\"", "'");
        assertThat(out.replaceAll("&(amp|lt|gt|quot|#39);", "")).as("seed %d", seed).doesNotContain("&");
        // Inside an XML element and attribute the escaped text parses back to the input (minus forbidden chars).
        String xml = "<r a=\"" + out + "\">" + out + "</r>";
        var f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        var doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        String expected = sanitize(in);
        assertThat(doc.getDocumentElement().getTextContent()).as("seed %d", seed)
                .isEqualTo(expected.replace("\r\n", "\n").replace('\r', '\n'));
    }

    private static String sanitize(String in) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < in.length(); i++) {
            char c = in.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < in.length() && Character.isLowSurrogate(in.charAt(i + 1))) {
                b.append(c).append(in.charAt(++i));
            } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF
                    || Character.isSurrogate(c)) {
                b.append('\uFFFD');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "\" onload=\"x", "a & b"})
    void knownHostileInputs(String s) {
        assertThat(Html.escape(s)).doesNotContain("<script", "\" onload");
        assertThat(Html.escape("a & b")).isEqualTo("a &amp; b");
        assertThat(Html.escape("政务公开")).isSameAs("政务公开".intern()).isEqualTo("政务公开");
    }
}
