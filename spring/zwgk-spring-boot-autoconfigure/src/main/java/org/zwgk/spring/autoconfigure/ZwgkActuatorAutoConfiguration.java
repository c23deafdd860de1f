package org.zwgk.spring.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zwgk.spring.ZwgkMonitor;
import org.zwgk.spring.actuate.Boot3ZwgkHealthIndicator;
import org.zwgk.spring.actuate.Boot4ZwgkHealthIndicator;
import org.zwgk.spring.actuate.DeliveryMetrics;
import org.zwgk.spring.actuate.ZwgkGauges;
import org.zwgk.spring.actuate.ZwgkHealth;

/**
 * The {@code zwgk} health component and the Micrometer metrics, when Actuator or Micrometer is on the class path.
 * Boot 3 and Boot 4 have different health APIs ({@code org.springframework.boot.actuate.health} and
 * {@code org.springframework.boot.health.contributor}); each has its own indicator, selected by class name so that
 * neither is loaded where its API is missing. Boot registers the bean {@code zwgkHealthIndicator} as component
 * {@code zwgk} and binds every {@code MeterBinder} bean to its registries.
 */
@AutoConfiguration(after = ZwgkAutoConfiguration.class)
@ConditionalOnBean(ZwgkMonitor.class)
public class ZwgkActuatorAutoConfiguration {

    /** Spring Boot 3.x. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
    @ConditionalOnProperty(prefix = "management.health.zwgk", name = "enabled", havingValue = "true",
            matchIfMissing = true)
    static class Boot3Health {

        @Bean
        @ConditionalOnMissingBean(name = "zwgkHealthIndicator")
        Boot3ZwgkHealthIndicator zwgkHealthIndicator(ZwgkMonitor monitor,
                                                     ZwgkAutoConfiguration.ZwgkSettings settings) {
            return new Boot3ZwgkHealthIndicator(new ZwgkHealth(monitor, settings.properties().locale()));
        }
    }

    /** Spring Boot 4.x (module spring-boot-health). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
    @ConditionalOnProperty(prefix = "management.health.zwgk", name = "enabled", havingValue = "true",
            matchIfMissing = true)
    static class Boot4Health {

        @Bean
        @ConditionalOnMissingBean(name = "zwgkHealthIndicator")
        Boot4ZwgkHealthIndicator zwgkHealthIndicator(ZwgkMonitor monitor,
                                                     ZwgkAutoConfiguration.ZwgkSettings settings) {
            return new Boot4ZwgkHealthIndicator(new ZwgkHealth(monitor, settings.properties().locale()));
        }
    }

    /** Micrometer: delivery counters and timers, outbox and obligation gauges. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
    static class Metrics {

        /** Wraps every channel adapter; must not depend on the engine, which it is applied to. */
        @Bean
        @ConditionalOnMissingBean
        DeliveryMetrics zwgkDeliveryMetrics(ZwgkAutoConfiguration.ZwgkSettings settings) {
            return new DeliveryMetrics(settings.clock());
        }

        @Bean
        @ConditionalOnMissingBean
        ZwgkGauges zwgkGauges(ZwgkMonitor monitor) {
            return new ZwgkGauges(monitor);
        }
    }
}
