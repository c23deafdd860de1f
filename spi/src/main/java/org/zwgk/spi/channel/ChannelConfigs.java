package org.zwgk.spi.channel;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Helpers for {@link ChannelProvider#validate} and {@link ChannelProvider#create}: defaults, required keys, unknown
 * keys with a "did you mean" suggestion, and typed parsing that appends a problem instead of throwing, so that a
 * provider reports every problem at once. Problem messages name the key and the expected form, never the value of
 * a secret key.
 *
 * <p>Stateless; every method is a pure function of its arguments.
 */
public final class ChannelConfigs {

    private ChannelConfigs() {
    }

    /** The value of {@code key}, or the key's documented default. */
    public static Optional<String> value(ChannelConfig config, List<ConfigKey> keys, String key) {
        Optional<String> set = config.get(key).map(String::trim);
        if (set.isPresent()) {
            return set;
        }
        return keys.stream().filter(k -> k.name().equals(key)).findFirst().map(ConfigKey::defaultValue);
    }

    /** A view of {@code config} in which every unset key with a default has its default. */
    public static ChannelConfig withDefaults(ChannelConfig config, List<ConfigKey> keys) {
        Map<String, String> all = new HashMap<>();
        for (ConfigKey k : keys) {
            if (k.defaultValue() != null) {
                all.put(k.name(), k.defaultValue());
            }
        }
        for (String k : config.keys()) {
            config.get(k).ifPresent(v -> all.put(k, v.trim()));
        }
        return ChannelConfig.of(all);
    }

    /**
     * For {@link ChannelProvider#create}: runs {@code provider.validate(config)} and returns the configuration with
     * the provider's defaults ({@link #withDefaults}), so that {@code create} only ever builds from a configuration
     * that {@code validate} accepted.
     *
     * @throws IllegalArgumentException {@code invalid <id> configuration: [problems…]}, naming every problem (the
     *                                  problems never contain secret values)
     */
    public static ChannelConfig requireValid(ChannelProvider provider, ChannelConfig config) {
        List<String> problems = provider.validate(config);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid " + provider.id() + " configuration: " + problems);
        }
        return withDefaults(config, provider.configKeys());
    }

    /** Appends one problem per required key that is unset or blank. */
    public static void checkRequired(ChannelConfig config, List<ConfigKey> keys, List<String> problems) {
        for (ConfigKey k : keys) {
            if (k.required() && config.get(k.name()).map(String::isBlank).orElse(true)) {
                problems.add("缺少必填配置项 " + k.name() + "（" + k.description() + "） / missing required key "
                        + k.name());
            }
        }
    }

    /** Appends one problem per key that is set but not declared, with the closest declared key as a suggestion. */
    public static void checkUnknown(ChannelConfig config, List<ConfigKey> keys, List<String> problems) {
        List<String> known = keys.stream().map(ConfigKey::name).toList();
        for (String k : new TreeSet<>(config.keys())) {
            if (!known.contains(k)) {
                problems.add("未知配置项 " + k + suggestion(k, known).map(s -> "，是否应为 " + s + "？").orElse("")
                        + " / unknown key " + k + suggestion(k, known).map(s -> " (did you mean " + s + "?)").orElse(""));
            }
        }
    }

    /** The closest candidate within a small edit distance, for "did you mean" messages. */
    public static Optional<String> suggestion(String unknown, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String u = unknown.toLowerCase(Locale.ROOT);
        for (String c : candidates) {
            int d = distance(u, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        int limit = Math.max(2, unknown.length() / 3);
        return best != null && bestDistance <= limit ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Parses a positive integer; appends a problem and returns empty when it is not one. */
    public static Optional<Integer> positiveInt(ChannelConfig config, String key, List<String> problems) {
        Optional<String> v = config.get(key);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            int n = Integer.parseInt(v.get().trim());
            if (n > 0) {
                return Optional.of(n);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add("配置项 " + key + " 应为正整数 / " + key + " must be a positive integer");
        return Optional.empty();
    }

    /**
     * Parses a duration written as ISO-8601 ({@code PT10S}) or as a number with a unit suffix {@code ms}, {@code s},
     * {@code m}, {@code h} ({@code 500ms}, {@code 10s}, {@code 5m}). Must be positive.
     */
    public static Optional<Duration> duration(ChannelConfig config, String key, List<String> problems) {
        Optional<String> v = config.get(key);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        Optional<Duration> d = parseDuration(v.get().trim());
        if (d.isEmpty() || d.get().isNegative() || d.get().isZero()) {
            problems.add("配置项 " + key + " 应为正的时长，如 10s、500ms、PT10S / " + key
                    + " must be a positive duration such as 10s, 500ms or PT10S");
            return Optional.empty();
        }
        return d;
    }

    static Optional<Duration> parseDuration(String s) {
        try {
            if (s.startsWith("P") || s.startsWith("p")) {
                return Optional.of(Duration.parse(s));
            }
            String lower = s.toLowerCase(Locale.ROOT);
            if (lower.endsWith("ms")) {
                return Optional.of(Duration.ofMillis(Long.parseLong(lower.substring(0, lower.length() - 2).trim())));
            }
            char unit = lower.isEmpty() ? ' ' : lower.charAt(lower.length() - 1);
            long n = Long.parseLong(lower.substring(0, lower.length() - 1).trim());
            return switch (unit) {
                case 's' -> Optional.of(Duration.ofSeconds(n));
                case 'm' -> Optional.of(Duration.ofMinutes(n));
                case 'h' -> Optional.of(Duration.ofHours(n));
                default -> Optional.empty();
            };
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Parses an absolute {@code http}/{@code https} URI. */
    public static Optional<URI> httpUri(ChannelConfig config, String key, List<String> problems) {
        Optional<String> v = config.get(key);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(v.get().trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        problems.add("配置项 " + key + " 应为 http(s) 绝对地址 / " + key + " must be an absolute http(s) URL");
        return Optional.empty();
    }

    /** Parses a time-zone id such as {@code Asia/Shanghai} ({@link ZoneId#of}). */
    public static Optional<ZoneId> zone(ChannelConfig config, String key, List<String> problems) {
        Optional<String> v = config.get(key);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(v.get().trim()));
        } catch (DateTimeException e) {
            problems.add("配置项 " + key + " 不是有效时区 / " + key + " is not a valid time zone");
            return Optional.empty();
        }
    }

    /** Parses {@code true}/{@code false} (case-insensitive). */
    public static Optional<Boolean> bool(ChannelConfig config, String key, List<String> problems) {
        Optional<String> v = config.get(key).map(s -> s.trim().toLowerCase(Locale.ROOT));
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (v.get().equals("true") || v.get().equals("false")) {
            return Optional.of(Boolean.parseBoolean(v.get()));
        }
        problems.add("配置项 " + key + " 应为 true 或 false / " + key + " must be true or false");
        return Optional.empty();
    }

    /** Parses a comma-separated list of integers each within {@code [min, max]}, e.g. {@code 5,20}. */
    public static Optional<List<Integer>> intList(ChannelConfig config, String key, int min, int max,
                                                  List<String> problems) {
        Optional<String> v = config.get(key);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> out = new ArrayList<>();
        for (String part : v.get().split(",")) {
            try {
                int n = Integer.parseInt(part.trim());
                if (n >= min && n <= max && !out.contains(n)) {
                    out.add(n);
                    continue;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problems.add("配置项 " + key + " 应为 " + min + "–" + max + " 之间不重复的整数，以逗号分隔 / " + key
                    + " must be distinct integers between " + min + " and " + max + ", comma-separated");
            return Optional.empty();
        }
        out.sort(null);
        return Optional.of(List.copyOf(out));
    }

    /** One of the allowed values (case-sensitive). */
    public static Optional<String> oneOf(ChannelConfig config, String key, List<String> allowed, List<String> problems) {
        Optional<String> v = config.get(key).map(String::trim);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (allowed.contains(v.get())) {
            return v;
        }
        problems.add("配置项 " + key + " 只能取 " + String.join("、", allowed) + " / " + key + " must be one of "
                + String.join(", ", allowed));
        return Optional.empty();
    }
}
