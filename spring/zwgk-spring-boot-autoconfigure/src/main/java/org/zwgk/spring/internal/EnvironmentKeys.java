package org.zwgk.spring.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.OriginLookup;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;

/**
 * The {@code zwgk.*} keys as the application wrote them ({@code application.yml}, {@code .properties}, system
 * properties, test properties …), found in the enumerable property sources. Spring's relaxed binding would accept
 * {@code zwgk.dispatch.maxAttempts} and silently ignore {@code zwgk.dispatch.max-atempts}; the checks need the names
 * as written.
 */
public final class EnvironmentKeys {

    private EnvironmentKeys() {
    }

    /** Every key starting with {@code prefix}, in the order of the property sources (highest precedence first). */
    public static Set<String> names(ConfigurableEnvironment env, String prefix) {
        Set<String> out = new LinkedHashSet<>();
        for (PropertySource<?> ps : env.getPropertySources()) {
            if (ps instanceof EnumerablePropertySource<?> e) {
                for (String name : e.getPropertyNames()) {
                    if (name.startsWith(prefix)) {
                        out.add(name);
                    }
                }
            }
        }
        return out;
    }

    /** Where a key was set, e.g. {@code class path resource [application.yml] - 7:11}, if Spring knows. */
    public static Optional<String> origin(ConfigurableEnvironment env, String key) {
        List<String> candidates = new ArrayList<>(List.of(key));
        candidates.add(key + "[0]"); // a YAML list: the origin of its first element
        for (PropertySource<?> ps : env.getPropertySources()) {
            for (String name : candidates) {
                if (ps instanceof EnumerablePropertySource<?> e && !e.containsProperty(name)) {
                    continue;
                }
                Origin origin = OriginLookup.getOrigin(ps, name);
                if (origin != null) {
                    return Optional.of(origin.toString());
                }
            }
        }
        return Optional.empty();
    }
}
