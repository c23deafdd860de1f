/** Contract tests for channel adapters: extend {@link org.zwgk.adapter.testkit.ChannelAdapterContract}. */
module org.zwgk.adapter.testkit {
    requires transitive org.zwgk.spi;
    requires transitive org.junit.jupiter.api;
    requires transitive org.assertj.core;

    exports org.zwgk.adapter.testkit;
    opens org.zwgk.adapter.testkit to org.junit.platform.commons;
}
