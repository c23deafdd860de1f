/**
 * zwgk in a Spring Boot application: {@link org.zwgk.spring.SpringGate} (the gate in the caller's Spring
 * transaction), the {@code zwgk.*} settings ({@link org.zwgk.spring.ZwgkProperties}), the dispatcher lifecycle
 * bean, the monitor read by the health component and the metrics, and the extension points
 * ({@link org.zwgk.spring.ZwgkBuilderCustomizer}, {@link org.zwgk.spring.ChannelAdapterDecorator},
 * {@link org.zwgk.spring.ZwgkDataSource}). Guide: docs/spring.md.
 */
package org.zwgk.spring;
