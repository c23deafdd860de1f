package org.zwgk.channel;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.zwgk.spi.SpiVersion;
import org.zwgk.spi.channel.ChannelAdapter;
import org.zwgk.spi.channel.ChannelConfig;
import org.zwgk.spi.channel.ChannelConfigs;
import org.zwgk.spi.channel.ChannelProvider;
import org.zwgk.spi.channel.ConfigKey;
import org.zwgk.validation.Severity;
import org.zwgk.validation.ValidationReport;
import org.zwgk.validation.Violation;

/**
 * An immutable snapshot of the channel providers, and the one place that turns a configuration file into adapters.
 *
 * <pre>{@code
 * ChannelRegistry registry = ChannelRegistry.discovering();          // or builder().provider(...).build()
 * try (Channels channels = registry.load(Path.of("zwgk-channels.yaml"), Clock.systemDefaultZone())) {
 *     ChannelAdapter website = channels.adapters().get("website");
 * }                                                                  // ChannelConfigException lists every problem
 * }</pre>
 *
 * <p>Precedence: explicitly registered providers come first; ServiceLoader discovery is opt-in
 * ({@link Builder#discover(ClassLoader)}) and never replaces an explicit provider of the same id. Discovery runs once,
 * in {@link Builder#build()}. A provider that fails to load, declares an invalid id or an incompatible
 * {@link SpiVersion}, or shares its id with another discovered provider is recorded as a problem (with its cause)
 * without hiding the others; {@link #validate} reports those problems as errors, so they are never silently skipped.
 */
public final class ChannelRegistry {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");
    private static final String EXPLICIT = "ChannelRegistry.builder()";
    private static final String DISCOVERED = "META-INF/services/" + ChannelProvider.class.getName();
    private static final int MAX_LOAD_ERRORS = 100;

    private final Map<String, ChannelProvider> providers;
    private final List<Violation> problems;
    private final Set<String> unusable;

    private ChannelRegistry(Map<String, ChannelProvider> providers, List<Violation> problems, Set<String> unusable) {
        this.providers = Collections.unmodifiableMap(new TreeMap<>(providers));
        this.problems = List.copyOf(problems);
        this.unusable = Set.copyOf(unusable);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * A registry of the providers found by ServiceLoader through the context class loader (or this class's loader
     * when there is none). The usual entry point of applications and the CLI.
     */
    public static ChannelRegistry discovering() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return builder().discover(loader != null ? loader : ChannelRegistry.class.getClassLoader()).build();
    }

    /** Channel id → provider, in id order; excludes providers recorded in {@link #problems()}. */
    public Map<String, ChannelProvider> providers() {
        return providers;
    }

    /** Problems found while loading providers (broken, incompatible, duplicate ids); empty when all is well. */
    public List<Violation> problems() {
        return problems;
    }

    /** Reads a configuration file and builds the enabled channels: {@code create(ChannelSettings.load(file), clock)}. */
    public Channels load(Path configFile, Clock clock) {
        return create(ChannelSettings.load(configFile), clock);
    }

    /**
     * Checks a configuration file without building adapters (for {@code --check} style commands): every problem,
     * including a file that cannot be read or parsed.
     */
    public ValidationReport check(Path configFile) {
        try {
            return validate(ChannelSettings.load(configFile));
        } catch (ChannelConfigException e) {
            return e.report();
        }
    }

    /** Every problem of every channel at once: provider problems, unknown channels and keys, providers' checks. */
    public ValidationReport validate(ChannelSettings settings) {
        return plan(settings).report;
    }

    /**
     * Validates the settings and builds one adapter per enabled channel.
     *
     * @throws ChannelConfigException with every problem when the settings are invalid or an adapter cannot be built
     *                                (adapters already built are closed)
     */
    public Channels create(ChannelSettings settings, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        Plan plan = plan(settings);
        if (plan.report.hasErrors()) {
            throw new ChannelConfigException(plan.report);
        }
        Map<String, ChannelAdapter> built = new LinkedHashMap<>();
        List<Violation> failures = new ArrayList<>();
        for (Enabled e : plan.enabled) {
            try {
                ChannelAdapter adapter = Objects.requireNonNull(e.provider.create(e.config, clock),
                        "create returned null");
                built.put(e.id, adapter);
            } catch (RuntimeException | LinkageError ex) {
                failures.add(Violation.of(ChannelErrors.PROVIDER_FAILED, Severity.ERROR, settings.source(),
                        e.line, 0, ChannelSettings.pointer(ChannelSettings.PREFIX + e.id), e.id, "create",
                        e.redactor.redact(describe(ex))));
            }
        }
        if (!failures.isEmpty()) {
            try {
                Channels.closeAll(built.values());
            } catch (RuntimeException closeFailure) {
                // the configuration problems are what the user must see; closing is best effort here
            }
            List<Violation> all = new ArrayList<>(plan.report.violations());
            all.addAll(failures);
            throw new ChannelConfigException(new ValidationReport(1, plan.enabled.size(), all));
        }
        return new Channels(built, plan.report);
    }

