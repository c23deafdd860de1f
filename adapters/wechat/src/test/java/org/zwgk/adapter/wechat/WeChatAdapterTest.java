package org.zwgk.adapter.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.adapter.testkit.InMemoryDeliveryJournal;
import org.zwgk.adapter.testkit.Samples;
import org.zwgk.spi.channel.ChannelAdapter;
import org.zwgk.spi.channel.ChannelConfig;
import org.zwgk.spi.channel.ChannelErrorKind;
import org.zwgk.spi.channel.ChannelException;
import org.zwgk.spi.channel.DeliveryJournal;
import org.zwgk.spi.channel.DeliveryStatus;
import org.zwgk.spi.channel.Publication;
import org.zwgk.spi.channel.Receipt;

class WeChatAdapterTest {

    FakeWeChat wx;
    final InMemoryDeliveryJournal journal = new InMemoryDeliveryJournal();
    final Clock clock = Clock.fixed(Instant.parse("2024-04-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @BeforeEach
    void start() throws Exception {
        wx = new FakeWeChat();
    }

    @AfterEach
    void stop() {
        wx.close();
    }

    @TempDir
    Path tmp;

    ChannelAdapter adapter() {
        return new WeChatChannelProvider().create(ChannelConfig.of(WeChatContractTest.config(wx)), clock);
    }

    ChannelAdapter adapterWithCover(Path cover) {
        Map<String, String> c = new HashMap<>(WeChatContractTest.config(wx));
        c.put("cover", cover.toString());
        return new WeChatChannelProvider().create(ChannelConfig.of(c), clock);
    }

    List<String> coverProblems(Path cover) {
        Map<String, String> c = new HashMap<>(WeChatContractTest.config(wx));
        c.put("cover", cover.toString());
        return new WeChatChannelProvider().validate(ChannelConfig.of(c));
    }

    @Test
    void publicationsWithoutAnImageGetTheConfiguredCoverUploadedOnce() throws Exception {
        Path cover = Files.write(tmp.resolve("封面.png"), Samples.PNG_1X1);
        Publication noImage = Samples.publication("cover1"); // the sample carries a PDF, no image
        assertThat(noImage.attachments()).noneMatch(a -> a.mediaType().startsWith("image/"));
        Receipt r = adapterWithCover(cover).publish(noImage, journal);
        assertThat(r.status()).isEqualTo(DeliveryStatus.LIVE);
        // Another process (a new adapter) with the same journal: the cover's material id is reused.
        adapterWithCover(cover).publish(Samples.publication("cover2"), journal);
        assertThat(wx.calls("/cgi-bin/material/add_material")).as("cover uploaded once").isEqualTo(1);
        assertThat(wx.calls("/cgi-bin/media/uploadimg")).as("no in-article image").isZero();
        String coverId = journal.load(noImage.idempotencyKey()).get("thumb_media_id");
        assertThat(wx.articles()).hasSize(2).extracting(FakeWeChat.Article::thumbMediaId).containsOnly(coverId);
        assertThat(wx.articles()).allSatisfy(a -> assertThat(a.content()).doesNotContain("<img"));
        // A publication with its own image keeps it as the cover.
        adapterWithCover(cover).publish(WeChatContractTest.withCover(Samples.publication("cover3")), journal);
        assertThat(wx.calls("/cgi-bin/material/add_material")).isEqualTo(2);
        assertThat(wx.articles()).extracting(FakeWeChat.Article::thumbMediaId).hasSize(3)
                .filteredOn(t -> !t.equals(coverId)).hasSize(1);
    }

    @Test
    void withoutImageOrCoverThePublicationIsRejectedBeforeAnyCall() {
        ChannelException e = catchThrowableOfType(ChannelException.class,
                () -> adapter().publish(Samples.publication("nocover"), journal));
        assertThat(e.kind()).isEqualTo(ChannelErrorKind.REJECTED_CONTENT);
        assertThat(e.getMessage()).contains("cover");
        assertThat(wx.calls("/cgi-bin/stable_token")).isZero();
    }

    @Test
    void aBadCoverIsAConfigurationProblem() throws Exception {
        assertThat(coverProblems(Files.write(tmp.resolve("ok.png"), Samples.PNG_1X1))).isEmpty();
        assertThat(coverProblems(tmp.resolve("missing.png"))).singleElement().asString()
                .contains("cover file cannot be read", "missing.png");
        assertThat(coverProblems(Files.write(tmp.resolve("c.gif"), "GIF89a....".getBytes()))).singleElement()
                .asString().contains("cover", "jpg or png");
        byte[] big = new byte[1024 * 1024 + 10];
        System.arraycopy(Samples.PNG_1X1, 0, big, 0, Samples.PNG_1X1.length);
        assertThat(coverProblems(Files.write(tmp.resolve("big.png"), big))).singleElement().asString()
                .contains("< 1 MB");
    }

    /** A journal that simulates a process crash right after one fact was made durable. */
    static final class CrashingJournal implements DeliveryJournal {
        final DeliveryJournal inner;
        final String crashAfter;
        boolean crashed;

        CrashingJournal(DeliveryJournal inner, String crashAfter) {
            this.inner = inner;
            this.crashAfter = crashAfter;
        }

        @Override
        public Map<String, String> load(String key) {
            return inner.load(key);
        }

        @Override
        public void record(String key, String name, String value) {
            if (!crashed && name.equals(crashAfter) && crashAfter.equals("publish_id-lost")) {
                crashed = true;
                throw new IllegalStateException("crash before recording");
            }
            inner.record(key, name, value);
            if (!crashed && name.equals(crashAfter)) {
                crashed = true;
                throw new IllegalStateException("simulated crash after recording " + name);
            }
        }
    }

    @Test
    void crashBetweenSubmitAndPollNeverPublishesTwice() throws Exception {
        Publication p = WeChatContractTest.withCover(Samples.publication("crash1"));
        CrashingJournal crashing = new CrashingJournal(journal, "publish_id");
        ChannelAdapter first = adapter();
        catchThrowableOfType(IllegalStateException.class, () -> first.publish(p, crashing));
        assertThat(wx.submits.get()).isEqualTo(1);
        assertThat(journal.load(p.idempotencyKey())).containsKeys("thumb_media_id", "media_id", "publish_id");
        // A new process retries the same delivery: it polls the recorded publish_id instead of submitting again.
        Receipt r = adapter().publish(p, journal);
        assertThat(r.status()).isEqualTo(DeliveryStatus.LIVE);
        assertThat(r.publicUrl().toString()).startsWith("https://mp.weixin.qq.com/s/");
        assertThat(wx.submits.get()).isEqualTo(1);
        assertThat(wx.liveArticlesContaining(p.indexNumber())).isEqualTo(1);
        // And again, from the journal alone.
        assertThat(adapter().publish(p, journal).remoteId()).isEqualTo(r.remoteId());
        assertThat(wx.submits.get()).isEqualTo(1);
    }

    @Test
    void lostSubmitReplyWithDraftGoneStopsInsteadOfPublishingTwice() throws Exception {
        Publication p = WeChatContractTest.withCover(Samples.publication("crash2"));
        CrashingJournal crashing = new CrashingJournal(journal, "publish_id-lost");
        // "publish_id-lost" never matches a name, so emulate: crash when publish_id would be recorded.
        DeliveryJournal lose = new DeliveryJournal() {
            boolean lost;

            @Override
            public Map<String, String> load(String key) {
                return journal.load(key);
            }

            @Override
            public void record(String key, String name, String value) {
                if (name.equals("publish_id") && !lost) {
                    lost = true;
                    throw new IllegalStateException("reply lost");
                }
                journal.record(key, name, value);
            }
        };
        assertThat(crashing.crashed).isFalse();
        catchThrowableOfType(IllegalStateException.class, () -> adapter().publish(p, lose));
        assertThat(wx.submits.get()).isEqualTo(1);
        ChannelException e = catchThrowableOfType(ChannelException.class, () -> adapter().publish(p, journal));
        assertThat(e.kind()).isEqualTo(ChannelErrorKind.PERMANENT);
        assertThat(e.getMessage()).contains("not submitting again");
        assertThat(wx.submits.get()).as("never a second submit").isEqualTo(1);
    }

    @Test
    void submitFailureBeforeWeChatTookItIsRetriedSafely() throws Exception {
        Publication p = WeChatContractTest.withCover(Samples.publication("retry1"));
        wx.failNext("/cgi-bin/freepublish/submit", -1, -1); // busy beyond the one in-call retry
        ChannelException e = catchThrowableOfType(ChannelException.class, () -> adapter().publish(p, journal));
        assertThat(e.kind()).isEqualTo(ChannelErrorKind.TRANSIENT);
        Receipt r = adapter().publish(p, journal); // draft still there → safe to submit
        assertThat(r.status()).isEqualTo(DeliveryStatus.LIVE);
        assertThat(wx.submits.get()).isEqualTo(1);
        assertThat(wx.calls.get("/cgi-bin/draft/add").get()).as("the draft is reused").isEqualTo(1);
    }

    @Test
    void expiredTokenIsRefreshedOnceAndTheTokenIsCached() throws Exception {
        ChannelAdapter a = adapter();
        a.publish(WeChatContractTest.withCover(Samples.publication("tok1")), journal);
        assertThat(wx.tokenCalls.get()).isEqualTo(1);
        wx.expireAllTokens();
        Receipt r = a.publish(WeChatContractTest.withCover(Samples.publication("tok2")), journal);
        assertThat(r.status()).isEqualTo(DeliveryStatus.LIVE);
        assertThat(wx.tokenCalls.get()).isEqualTo(2);
    }

    /**
     * 40014 (invalid access_token, e.g. the secret was reset in the MP console or another client refreshed with
     * force_refresh): the token that failed is dropped, a new one fetched, and the call repeated once; the new token
     * is then kept. A second 40014 on the repeat is CREDENTIAL, never a loop.
     */
    @Test
    void invalidTokenDropsOnlyThatTokenAndRetriesTheCallOnce() throws Exception {
        ChannelAdapter a = adapter();
        a.publish(WeChatContractTest.withCover(Samples.publication("inv1")), journal);
        assertThat(wx.issuedTokens).hasSize(1);
        String first = wx.issuedTokens.get(0);

        wx.failNext("/cgi-bin/draft/add", 40014);
        Receipt r = a.publish(WeChatContractTest.withCover(Samples.publication("inv2")), journal);
        assertThat(r.status()).isEqualTo(DeliveryStatus.LIVE);
        assertThat(wx.tokenCalls.get()).as("one refresh").isEqualTo(2);
        String second = wx.issuedTokens.get(1);
        assertThat(second).isNotEqualTo(first);
        assertThat(wx.tokensUsed.get("/cgi-bin/draft/add")).as("inv1, inv2 refused, inv2 repeated once")
                .containsExactly(first, first, second);
        assertThat(wx.tokensUsed.get("/cgi-bin/media/uploadimg")).as("the calls before 40014 kept the cached token")
                .containsExactly(first, first);
        assertThat(wx.submits.get()).isEqualTo(2);

        a.publish(WeChatContractTest.withCover(Samples.publication("inv3")), journal);
        assertThat(wx.tokenCalls.get()).as("the fresh token is cached, not dropped as well").isEqualTo(2);
        assertThat(wx.tokensUsed.get("/cgi-bin/freepublish/submit")).containsExactly(first, second, second);

        wx.failNext("/cgi-bin/draft/add", 40014, 40014);
        ChannelException e = catchThrowableOfType(ChannelException.class,
                () -> a.publish(WeChatContractTest.withCover(Samples.publication("inv4")), journal));
        assertThat(e.kind()).isEqualTo(ChannelErrorKind.CREDENTIAL);
        assertThat(e.remoteCode()).contains("40014");
        assertThat(wx.tokenCalls.get()).isEqualTo(3);
        assertThat(wx.calls.get("/cgi-bin/draft/add").get()).as("3 earlier calls, then exactly one repeat").isEqualTo(6);
        assertThat(wx.submits.get()).isEqualTo(3);
    }

    @Test
    void stillPublishingIsTransientAndTheRetryPolls() throws Exception {
        Publication p = WeChatContractTest.withCover(Samples.publication("slow1"));
        wx.statuses(1, 1, 1, 1, 1, 1); // more than poll-limit 5
        ChannelException e = catchThrowableOfType(ChannelException.class, () -> adapter().publish(p, journal));
        assertThat(e.kind()).isEqualTo(ChannelErrorKind.TRANSIENT);
        assertThat(adapter().publish(p, journal).status()).isEqualTo(DeliveryStatus.LIVE);
        assertThat(wx.submits.get()).isEqualTo(1);
    }

    @Test
    void ipWhitelistOnTheTokenEndpointIsConfiguration() {
        wx.failNext("/cgi-bin/stable_token", 40164);
        ChannelException e = catchThrowableOfType(ChannelException.class,
                () -> adapter().publish(WeChatContractTest.withCover(Samples.publication("ip1")), journal));
        assertThat(e.kind()).isEqualTo(ChannelErrorKind.CONFIGURATION);
        assertThat(e.remoteCode()).contains("40164");
    }

    @Test
    void tokensNeverReachErrorsOrTheJournal() throws Exception {
        wx.failNext("/cgi-bin/draft/add", 45009);
        ChannelException e = catchThrowableOfType(ChannelException.class,
                () -> adapter().publish(WeChatContractTest.withCover(Samples.publication("leak1")), journal));
        assertThat(e.kind()).isEqualTo(ChannelErrorKind.RATE_LIMITED);
        assertThat(e.retryAfter()).isPresent();
        assertThat(e.rawPayload().orElseThrow()).contains("access_token=******");
        for (String t : wx.issuedTokens) {
            assertThat(e.rawPayload().orElseThrow()).doesNotContain(t);
            assertThat(e.getMessage()).doesNotContain(t);
            assertThat(journal.dump()).doesNotContain(t);
        }
    }

    @Test
    void theDigestSkipsAFirstLineThatRepeatsTheTitle() throws Exception {
        Publication p = WeChatContractTest.withCover(Samples.withBody(Samples.withTitle(Samples.publication("dg1"),
                "关于做好登革热防控工作的通告"), " 关于做好登革热防控工作的通告 \r\n各村（居）委会：\n现将有关事项" + "公告如下。".repeat(20)));
        ChannelAdapter a = adapter();
        a.publish(p, journal);
        assertThat(wx.articles().get(0).digest()).startsWith("各村（居）委会： 现将有关事项公告如下。").hasSize(54);
        // A body that does not start with the title keeps its first line; a body that is only the title keeps it.
        a.publish(WeChatContractTest.withCover(Samples.withBody(Samples.withTitle(Samples.publication("dg2"), "通告"),
                "第一行\n第二行")), journal);
        a.publish(WeChatContractTest.withCover(Samples.withBody(Samples.withTitle(Samples.publication("dg3"), "通知"),
                "通知\n")), journal);
        assertThat(wx.articles()).extracting(FakeWeChat.Article::digest).contains("第一行 第二行", "通知");
    }

    @Test
    void bodyIsEscapedIntoParagraphs() throws Exception {
        Publication p = WeChatContractTest.withCover(Samples.withBody(Samples.publication("esc1"),
                "第一段<script>x</script>\n第二段 & \"引号\""));
        adapter().publish(p, journal);
        String content = wx.articles.values().iterator().next().content();
        assertThat(content).contains("<p>第一段&lt;script&gt;x&lt;/script&gt;</p>", "<p>第二段 &amp; &quot;引号&quot;</p>",
                "<img src=\"http://mmbiz.qpic.cn/").doesNotContain("<script>");
    }

    // ---------------------------------------------------------------- issue 11

    /**
     * Reproduction 3: after a correction, the withdrawal removed only the newest article (the journal kept one article
     * id per item) and v1 stayed live. Now the correction takes v1 down, and a withdrawal deletes every article ever
     * published for the item.
     */
    @Test
    void aCorrectionTakesTheOlderArticleDownAndAWithdrawalEveryArticle() throws Exception {
        ChannelAdapter a = adapter();
        Publication v1 = WeChatContractTest.withCover(Samples.publication("corr", 1));
        Publication v2 = WeChatContractTest.withCover(Samples.publication("corr", 2));
        Receipt r1 = a.publish(v1, journal);
        Receipt r2 = a.publish(v2, journal);
        assertThat(r2.remoteId()).isNotEqualTo(r1.remoteId());
        assertThat(wx.articles()).filteredOn(x -> !x.deleted()).extracting(FakeWeChat.Article::title)
                .as("one version in public: the correction").containsExactly(v2.title());
        Receipt w = a.withdraw(Samples.withdrawal(v2), journal);
        assertThat(w.status()).isEqualTo(DeliveryStatus.WITHDRAWN);
        assertThat(wx.articles()).hasSize(2).allMatch(FakeWeChat.Article::deleted);
        // A repeat of the withdrawal changes nothing and answers the same.
        assertThat(a.withdraw(Samples.withdrawal(v2), journal).remoteId()).isEqualTo(w.remoteId());
        assertThat(wx.calls("/cgi-bin/freepublish/delete")).isEqualTo(2);
    }

    /** An article still being published when the withdrawal arrives is found through its job, and deleted. */
    @Test
    void aWithdrawalAlsoDeletesTheArticleOfAJobStillPublishing() throws Exception {
        ChannelAdapter a = adapter();
        Publication v1 = WeChatContractTest.withCover(Samples.publication("slowjob", 1, 1));
        wx.statuses(1, 1, 1, 1, 1); // poll-limit 5: the delivery ends "still publishing"
        ChannelException e = catchThrowableOfType(ChannelException.class, () -> a.publish(v1, journal));
        assertThat(e.kind()).isEqualTo(ChannelErrorKind.TRANSIENT);
        wx.statuses(1); // the withdrawal asks while WeChat is still at it: it waits (retryable)
        ChannelException busy = catchThrowableOfType(ChannelException.class,
                () -> a.withdraw(Samples.withdrawal(v1, 1, 2), journal));
        assertThat(busy.kind()).isEqualTo(ChannelErrorKind.TRANSIENT);
        Receipt w = a.withdraw(Samples.withdrawal(v1, 1, 2), journal); // now published: found and deleted
        assertThat(w.status()).isEqualTo(DeliveryStatus.WITHDRAWN);
        assertThat(wx.articles()).singleElement().matches(FakeWeChat.Article::deleted);
        // The publication's retry comes after the withdrawal: dropped, never submitted again.
        Receipt late = a.publish(v1, journal);
        assertThat(late.details()).containsEntry("stale", "true");
        assertThat(wx.submits()).isEqualTo(1);
        assertThat(wx.articles()).singleElement().matches(FakeWeChat.Article::deleted);
    }

    /**
     * A correction published while the older version's job is still publishing: the correction's delivery waits
     * (retryable) until WeChat has finished the older article, then deletes it; the older delivery's retry is stale.
     */
    @Test
    void aCorrectionAlsoTakesDownAnOlderArticleThatWasStillPublishing() throws Exception {
        ChannelAdapter a = adapter();
        Publication v1 = WeChatContractTest.withCover(Samples.publication("jobs", 1, 1));
        Publication v2 = WeChatContractTest.withCover(Samples.publication("jobs", 2, 2));
        wx.statuses(1, 1, 1, 1, 1);
        assertThat(catchThrowableOfType(ChannelException.class, () -> a.publish(v1, journal)).kind())
                .isEqualTo(ChannelErrorKind.TRANSIENT);
        wx.statuses(0, 1); // v2 is published; v1's job is still being published when v2 asks about it
        ChannelException wait = catchThrowableOfType(ChannelException.class, () -> a.publish(v2, journal));
        assertThat(wait.kind()).as(wait.getMessage()).isEqualTo(ChannelErrorKind.TRANSIENT);
        Receipt r2 = a.publish(v2, journal); // retried: v1's article is out now, and deleted
        assertThat(r2.status()).isEqualTo(DeliveryStatus.LIVE);
        assertThat(wx.articles()).filteredOn(x -> !x.deleted()).extracting(FakeWeChat.Article::title)
                .containsExactly(v2.title());
        assertThat(a.publish(v1, journal).details()).containsEntry("stale", "true");
        assertThat(wx.submits()).isEqualTo(2);
        assertThat(wx.articles()).filteredOn(x -> !x.deleted()).extracting(FakeWeChat.Article::title)
                .containsExactly(v2.title());
    }

    /** The one article id an older version journaled per item (key {@code wechat:item:<item id>}) is still deleted. */
    @Test
    void anArticleJournaledByAnOlderVersionIsDeletedToo() throws Exception {
        Publication p = WeChatContractTest.withCover(Samples.publication("legacy1"));
        DeliveryJournal oldVersion = new DeliveryJournal() { // the new per-item entries did not exist then
            @Override
            public Map<String, String> load(String key) {
                return journal.load(key);
            }

            @Override
            public void record(String key, String name, String value) {
                if (!key.startsWith("wechat:item#")) {
                    journal.record(key, name, value);
                }
            }
        };
        Receipt r = adapter().publish(p, oldVersion);
        journal.record("wechat:item:" + p.itemId(), "article_id", r.remoteId());
        adapter().withdraw(Samples.withdrawal(p), journal);
        assertThat(wx.articles()).singleElement().matches(FakeWeChat.Article::deleted);
    }

    /**
     * Reproduction 6: an item id longer than 88 characters broke the journal after the article was live (key
     * {@code wechat:item:<item id>} in a VARCHAR(100) column), and the item could not be withdrawn. The journal
     * here holds keys to the store's limit.
     */
    @Test
    void aLongItemIdNeitherBreaksPublicationNorWithdrawal() throws Exception {
        String id = "oa-approval/2024/" + "一件事一次办-".repeat(20) + "x".repeat(40);
        assertThat(id.length()).isGreaterThan(88).isLessThanOrEqualTo(200);
        Publication p = WeChatContractTest.withCover(Samples.withKey(Samples.publication(id), "zwgk-0123456789abcdef"));
        Receipt r = adapter().publish(p, journal);
        assertThat(r.status()).isEqualTo(DeliveryStatus.LIVE);
        Receipt w = adapter().withdraw(Samples.withdrawal(p), journal);
        assertThat(w.status()).isEqualTo(DeliveryStatus.WITHDRAWN);
        assertThat(wx.articles()).singleElement().matches(FakeWeChat.Article::deleted);
    }

    /**
     * Reproduction 8: the JSON body escaped {@code <} and {@code >} as Unicode escapes, which WeChat shows as text.
     * Now it is UTF-8 text as is; the local server keeps escapes undecoded, as WeChat does.
     */
    @Test
    void theDraftIsSentAsUtf8TextWithoutUnicodeEscapes() throws Exception {
        Publication p = WeChatContractTest.withCover(Samples.withBody(Samples.publication("utf8"),
                "第一段：低保标准 <每人每月> 800 元 & 以上\n第二段 \"引号\" 与 \\ 反斜杠"));
        adapter().publish(p, journal);
        String raw = wx.rawBodies("/cgi-bin/draft/add").get(0);
        assertThat(raw).contains("\"content\":\"<p>第一段：低保标准 &lt;每人每月&gt; 800 元 &amp; 以上</p>",
                "\"title\":\"" + p.title() + "\"").doesNotContain("\\u");
        assertThat(wx.articles()).singleElement().extracting(FakeWeChat.Article::content).asString()
                .startsWith("<p>第一段：低保标准 &lt;每人每月&gt; 800 元 &amp; 以上</p><p>第二段 &quot;引号&quot; 与 \\ 反斜杠</p>"
                        + "<p><img src=\"");
    }

    /**
     * Reproduction 8: the 20,000-character check ran before the images were inlined (19,837 characters passed,
     * 20,290 were sent). Now it runs on the content as sent: rejected before the draft, never retried.
     */
    @Test
    void theContentLimitAppliesToTheContentAsSentWithImagesInlined() throws Exception {
        Publication base = WeChatContractTest.withCover(Samples.publication("long1"));
        int overhead = org.zwgk.adapter.wechat.internal.WeChatAdapter.content(Samples.withBody(base, "长"), List.of())
                .length() - 1;
        Publication p = Samples.withBody(base, "长".repeat(19_999 - overhead));
        assertThat(org.zwgk.adapter.wechat.internal.WeChatAdapter.content(p, List.of())).hasSize(19_999);
        ChannelException e = catchThrowableOfType(ChannelException.class, () -> adapter().publish(p, journal));
        assertThat(e).as("content over the limit once the cover image is inlined").isNotNull();
        assertThat(e.kind()).isEqualTo(ChannelErrorKind.REJECTED_CONTENT);
        assertThat(e.isRetryable()).isFalse();
        assertThat(e.getMessage()).contains("as sent");
        assertThat(wx.calls("/cgi-bin/draft/add")).as("refused before the draft").isZero();
        assertThat(wx.submits()).isZero();
        // The same text without an image fits: it is the inlined image that makes it too long.
        Publication fits = Samples.withAttachments(p, List.of());
        Receipt r = adapterWithCover(Files.write(tmp.resolve("c.png"), Samples.PNG_1X1)).publish(fits, journal);
        assertThat(r.status()).isEqualTo(DeliveryStatus.LIVE);
    }

    /** Reference §16: a wrong AppID or AppSecret is a configuration problem (40013, 40125), not a token to retry. */
    @Test
    void aWrongAppIdOrAppSecretIsAConfigurationProblem() {
        for (String[] wrong : new String[][] {{"app-id", "wx0000000000000000", "40013"},
            {"app-secret", "not-the-secret-value", "40125"}}) {
            Map<String, String> c = new HashMap<>(WeChatContractTest.config(wx));
            c.put(wrong[0], wrong[1]);
            int before = wx.calls("/cgi-bin/stable_token");
            ChannelException e = catchThrowableOfType(ChannelException.class, () -> new WeChatChannelProvider()
                    .create(ChannelConfig.of(c), clock).publish(WeChatContractTest.withCover(
                            Samples.publication("cfg" + wrong[2])), journal));
            assertThat(e.kind()).as(wrong[0]).isEqualTo(ChannelErrorKind.CONFIGURATION);
            assertThat(e.remoteCode()).contains(wrong[2]);
            assertThat(wx.calls("/cgi-bin/stable_token") - before).as("asked once, not retried").isEqualTo(1);
            assertThat(e.getMessage()).doesNotContain(wrong[1].equals("not-the-secret-value") ? wrong[1] : "******");
        }
    }
}
