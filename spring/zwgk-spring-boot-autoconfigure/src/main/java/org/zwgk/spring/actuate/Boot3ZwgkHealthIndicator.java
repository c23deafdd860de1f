package org.zwgk.spring.actuate;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;

/** {@link ZwgkHealth} for Spring Boot 3 ({@code org.springframework.boot.actuate.health}). */
public final class Boot3ZwgkHealthIndicator implements HealthIndicator {

    private final ZwgkHealth health;

    public Boot3ZwgkHealthIndicator(ZwgkHealth health) {
        this.health = health;
    }

    @Override
    public Health health() {
        ZwgkHealth.Result r = health.check();
        return Health.status(new Status(r.status(), r.description())).withDetails(r.details()).build();
    }
}
