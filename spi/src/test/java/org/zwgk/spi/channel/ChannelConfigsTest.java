package org.zwgk.spi.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChannelConfigsTest {

    private static final List<ConfigKey> KEYS = List.of(
            new ConfigKey("endpoint", null, false, "CMS endpoint"),
            new ConfigKey("auth-token", null, true, "token"),
            new ConfigKey("request-timeout", "30s", false, "timeout"));

    @Test
    void reportsEveryProblemAtOnceWithSuggestions() {
        ChannelConfig c = ChannelConfig.of(Map.of("endpont", "x", "request-timeout", "soon"));
        List<String> problems = new ArrayList<>();
        ChannelConfigs.checkRequired(c, KEYS, problems);
        ChannelConfigs.checkUnknown(c, KEYS, problems);
        ChannelConfigs.duration(c, "request-timeout", problems);
        assertThat(problems).hasSize(4);
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("endpont").contains("did you mean endpoint?"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("auth-token"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("request-timeout").doesNotContain("soon"));
    }

    @Test
    void noSuggestionForSomethingUnrelated() {
        assertThat(ChannelConfigs.suggestion("zzzzzzzzzz", List.of("endpoint", "out"))).isEmpty();
        assertThat(ChannelConfigs.suggestion("app-secert", List.of("app-id", "app-secret"))).contains("app-secret");
    }

    @Test
    void parsesDurationsListsAndDefaults() {
        List<String> problems = new ArrayList<>();
        ChannelConfig c = ChannelConfig.of(Map.of("a", "500ms", "b", "PT2M", "c", "5m", "days", "20, 5"));
        assertThat(ChannelConfigs.duration(c, "a", problems)).contains(Duration.ofMillis(500));
        assertThat(ChannelConfigs.duration(c, "b", problems)).contains(Duration.ofMinutes(2));
        assertThat(ChannelConfigs.duration(c, "c", problems)).contains(Duration.ofMinutes(5));
        assertThat(ChannelConfigs.intList(c, "days", 1, 28, problems)).contains(List.of(5, 20));
        assertThat(problems).isEmpty();
        assertThat(ChannelConfigs.intList(ChannelConfig.of(Map.of("days", "5,31")), "days", 1, 28, problems)).isEmpty();
        assertThat(problems).hasSize(1);
        assertThat(ChannelConfigs.withDefaults(ChannelConfig.of(Map.of()), KEYS).get("request-timeout")).contains("30s");
    }

    @Test
    void configToStringShowsKeysNotValues() {
        ChannelConfig c = ChannelConfig.of(Map.of("app-secret", "s3cr3t-value"));
        assertThat(c.toString()).contains("app-secret").doesNotContain("s3cr3t-value");
        assertThat(c.secret("app-secret").orElseThrow().toString()).isEqualTo("******");
    }

    @Test
    void parsesTimeZones() {
        List<String> problems = new ArrayList<>();
        ChannelConfig c = ChannelConfig.of(Map.of("zone", " Asia/Urumqi ", "bad", "Mars/Base", "blank", ""));
        assertThat(ChannelConfigs.zone(c, "zone", problems)).contains(ZoneId.of("Asia/Urumqi"));
        assertThat(ChannelConfigs.zone(c, "unset", problems)).isEmpty();
        assertThat(problems).isEmpty();
        assertThat(ChannelConfigs.zone(c, "bad", problems)).isEmpty();
        assertThat(ChannelConfigs.zone(c, "blank", problems)).isEmpty();
        assertThat(problems).containsExactly("配置项 bad 不是有效时区 / bad is not a valid time zone",
                "配置项 blank 不是有效时区 / blank is not a valid time zone");
    }

    /** A provider whose only check is {@link ChannelConfigs#checkRequired}. */
    private static final ChannelProvider PROVIDER = new ChannelProvider() {
        @Override
        public String spiVersion() {
            return org.zwgk.spi.SpiVersion.CURRENT;
        }
        @Override
        public String id() {
            return "cms";
        }

        @Override
        public List<ConfigKey> configKeys() {
            return KEYS;
        }

        @Override
        public List<String> validate(ChannelConfig config) {
            List<String> problems = new ArrayList<>();
            ChannelConfigs.checkRequired(config, KEYS, problems);
            return problems;
        }

        @Override
        public ChannelAdapter create(ChannelConfig config, Clock clock) {
            throw new UnsupportedOperationException();
        }
    };

    @Test
    void requireValidReturnsTheConfigWithDefaultsOrNamesEveryProblem() {
        ChannelConfig ok = ChannelConfigs.requireValid(PROVIDER,
                ChannelConfig.of(Map.of("endpoint", "https://cms.example.gov.cn/in", "auth-token", "t0k3n")));
        assertThat(ok.get("request-timeout")).contains("30s");
        assertThat(ok.get("endpoint")).contains("https://cms.example.gov.cn/in");
        assertThatThrownBy(() -> ChannelConfigs.requireValid(PROVIDER, ChannelConfig.of(Map.of("auth-token", "t0k3n"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid cms configuration: [")
                .hasMessageContaining("missing required key endpoint")
                .hasMessageNotContaining("t0k3n");
    }
}
