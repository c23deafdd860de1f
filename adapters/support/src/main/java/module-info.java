/**
 * Support for zwgk's own channel adapters (website, WeChat, archive): a strict JSON reader and quoter, path-safe
 * file names and atomic file replacement, kept in one place instead of copied into each adapter.
 *
 * <p>Not part of the SPI contract: third-party adapters should depend on {@code org.zwgk.spi} only; these classes
 * may change with any zwgk release. Dependency-free beyond the JDK and {@code org.zwgk.spi}.
 */
module org.zwgk.adapter.support {
    requires transitive org.zwgk.spi;

    exports org.zwgk.adapter.support;
}
