package org.zwgk.spring.actuate;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * {@link ZwgkHealth} for Spring Boot 4 ({@code org.springframework.boot.health.contributor}, module
 * spring-boot-health). Compiled against that module only; loaded only when it is on the class path.
 */
public final class Boot4ZwgkHealthIndicator implements HealthIndicator {

    private final ZwgkHealth health;

    public Boot4ZwgkHealthIndicator(ZwgkHealth health) {
        this.health = health;
    }

    @Override
    public Health health() {
        ZwgkHealth.Result r = health.check();
        return Health.status(new Status(r.status(), r.description())).withDetails(r.details()).build();
    }
}
