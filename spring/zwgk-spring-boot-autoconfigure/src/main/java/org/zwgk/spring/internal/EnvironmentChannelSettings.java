package org.zwgk.spring.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.env.ConfigurableEnvironment;
import org.zwgk.channel.ChannelRegistry;
import org.zwgk.channel.ChannelSettings;
import org.zwgk.spi.channel.ConfigKey;
import org.zwgk.spi.channel.ChannelProvider;

/**
 * Turns the application's {@code zwgk.channel.*} properties into {@link ChannelSettings}, so that the channel
 * registry applies exactly the checks of the channel file: unknown channels and keys with "did you mean", a missing
 * {@code enabled}, each provider's own validation, secrets never printed.
 *
 * <ul>
 *   <li>Keys are taken as written (no relaxed binding): {@code base-url}, not {@code baseUrl}, as in the file.</li>
 *   <li>Values come from the Environment, so placeholders ({@code ${CMS_TOKEN}}) are resolved and a higher-precedence
 *       source wins; every key a provider declares can also be set by an environment variable
 *       ({@code ZWGK_CHANNEL_WEBSITE_AUTH_TOKEN}).</li>
 *   <li>A YAML list ({@code days: [5, 20]}) becomes a comma-separated value, as in the channel file.</li>
 *   <li>The other {@code zwgk.*} keys are passed too, so a misspelt section ({@code zwgk.chanel.…}) is reported
 *       (ZWGK-5015) rather than ignored.</li>
 * </ul>
 */
public final class EnvironmentChannelSettings {

    /** How messages name the settings' source; the failure report adds each key's file and line. */
    public static final String SOURCE = "application properties";

    private static final Pattern INDEXED = Pattern.compile("(.*)\\[(\\d+)]$");

    private EnvironmentChannelSettings() {
    }

    public static ChannelSettings read(ConfigurableEnvironment env, ChannelRegistry registry) {
        Map<String, String> keys = new TreeMap<>();
        Map<String, Map<Integer, String>> lists = new LinkedHashMap<>();
        Set<String> names = EnvironmentKeys.names(env, "zwgk.");
        for (String name : names) {
            Matcher m = INDEXED.matcher(name);
            if (m.matches()) {
                lists.computeIfAbsent(m.group(1), k -> new TreeMap<>()).put(Integer.parseInt(m.group(2)), name);
            } else {
                put(keys, name, env.getProperty(name));
            }
        }
        for (Map.Entry<String, Map<Integer, String>> list : lists.entrySet()) {
            if (keys.containsKey(list.getKey())) {
                continue; // also given as one value by a higher-precedence source
            }
            List<String> values = new ArrayList<>();
            for (String element : list.getValue().values()) {
                String v = env.getProperty(element);
                if (v != null) {
                    values.add(v.strip());
                }
            }
            keys.put(list.getKey(), String.join(",", values));
        }
        // Keys set only through relaxed names (environment variables): every declared key of every provider.
        for (Map.Entry<String, ChannelProvider> p : registry.providers().entrySet()) {
            List<String> declared = new ArrayList<>(List.of("enabled"));
            for (ConfigKey k : p.getValue().configKeys()) {
                declared.add(k.name());
            }
            for (String k : declared) {
                String full = ChannelSettings.PREFIX + p.getKey() + "." + k;
                if (!keys.containsKey(full)) {
                    put(keys, full, env.getProperty(full));
                }
            }
        }
        return ChannelSettings.of(SOURCE, keys);
    }

    private static void put(Map<String, String> keys, String name, String value) {
        if (value != null) {
            keys.put(name, value);
        }
    }
}
