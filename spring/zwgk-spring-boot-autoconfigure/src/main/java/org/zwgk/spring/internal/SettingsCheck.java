package org.zwgk.spring.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.env.ConfigurableEnvironment;
import org.zwgk.channel.ChannelSettings;
import org.zwgk.spi.ZwgkException;
import org.zwgk.spi.channel.ChannelConfigs;
import org.zwgk.spring.SpringErrors;

/**
 * Refuses {@code zwgk.*} keys no zwgk module declares (ZWGK-7004), as {@code zwgk dispatch} does for its file: Spring
 * ignores an unknown key, so {@code zwgk.dispatch.enabeld=false} would quietly keep the dispatcher running. The known
 * keys are those of the generated configuration metadata of every zwgk module on the class path (so the Flowable
 * module's keys are known when it is there); the channel keys are left to the channel registry.
 */
public final class SettingsCheck {

    private static final String METADATA = "META-INF/spring-configuration-metadata.json";

    private SettingsCheck() {
    }

    public static void check(ConfigurableEnvironment env, ClassLoader loader) {
        Known known = Known.load(loader);
        if (known.names().isEmpty()) {
            return; // no metadata (a repackaged jar without it): nothing to check against, rather than refuse all
        }
        Map<String, String> unknown = new TreeMap<>();
        for (String name : EnvironmentKeys.names(env, "zwgk.")) {
            String bare = name.replaceAll("\\[[^]]*]", "");
            if (bare.startsWith(ChannelSettings.PREFIX) || channelLike(bare) || known.contains(bare)) {
                continue;
            }
            unknown.put(name, ChannelConfigs.suggestion(name, known.names).orElse(null));
        }
        if (!unknown.isEmpty()) {
            List<String> zh = new ArrayList<>();
            List<String> en = new ArrayList<>();
            unknown.forEach((k, s) -> {
                zh.add(k + (s == null ? "" : "（是否应为 " + s + "？）"));
                en.add(k + (s == null ? "" : " (did you mean " + s + "?)"));
            });
            throw new ZwgkException(SpringErrors.UNKNOWN_SETTING, String.join("、", zh), String.join(", ", en));
        }
    }

    /** A section within two edits of {@code channel}: the channel loader reports it as misspelt (ZWGK-5015). */
    private static boolean channelLike(String key) {
        String rest = key.substring("zwgk.".length());
        int dot = rest.indexOf('.');
        String section = dot < 0 ? rest : rest.substring(0, dot);
        return section.length() >= 5 && ChannelConfigs.suggestion(section, List.of("channel")).isPresent();
    }

    /** The declared keys, compared in Spring's uniform form (case and dashes ignored). */
    private record Known(List<String> names, List<String> uniform, List<String> mapPrefixes) {

        static Known load(ClassLoader loader) {
            List<String> names = new ArrayList<>();
            List<String> maps = new ArrayList<>();
            ObjectMapper json = new ObjectMapper();
            try {
                Enumeration<URL> files = loader.getResources(METADATA);
                while (files.hasMoreElements()) {
                    try (InputStream in = files.nextElement().openStream()) {
                        for (JsonNode p : json.readTree(in).path("properties")) {
                            String name = p.path("name").asText();
                            if (name.startsWith("zwgk.")) {
                                names.add(name);
                                if (p.path("type").asText().startsWith("java.util.Map")) {
                                    maps.add(uniform(name) + ".");
                                }
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Known(List.copyOf(names), names.stream().map(Known::uniform).toList(), List.copyOf(maps));
        }

        boolean contains(String key) {
            String u = uniform(key);
            return uniform.contains(u) || mapPrefixes.stream().anyMatch(u::startsWith);
        }

        static String uniform(String key) {
            return key.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
        }

    }
}
