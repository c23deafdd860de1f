package org.zwgk.channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: any set of channel keys written by the JDK ({@link Properties#store}) and by Jackson (nested YAML) reads
 * back as the same entries, and the line reported for each key is a line that defines it.
 */
class ChannelSettingsPropertyTest {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final String VALUE_CHARS = "ab Z09=:#!\\\t\n/.-_ 政务公开调休「」😀";

    static Stream<Long> seeds() {
        return LongStream.range(0, 1000).map(i -> 0x5eed_0000L + i).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void propertiesAndYamlReadBackWhatWasWritten(long seed) throws IOException {
        Random rnd = new Random(seed);
        Map<String, String> keys = randomKeys(rnd);

        Properties p = new Properties();
        keys.forEach(p::setProperty);
        StringWriter out = new StringWriter();
        p.store(out, rnd.nextBoolean() ? null : "生成 #" + seed);
        String propertiesText = out.toString();
        ChannelSettings fromProperties = ChannelSettings.parseProperties("p", propertiesText);

        String yamlText = YAML.writeValueAsString(nest(keys));
        ChannelSettings fromYaml = ChannelSettings.parseYaml("y", yamlText);

        Map<String, String> expected = new TreeMap<>();
        keys.forEach((k, v) -> expected.put(k, v.trim()));
        assertThat(values(fromProperties)).as("seed %d properties:%n%s", seed, propertiesText).isEqualTo(expected);
        assertThat(values(fromYaml)).as("seed %d yaml:%n%s", seed, yamlText).isEqualTo(expected);

        String[] pLines = propertiesText.split("\r\n|\r|\n", -1);
        for (ChannelSettings.Entry e : fromProperties.entries()) {
            Properties one = new Properties();
            one.load(new StringReader(pLines[e.line() - 1]));
            assertThat(one.stringPropertyNames()).as("seed %d line %d", seed, e.line()).contains(e.key());
        }
        String[] yLines = yamlText.split("\n", -1);
        for (ChannelSettings.Entry e : fromYaml.entries()) {
            String last = e.key().substring(e.key().lastIndexOf('.') + 1);
            assertThat(yLines[e.line() - 1].substring(e.column() - 1)).as("seed %d key %s", seed, e.key())
                    .startsWith(last + ":");
        }
    }

    private static Map<String, String> values(ChannelSettings s) {
        Map<String, String> m = new TreeMap<>();
        s.entries().forEach(e -> m.put(e.key(), e.value()));
        return m;
    }

    /** Keys {@code zwgk.channel.<id>.<leaf>} or {@code zwgk.channel.<id>.<group>.<leaf>}; no key prefixes another. */
    private static Map<String, String> randomKeys(Random rnd) {
        Map<String, String> m = new LinkedHashMap<>();
        int channels = 1 + rnd.nextInt(3);
        for (int c = 0; c < channels; c++) {
            String id = word(rnd, "ch");
            int n = 1 + rnd.nextInt(6);
            for (int i = 0; i < n; i++) {
                String key = rnd.nextInt(3) == 0 ? "g" + rnd.nextInt(3) + "." + word(rnd, "k") : word(rnd, "k");
                m.put("zwgk.channel." + id + "." + key, value(rnd));
            }
        }
        return m;
    }

    private static String word(Random rnd, String prefix) {
        StringBuilder b = new StringBuilder(prefix);
        int len = 1 + rnd.nextInt(6);
        for (int i = 0; i < len; i++) {
            b.append("abcdefghij-0123".charAt(rnd.nextInt(15)));
        }
        return b.toString();
    }

    private static String value(Random rnd) {
        StringBuilder b = new StringBuilder();
        int len = rnd.nextInt(12);
        for (int i = 0; i < len; i++) {
            int cp = VALUE_CHARS.codePointAt(VALUE_CHARS.offsetByCodePoints(0,
                    rnd.nextInt(VALUE_CHARS.codePointCount(0, VALUE_CHARS.length()))));
            b.appendCodePoint(cp);
        }
        return b.toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> nest(Map<String, String> flat) {
        Map<String, Object> root = new LinkedHashMap<>();
        flat.forEach((k, v) -> {
            String[] seg = k.split("\\.");
            Map<String, Object> m = root;
            for (int i = 0; i < seg.length - 1; i++) {
                m = (Map<String, Object>) m.computeIfAbsent(seg[i], x -> new LinkedHashMap<String, Object>());
            }
            m.put(seg[seg.length - 1], v);
        });
        return root;
    }
}
