package org.zwgk.spring;

import org.zwgk.gate.Zwgk;

/**
 * Adjusts the engine before the auto-configuration builds it (e.g. an {@code AttachmentPolicy}, an index-number
 * template or a clock). Every bean of this type is applied, in {@code @Order}. To replace the engine entirely,
 * declare a {@link Zwgk} bean instead.
 */
@FunctionalInterface
public interface ZwgkBuilderCustomizer {

    void customize(Zwgk.Builder builder);
}