    private record Enabled(String id, ChannelProvider provider, ChannelConfig config, int line, Redactor redactor) {
    }

    private record Plan(ValidationReport report, List<Enabled> enabled) {
    }

    private Plan plan(ChannelSettings settings) {
        String file = settings.source();
        List<Violation> out = new ArrayList<>(problems);
        out.addAll(settings.problems());
        Map<String, Map<String, ChannelSettings.Entry>> byChannel = new TreeMap<>();
        for (ChannelSettings.Entry e : settings.entries()) {
            String rest = e.key().substring(ChannelSettings.PREFIX.length());
            int dot = rest.indexOf('.');
            if (dot <= 0 || dot == rest.length() - 1) {
                out.add(Violation.of(ChannelErrors.MALFORMED_KEY, Severity.ERROR, file, e.line(), e.column(),
                        ChannelSettings.pointer(e.key()), e.key()));
                continue;
            }
            byChannel.computeIfAbsent(rest.substring(0, dot), k -> new LinkedHashMap<>()).put(rest.substring(dot + 1), e);
        }
        List<Enabled> enabled = new ArrayList<>();
        String available = providers.isEmpty() ? "（无 / none）" : String.join(", ", providers.keySet());
        for (Map.Entry<String, Map<String, ChannelSettings.Entry>> channel : byChannel.entrySet()) {
            String id = channel.getKey();
            Map<String, ChannelSettings.Entry> keys = channel.getValue();
            ChannelSettings.Entry first = keys.values().iterator().next();
            ChannelSettings.Entry en = keys.get("enabled");
            Boolean on = null;
            if (en != null) {
                String v = en.value().toLowerCase(java.util.Locale.ROOT);
                if (v.equals("true") || v.equals("false")) {
                    on = Boolean.valueOf(v);
                } else {
                    out.add(at(ChannelErrors.BAD_ENABLED, file, en, en.key(), en.value()));
                }
            }
            ChannelProvider provider = providers.get(id);
            if (provider == null) {
                if (!unusable.contains(id)) {
                    Optional<String> s = ChannelConfigs.suggestion(id, providers.keySet());
                    boolean wanted = Boolean.TRUE.equals(on);
                    out.add(at(wanted ? ChannelErrors.NO_PROVIDER : ChannelErrors.UNKNOWN_CHANNEL, file,
                            wanted ? en : first, id, s.map(x -> "，是否应为 " + x + "？").orElse(""),
                            s.map(x -> " (did you mean " + x + "?)").orElse(""), available));
                }
                continue;
            }
            List<ConfigKey> declared;
            try {
                declared = List.copyOf(provider.configKeys());
            } catch (RuntimeException | LinkageError ex) {
                out.add(at(ChannelErrors.PROVIDER_FAILED, file, first, id, "configKeys", describe(ex)));
                continue;
            }
            Redactor redactor = Redactor.of(declared, keys);
            List<String> names = declared.stream().map(ConfigKey::name).toList();
            List<String> candidates = new ArrayList<>(names);
            candidates.add("enabled");
            Map<String, String> values = new TreeMap<>();
            for (Map.Entry<String, ChannelSettings.Entry> k : keys.entrySet()) {
                if (k.getKey().equals("enabled")) {
                    continue;
                }
                if (names.contains(k.getKey())) {
                    values.put(k.getKey(), k.getValue().value());
                } else {
                    Optional<String> s = ChannelConfigs.suggestion(k.getKey(), candidates);
                    out.add(at(ChannelErrors.UNKNOWN_KEY, file, k.getValue(), id, k.getKey(),
                            s.map(x -> "，是否应为 " + x + "？").orElse(""),
                            s.map(x -> " (did you mean " + x + "?)").orElse(""), String.join(", ", names)));
                }
            }
            if (en == null) {
                out.add(at(ChannelErrors.ENABLED_MISSING, file, first, id));
                continue;
            }
            if (!Boolean.TRUE.equals(on)) {
                continue;
            }
            ChannelConfig config = ChannelConfig.of(values);
            List<String> found;
            try {
                found = List.copyOf(provider.validate(config));
            } catch (RuntimeException | LinkageError ex) {
                out.add(at(ChannelErrors.PROVIDER_FAILED, file, en, id, "validate", redactor.redact(describe(ex))));
                continue;
            }
            for (String problem : found) {
                ChannelSettings.Entry where = locate(problem, names, keys).orElse(en);
                String text = redactor.redact(problem);
                String[] both = bilingual(text);
                out.add(at(ChannelErrors.PROVIDER_PROBLEM, file, where, id, both[0], both[1]));
            }
            enabled.add(new Enabled(id, provider, config, en.line(), redactor));
        }
        if (enabled.isEmpty() && out.stream().noneMatch(Violation::isError)) {
            out.add(Violation.of(ChannelErrors.NO_CHANNEL_ENABLED, Severity.WARNING, file, 0, 0, ""));
        }
        return new Plan(new ValidationReport(1, byChannel.size(), out), List.copyOf(enabled));
    }

