package org.zwgk.adapter.wechat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.zwgk.adapter.testkit.ChannelAdapterContract;
import org.zwgk.adapter.testkit.FailureCase;
import org.zwgk.adapter.testkit.Samples;
import org.zwgk.spi.channel.Attachment;
import org.zwgk.spi.channel.ChannelConfig;
import org.zwgk.spi.channel.ChannelErrorKind;
import org.zwgk.spi.channel.ChannelProvider;
import org.zwgk.spi.channel.Publication;

class WeChatContractTest extends ChannelAdapterContract {

    FakeWeChat wx;

    @BeforeEach
    void start() throws Exception {
        wx = new FakeWeChat();
    }

    @AfterEach
    void stop() {
        wx.close();
    }

    static Map<String, String> config(FakeWeChat wx) {
        return Map.of("api-base-url", wx.baseUrl().toString(), "app-id", FakeWeChat.APP_ID, "app-secret",
                FakeWeChat.APP_SECRET, "poll-interval", "10ms", "poll-limit", "5", "busy-retries", "1",
                "backoff-base", "5ms", "author", "凤城镇");
    }

    static Publication withCover(Publication p) {
        List<Attachment> all = new ArrayList<>(p.attachments());
        all.add(new Attachment("封面.png", "image/png", Samples.PNG_1X1));
        return Samples.withAttachments(p, all);
    }

    @Override
    protected ChannelProvider provider() {
        return new WeChatChannelProvider();
    }

    @Override
    protected ChannelConfig validConfig() {
        return ChannelConfig.of(config(wx));
    }

    @Override
    protected Publication samplePublication(String itemId) {
        return withCover(Samples.publication(itemId));
    }

    @Override
    protected int publicCopies(Publication p) {
        return (int) wx.liveArticlesContaining(p.indexNumber());
    }

    @Override
    protected boolean isWithdrawn(Publication p) {
        return wx.deletedArticleContaining(p.indexNumber());
    }

    /** A live article shows p's title and index number, and no other live article of the item exists. */
    @Override
    protected boolean isCurrent(Publication p) {
        List<FakeWeChat.Article> live = wx.articles().stream()
                .filter(a -> !a.deleted() && a.content().contains(p.indexNumber())).toList();
        return live.size() == 1 && live.get(0).title().equals(p.title());
    }

    @Override
    protected UnknownWithdrawal unknownWithdrawal() {
        return UnknownWithdrawal.ERROR;
    }

    @Override
    protected List<String> secretValues() {
        List<String> s = new ArrayList<>(wx.issuedTokens);
        s.add(FakeWeChat.APP_SECRET);
        return s;
    }

    @Override
    protected List<FailureCase> failureCases() {
        List<FailureCase> c = new ArrayList<>();
        c.add(FailureCase.remote("-1 busy beyond retries", ChannelErrorKind.TRANSIENT,
                () -> wx.failNext("/cgi-bin/draft/add", -1, -1)));
        c.add(FailureCase.remote("45009 quota", ChannelErrorKind.RATE_LIMITED,
                () -> wx.failNext("/cgi-bin/draft/add", 45009)));
        // Reference §16: configuration (40013 AppID, 40125 AppSecret, 40164 IP whitelist), permission (48001),
        // rejected content never retried (45002/45003/45004/45110 lengths, 40007 media id, 44003 empty news,
        // 53503–53505 publish check / web console), each as the local API server answers it.
        // The token is cached across cases: expire it so that the adapter asks stable_token again.
        c.add(FailureCase.remote("40013 invalid AppID", ChannelErrorKind.CONFIGURATION, () -> {
            wx.expireAllTokens();
            wx.failNext("/cgi-bin/stable_token", 40013);
        }));
        c.add(FailureCase.remote("40125 invalid AppSecret", ChannelErrorKind.CONFIGURATION, () -> {
            wx.expireAllTokens();
            wx.failNext("/cgi-bin/stable_token", 40125);
        }));
        c.add(FailureCase.remote("40164 ip whitelist", ChannelErrorKind.CONFIGURATION,
                () -> wx.failNext("/cgi-bin/media/uploadimg", 40164)));
        c.add(FailureCase.remote("48001 unauthorised", ChannelErrorKind.PERMISSION,
                () -> wx.failNext("/cgi-bin/freepublish/submit", 48001)));
        c.add(FailureCase.remote("40001 twice", ChannelErrorKind.CREDENTIAL,
                () -> wx.failNext("/cgi-bin/media/uploadimg", 40001, 40001)));
        for (int code : new int[] {40005, 40007, 40009, 44003, 45002, 45003, 45004, 45110, 45166, 47001}) {
            c.add(FailureCase.remote(code + " content", ChannelErrorKind.REJECTED_CONTENT,
                    () -> wx.failNext("/cgi-bin/draft/add", code)));
        }
        for (int code : new int[] {53503, 53504, 53505}) {
            c.add(FailureCase.remote(code + " publish check / web console", ChannelErrorKind.REJECTED_CONTENT,
                    () -> wx.failNext("/cgi-bin/freepublish/submit", code)));
        }
        for (int st : new int[] {2, 3, 4}) {
            c.add(FailureCase.remote("publish_status " + st, ChannelErrorKind.REJECTED_CONTENT, () -> wx.statuses(st)));
        }
        c.add(FailureCase.remote("publish_status 6 banned", ChannelErrorKind.PERMANENT, () -> wx.statuses(6)));
        c.add(FailureCase.content("title over 32", ChannelErrorKind.REJECTED_CONTENT,
                p -> Samples.withTitle(p, "标".repeat(33))));
        c.add(FailureCase.content("content over 20000", ChannelErrorKind.REJECTED_CONTENT,
                p -> Samples.withBody(p, "长".repeat(20_000))));
        c.add(FailureCase.content("gif image", ChannelErrorKind.REJECTED_CONTENT,
                p -> Samples.withAttachments(p, List.of(new Attachment("a.gif", "image/gif", "GIF89a".getBytes())))));
        c.add(FailureCase.content("no cover", ChannelErrorKind.REJECTED_CONTENT,
                p -> Samples.withAttachments(p, List.of())));
        c.add(FailureCase.content("image over 1 MB", ChannelErrorKind.REJECTED_CONTENT, p -> Samples.withAttachments(p,
                List.of(new Attachment("big.png", "image/png", big())))));
        return c;
    }

    private static byte[] big() {
        byte[] b = new byte[1024 * 1024];
        System.arraycopy(Samples.PNG_1X1, 0, b, 0, Samples.PNG_1X1.length);
        return b;
    }
}
