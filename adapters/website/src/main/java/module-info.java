/** The government-website channel: a static disclosure column or a CMS push over HTTP. */
module org.zwgk.adapter.website {
    requires org.zwgk.spi;
    requires org.zwgk.adapter.support;
    requires java.net.http;
    // The standard catalogue file (YAML or JSON), read as a tree; SnakeYAML for its LoaderOptions limits.
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.yaml.snakeyaml;
    // Only the tests use it (they parse the generated feed and sitemap); not needed at run time.
    requires static java.xml;
    requires static jdk.httpserver;

    exports org.zwgk.adapter.website;

    provides org.zwgk.spi.channel.ChannelProvider with org.zwgk.adapter.website.WebsiteChannelProvider;
}