    private static Violation at(org.zwgk.spi.ErrorCode code, String file, ChannelSettings.Entry e, Object... args) {
        return Violation.of(code, Severity.ERROR, file, e.line(), e.column(), ChannelSettings.pointer(e.key()), args);
    }

    /** The set key a provider's message is about: the longest declared key named in it as a whole word. */
    private static Optional<ChannelSettings.Entry> locate(String message, List<String> names,
                                                          Map<String, ChannelSettings.Entry> keys) {
        return names.stream().filter(keys::containsKey).filter(n -> mentions(message, n))
                .max(Comparator.comparingInt(String::length)).map(keys::get);
    }

    private static boolean mentions(String message, String name) {
        for (int i = message.indexOf(name); i >= 0; i = message.indexOf(name, i + 1)) {
            int end = i + name.length();
            boolean before = i == 0 || !wordChar(message.charAt(i - 1));
            boolean after = end == message.length() || !wordChar(message.charAt(end));
            if (before && after) {
                return true;
            }
        }
        return false;
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '.' || c == '_';
    }

    private static String describe(Throwable t) {
        StringBuilder b = new StringBuilder(t.getClass().getName());
        if (t.getMessage() != null) {
            b.append(": ").append(t.getMessage());
        }
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root != t) {
            b.append("; cause ").append(root.getClass().getName());
            if (root.getMessage() != null) {
                b.append(": ").append(root.getMessage());
            }
        }
        return b.toString();
    }

    /** Replaces the values of a channel's secret keys in any text that may reach a message. */
    private record Redactor(List<String> secrets) {
        static Redactor of(List<ConfigKey> declared, Map<String, ChannelSettings.Entry> keys) {
            List<String> s = new ArrayList<>();
            for (ConfigKey k : declared) {
                ChannelSettings.Entry e = keys.get(k.name());
                if (k.secret() && e != null && !e.value().isEmpty()) {
                    s.add(e.value());
                }
            }
            s.sort(Comparator.comparingInt(String::length).reversed());
            return new Redactor(List.copyOf(s));
        }

        String redact(String text) {
            String out = text;
            for (String s : secrets) {
                out = out.replace(s, "******");
            }
            return out;
        }

        @Override
        public String toString() {
            return "Redactor[" + secrets.size() + "]";
        }
    }

    @Override
    public String toString() {
        return "ChannelRegistry" + providers.keySet() + (problems.isEmpty() ? "" : " with " + problems.size()
                + " provider problem(s)");
    }

    /** Collects providers; {@link #build()} takes the snapshot. Not thread-safe; the registry it builds is. */
    public static final class Builder {
        private final Map<String, ChannelProvider> explicit = new LinkedHashMap<>();
        private final List<ClassLoader> loaders = new ArrayList<>();

        private Builder() {
        }

        /**
         * Registers a provider explicitly. It wins over any discovered provider with the same id.
         *
         * @throws IllegalArgumentException when another provider was registered explicitly for the same id
         */
        public Builder provider(ChannelProvider provider) {
            Objects.requireNonNull(provider, "provider");
            ChannelProvider previous = explicit.putIfAbsent(provider.id(), provider);
            if (previous != null && previous != provider) {
                throw new IllegalArgumentException("two providers registered for channel " + provider.id() + ": "
                        + previous.getClass().getName() + " and " + provider.getClass().getName());
            }
            return this;
        }

        /** Opt-in: also discover providers through {@link ServiceLoader} in this class loader (and the module layer). */
        public Builder discover(ClassLoader loader) {
            loaders.add(Objects.requireNonNull(loader, "loader"));
            return this;
        }

        public ChannelRegistry build() {
            List<Violation> problems = new ArrayList<>();
            Set<String> unusable = new TreeSet<>();
            Map<String, ChannelProvider> chosen = new TreeMap<>();
            for (ChannelProvider p : explicit.values()) {
                if (usable(p, p.id(), EXPLICIT, problems, unusable)) {
                    chosen.put(p.id(), p);
                }
            }
            Map<String, List<ChannelProvider>> found = new TreeMap<>();
            Set<String> seenClasses = new TreeSet<>();
            for (ClassLoader loader : loaders) {
                for (ChannelProvider p : discover(loader, problems)) {
                    if (!seenClasses.add(p.getClass().getName())) {
                        continue; // the same provider reached through two loaders
                    }
                    String id;
                    try {
                        id = p.id();
                    } catch (RuntimeException | LinkageError ex) {
                        problems.add(problem(ChannelErrors.PROVIDER_BROKEN, p.getClass().getName() + ": "
                                + describe(ex)));
                        continue;
                    }
                    if (explicit.containsKey(id)) {
                        continue; // the explicit choice wins
                    }
                    if (usable(p, id, DISCOVERED, problems, unusable)) {
                        found.computeIfAbsent(id, k -> new ArrayList<>()).add(p);
                    }
                }
            }
            found.forEach((id, list) -> {
                if (list.size() == 1) {
                    chosen.put(id, list.get(0));
                } else {
                    unusable.add(id);
                    problems.add(problem(ChannelErrors.DUPLICATE_PROVIDER, id,
                            String.join(", ", list.stream().map(p -> p.getClass().getName()).sorted().toList())));
                }
            });
            return new ChannelRegistry(chosen, problems, unusable);
        }

        private static List<ChannelProvider> discover(ClassLoader loader, List<Violation> problems) {
            List<ChannelProvider> out = new ArrayList<>();
            Iterator<ChannelProvider> it = ServiceLoader.load(ChannelProvider.class, loader).iterator();
            int errors = 0;
            while (true) {
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    out.add(it.next());
                } catch (ServiceConfigurationError | LinkageError e) {
                    // ServiceLoader continues with the next provider after an error: one broken jar hides nothing
                    problems.add(problem(ChannelErrors.PROVIDER_BROKEN, describe(e)));
                    if (++errors >= MAX_LOAD_ERRORS) {
                        break;
                    }
                }
            }
            return out;
        }

        private static boolean usable(ChannelProvider p, String id, String where, List<Violation> problems,
                                      Set<String> unusable) {
            String cls = p.getClass().getName();
            if (id == null || !ID.matcher(id).matches()) {
                problems.add(Violation.of(ChannelErrors.PROVIDER_INVALID_ID, Severity.ERROR, where, 0, 0, "", cls,
                        id));
                return false;
            }
            String version;
            try {
                version = p.spiVersion();
            } catch (RuntimeException | LinkageError ex) {
                version = null;
            }
            if (!SpiVersion.isCompatible(version)) {
                unusable.add(id);
                problems.add(Violation.of(ChannelErrors.PROVIDER_INCOMPATIBLE, Severity.ERROR, where, 0, 0, "", cls,
                        id, version, SpiVersion.CURRENT));
                return false;
            }
            return true;
        }

        private static Violation problem(org.zwgk.spi.ErrorCode code, Object... args) {
            return Violation.of(code, Severity.ERROR, DISCOVERED, 0, 0, "", args);
        }
    }

    /**
     * A provider's problem written as {@code 中文 / English} (the convention of {@link
     * org.zwgk.spi.channel.ChannelProvider#validate}) as its Chinese and English parts, so a reader gets one
     * language; a text with no single " / " separator is shown as it is in both.
     */
    static String[] bilingual(String text) {
        int at = text.indexOf(" / ");
        if (at <= 0 || text.indexOf(" / ", at + 3) >= 0 || at + 3 >= text.length()) {
            return new String[] {text, text};
        }
        return new String[] {text.substring(0, at).strip(), text.substring(at + 3).strip()};
    }
}
