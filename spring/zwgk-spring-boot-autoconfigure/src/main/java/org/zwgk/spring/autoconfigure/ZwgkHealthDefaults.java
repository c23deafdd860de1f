package org.zwgk.spring.autoconfigure;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes the health status {@code WARNING} (a quarantined delivery, an overdue obligation) count in the aggregate
 * health and answer HTTP 200: an operator must see it, a container must not be restarted for it. Boot ignores a
 * status missing from {@code management.endpoint.health.status.order} and maps unknown statuses by default; these
 * defaults have the lowest precedence, so an application that sets either property decides for itself
 * (docs/spring.md says what to add).
 *
 * <p>Registered under {@code org.springframework.boot.env.EnvironmentPostProcessor}, which Boot 3.5 and 4.0 both
 * read (4.0 deprecates the interface in favour of {@code org.springframework.boot.EnvironmentPostProcessor}).
 */
@SuppressWarnings("deprecation")
public final class ZwgkHealthDefaults implements EnvironmentPostProcessor {

    /** The status of the zwgk health component when an operator must act. */
    public static final String WARNING = "WARNING";

    static final String SOURCE = "zwgkHealthDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(SOURCE)) {
            return;
        }
        // Boot replaces its whole default mapping (DOWN and OUT_OF_SERVICE → 503) once any mapping is set, so both
        // are restated here; Boot merges map entries across property sources, so an application's own entries
        // still win key by key.
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE, Map.of(
                "management.endpoint.health.status.order", "DOWN,OUT_OF_SERVICE,WARNING,UP,UNKNOWN",
                "management.endpoint.health.status.http-mapping.down", "503",
                "management.endpoint.health.status.http-mapping.out-of-service", "503",
                "management.endpoint.health.status.http-mapping.warning", "200")));
    }
}
