package org.zwgk.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class JsonTest {

    private static final long BASE_SEED = Long.getLong("zwgk.seed", 20240611L);

    @Test
    void parsesTheWeChatReplyShape() {
        Map<String, Object> m = Json.object("""
                { "errcode": 0, "errmsg": "ok", "publish_status": 0,
                  "article_detail": { "count": 1, "item": [ { "idx": 1, "article_url": "https://mp.weixin.qq.com/s/x" } ] },
                  "fail_idx": [], "ratio": 1.5e3, "neg": -12, "t": true, "f": false, "n": null }""");
        assertThat(m).containsEntry("errcode", 0L).containsEntry("errmsg", "ok").containsEntry("ratio", 1500.0)
                .containsEntry("neg", -12L).containsEntry("t", true).containsEntry("f", false).containsEntry("n", null)
                .containsEntry("fail_idx", List.of());
        assertThat(m.keySet()).startsWith("errcode", "errmsg", "publish_status"); // insertion order kept
        @SuppressWarnings("unchecked")
        Map<String, Object> detail = (Map<String, Object>) m.get("article_detail");
        assertThat(detail.get("item")).isEqualTo(List.of(Map.of("idx", 1L, "article_url", "https://mp.weixin.qq.com/s/x")));
    }

    @Test
    void decodesEveryEscape() {
        assertThat(Json.parse("\"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t \\u653f\\u52a1\""))
                .isEqualTo("q\" b\\ s/ \b\f\n\r\t 政务");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''                  | unexpected end",
        "'{\"a\":1} x'       | trailing characters",
        "'{a:1}'             | object key expected",
        "'{\"a\" 1}'         | ':' expected",
        "'[1 2]'             | ']' expected",
        "'\"abc'             | unterminated string",
        "'\"a\\q\"'          | bad escape",
        "'\"\\u12\"'         | bad \\u escape",
        "'tru'               | true expected",
        "'-'                 | value expected",
        "'1.2.3'             | bad number"})
    void rejectsMalformedTextWithItsPosition(String text, String what) {
        assertThatThrownBy(() -> Json.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid JSON at ").hasMessageContaining(what);
    }

    @Test
    void rejectsRawControlCharactersInStrings() {
        assertThatThrownBy(() -> Json.parse("\"a\nb\"")).hasMessageContaining("control character in string");
    }

    @Test
    void limitsNestingSoAHostileReplyCannotExhaustTheStack() {
        assertThat(Json.parse("[".repeat(65) + "]".repeat(65))).isInstanceOf(List.class);
        assertThatThrownBy(() -> Json.parse("[".repeat(100_000) + "]".repeat(100_000)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nesting too deep");
    }

    @Test
    void objectRejectsOtherValues() {
        assertThatThrownBy(() -> Json.object("[1]")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("JSON object expected");
    }

    @Test
    void quoteEscapesWhatCouldBreakOutOfAScriptOrALine() {
        assertThat(Json.quote("a\"b\\c\nd\re\tf\u0001</script>\u2028\u2029"))
                .isEqualTo("\"a\\\"b\\\\c\\nd\\re\\tf\\u0001\\u003c/script\\u003e\\u2028\\u2029\"");
    }

    @Test
    void quoteTextKeepsEveryCharacterButWhatJsonRequires() {
        assertThat(Json.quoteText("<p>低保 & \"引号\" \\ 路径</p>\n\u0001\u2028"))
                .isEqualTo("\"<p>低保 & \\\"引号\\\" \\\\ 路径</p>\\n\\u0001\u2028\"");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void quoteTextReadsBackEqualWithEscapesOnlyForControls(long seed) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(40);
        for (int k = 0; k < n; k++) {
            b.append(switch (r.nextInt(3)) {
                case 0 -> (char) r.nextInt(0x80);           // ASCII incl. controls, quotes, backslash, < >
                case 1 -> (char) (0x2020 + r.nextInt(16));  // around U+2028/U+2029
                default -> (char) (0x4e00 + r.nextInt(0x5000)); // CJK
            });
        }
        String s = b.toString();
        String q = Json.quoteText(s);
        assertThat(Json.parse(q)).as("seed %d", seed).isEqualTo(s);
        // Every escape is one JSON requires: no character at or above U+0020 is written as backslash-u.
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*\\\\u([0-9a-f]{4})")
                .matcher(q);
        while (m.find()) {
            assertThat(Integer.parseInt(m.group(1), 16)).as("seed %d: %s", seed, q).isLessThan(0x20);
        }
        assertThat(q.chars().filter(c -> c < 0x20)).as("seed %d", seed).isEmpty();
    }

    static Stream<Long> seeds() {
        return LongStream.range(0, 1_000).mapToObj(i -> BASE_SEED + i);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void quotedStringsReadBackEqualAndCarryNoRawSpecials(long seed) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(40);
        for (int k = 0; k < n; k++) {
            b.append(switch (r.nextInt(4)) {
                case 0 -> (char) r.nextInt(0x80);           // ASCII incl. controls, quotes, backslash, < >
                case 1 -> (char) (0x2020 + r.nextInt(16));  // around U+2028/U+2029
                case 2 -> (char) (0x4e00 + r.nextInt(0x5000)); // CJK
                default -> (char) r.nextInt(0x10000);       // anything, lone surrogates too
            });
        }
        String s = b.toString();
        String q = Json.quote(s);
        assertThat(Json.parse(q)).as("seed %d", seed).isEqualTo(s);
        assertThat(q.chars().filter(c -> c < 0x20 || c == '<' || c == '>' || c == 0x2028 || c == 0x2029))
                .as("seed %d", seed).isEmpty();
        assertThat(Json.object("{" + q + ":" + q + "}")).as("seed %d", seed).containsEntry(s, s);
    }
}
