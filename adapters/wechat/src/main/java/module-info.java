/** The WeChat official-account channel (两微一端): draft, free publish, status polling. */
module org.zwgk.adapter.wechat {
    requires org.zwgk.spi;
    requires org.zwgk.adapter.support;
    requires java.net.http;
    // Only the tests use it (the local API server); not needed at run time.
    requires static jdk.httpserver;

    exports org.zwgk.adapter.wechat;

    provides org.zwgk.spi.channel.ChannelProvider with org.zwgk.adapter.wechat.WeChatChannelProvider;
}
