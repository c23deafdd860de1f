package org.zwgk.samples.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.adapter.wechat.FakeWeChat;
import org.zwgk.catalogue.Catalogue;
import org.zwgk.catalogue.CatalogueLoader;
import org.zwgk.catalogue.Item;
import org.zwgk.catalogue.StandardChannel;
import org.zwgk.channel.ChannelRegistry;
import org.zwgk.channel.Channels;
import org.zwgk.gate.CatalogueView;
import org.zwgk.gate.Zwgk;
import org.zwgk.publish.Dispatcher;
import org.zwgk.samples.SampleCatalogues;
import org.zwgk.spi.channel.ChannelAdapter;
import org.zwgk.spi.channel.DisclosureAttribute;
import org.zwgk.store.ZwgkStore;

/**
 * {@code zwgk demo --config FILE} with the WeChat channel on (docs/demo.md): the sample approval system's year on an
 * H2 file with the real website, archive and WeChat adapters, the WeChat one pointed at {@link FakeWeChat}, a local
 * server speaking the official-account API (stable_token, add_material, draft/add, freepublish/submit, get and
 * delete). What the catalogue sends to 两微一端 becomes one article each, nothing withheld gets there, the secret is
 * written nowhere, and a re-run publishes nothing twice.
 */
class DemoRunWeChatTest {

    /** A document of the host's table. */
    record Doc(String docId, String catalogueItemId, String title, DisclosureAttribute attribute, String fullText) {
    }

    @TempDir
    static Path tmp;

    static FakeWeChat wx;
    static Path out;
    static Path config;
    static DataSource ds;
    static DemoResult first;
    static DemoResult second;
    static List<FakeWeChat.Article> articlesAfterFirst;
    static int submitsAfterFirst;
    static int coverUploadsAfterFirst;
    static int submitsAfterSecond;
    static int draftsAfterFirst;
    static int draftsAfterSecond;
    static List<Doc> docs;
    static Set<String> weChatItems;

    @BeforeAll
    static void runTwice() throws Exception {
        wx = new FakeWeChat();
        out = Files.createDirectories(tmp.resolve("zwgk-demo"));
        // The configuration and the cover live outside the output directory, as an operator's would: whatever
        // the run writes under out/ can then be searched for the secret.
        Path etc = Files.createDirectories(tmp.resolve("etc"));
        Path cover = DemoRun.writeSampleCover(etc);
        config = etc.resolve("zwgk.properties");
        Files.writeString(config, weChatConfig(out, cover, wx), StandardCharsets.UTF_8);
        DemoRun.writeSampleCatalogue(out);
        ds = ZwgkStore.dataSource("jdbc:h2:file:" + out.resolve("db/zwgk") + ";QUERY_CACHE_SIZE=100");

        first = run();
        articlesAfterFirst = wx.articles();
        submitsAfterFirst = wx.submits();
        coverUploadsAfterFirst = wx.calls("/cgi-bin/material/add_material");
        draftsAfterFirst = wx.calls("/cgi-bin/draft/add");
        second = run();
        submitsAfterSecond = wx.submits();
        draftsAfterSecond = wx.calls("/cgi-bin/draft/add");

        docs = new ArrayList<>();
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT doc_id, catalogue_item_id, title, attribute, full_text "
                     + "FROM oa_document ORDER BY doc_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                docs.add(new Doc(rs.getString(1), rs.getString(2), rs.getString(3),
                        DisclosureAttribute.valueOf(rs.getString(4)), rs.getString(5)));
            }
        }
        // Read from the catalogue itself, not from the engine's mapping: the items whose channels list 两微一端.
        weChatItems = catalogue().items().stream().filter(i -> i.hasChannel(StandardChannel.NEW_MEDIA))
                .map(Item::id).collect(Collectors.toSet());
    }

    @AfterAll
    static void stop() {
        if (wx != null) {
            wx.close();
        }
    }

    /** The demo's generated configuration with WeChat switched on as docs/demo.md says. */
    static String weChatConfig(Path out, Path cover, FakeWeChat server) {
        String generated = DemoRun.defaultChannelConfig(out);
        assertThat(generated).contains("zwgk.channel.wechat.enabled=false", "# zwgk.channel.wechat.cover=");
        return generated.replace("zwgk.channel.wechat.enabled=false", String.join("\n",
                "zwgk.channel.wechat.enabled=true",
                "zwgk.channel.wechat.api-base-url=" + server.baseUrl(),
                "zwgk.channel.wechat.app-id=" + FakeWeChat.APP_ID,
                "zwgk.channel.wechat.app-secret=" + FakeWeChat.APP_SECRET,
                cover == null ? "" : "zwgk.channel.wechat.cover=" + cover.toString().replace("\\", "\\\\")));
    }

    private static DemoResult run() throws Exception {
        SimulatedClock clock = DemoRun.newClock();
        try (Channels channels = ChannelRegistry.discovering().load(config, clock)) {
            assertThat(channels.adapters()).containsOnlyKeys("website", "archive", "wechat");
            return DemoRun.builder().dataSource(ds).channels(channels.adapters()).clock(clock).out(out).items(40)
                    .build().run();
        }
    }

    private static Catalogue catalogue() throws Exception {
        try (InputStream in = SampleCatalogues.open(SampleCatalogues.TOWNSHIP)) {
            return CatalogueLoader.load(SampleCatalogues.TOWNSHIP, in);
        }
    }

    /** The documents the catalogue sends to WeChat and that may be published at all. */
    private static List<Doc> weChatDocs() {
        return docs.stream().filter(d -> weChatItems.contains(d.catalogueItemId()))
                .filter(d -> d.attribute().isPublicChannelAllowed()).toList();
    }

    @Test
    void everyDocumentOfATwoMicroOneClientItemIsPublishedAsOneArticle() {
        assertThat(weChatItems).containsExactlyInAnyOrder("HE-002", "HE-003", "CE-001");
        List<Doc> expected = weChatDocs();
        assertThat(expected).extracting(Doc::catalogueItemId).contains("HE-002", "HE-003", "CE-001");
        assertThat(first.queued()).isZero();
        assertThat(first.quarantined()).isEmpty();
        assertThat(first.deliveries().get("wechat")).isEqualTo(Map.of("LIVE", expected.size()));
        assertThat(first.deliveries().values()).allSatisfy(byStatus ->
                assertThat(byStatus.keySet()).isSubsetOf("LIVE", "ACCEPTED", "WITHDRAWN"));
        assertThat(submitsAfterFirst).isEqualTo(expected.size());
        assertThat(articlesAfterFirst).extracting(FakeWeChat.Article::title)
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(Doc::title).toList());
        assertThat(articlesAfterFirst).allSatisfy(a -> {
            assertThat(a.deleted()).isFalse();
            assertThat(a.title().codePointCount(0, a.title().length())).isBetween(1, 32);
            // The digest is the text after the title line the 公文 body starts with, not the title again.
            assertThat(a.digest()).isNotBlank().doesNotStartWith(a.title());
            assertThat(a.digest().codePointCount(0, a.digest().length())).isLessThanOrEqualTo(54);
            assertThat(a.content()).contains("<p>" + a.title() + "</p>", "发布机构：凤城镇人民政府", "索引号：");
        });
        // The 行政规范性文件 (CE-001) carries its signed PDF: WeChat lists it and points to the website.
        Doc normative = expected.stream().filter(d -> d.catalogueItemId().equals("CE-001")).findFirst().orElseThrow();
        FakeWeChat.Article article = articlesAfterFirst.stream().filter(a -> a.title().equals(normative.title()))
                .findFirst().orElseThrow();
        assertThat(article.content()).containsPattern("附件：凤政规〔2025〕\\d+号\\.pdf（请至政府网站下载）");
        // The township's documents have no image: each article has the configured cover, uploaded once.
        assertThat(coverUploadsAfterFirst).isEqualTo(1);
        assertThat(wx.calls("/cgi-bin/media/uploadimg")).isZero();
        assertThat(articlesAfterFirst).extracting(FakeWeChat.Article::thumbMediaId).containsOnly(
                articlesAfterFirst.get(0).thumbMediaId());
    }

    @Test
    void nothingWithheldOrOnRequestReachesWeChat() {
        List<Doc> notPublic = docs.stream().filter(d -> !d.attribute().isPublicChannelAllowed()).toList();
        assertThat(notPublic).extracting(Doc::attribute).contains(DisclosureAttribute.WITHHELD);
        for (Doc d : notPublic) {
            assertThat(articlesAfterFirst).as("%s %s", d.docId(), d.attribute()).noneMatch(a ->
                    a.title().equals(d.title()) || a.content().contains(d.title()));
        }
        // Only 两微一端 items go there: every article is one of the expected documents.
        Set<String> expectedTitles = weChatDocs().stream().map(Doc::title).collect(Collectors.toSet());
        assertThat(articlesAfterFirst).extracting(FakeWeChat.Article::title).allMatch(expectedTitles::contains);
        // No full resident ID number from the host's table (部分公开 lists mask them) in any article.
        Pattern id = Pattern.compile("350524\\d{11}[\\dX]");
        List<String> fullIds = new ArrayList<>();
        for (Doc d : docs) {
            Matcher m = id.matcher(d.fullText());
            while (m.find()) {
                fullIds.add(m.group());
            }
        }
        assertThat(fullIds).isNotEmpty();
        for (String full : fullIds) {
            assertThat(articlesAfterFirst).noneMatch(a -> a.content().contains(full));
        }
    }

    @Test
    void theAppSecretAndTheTokensAreWrittenNowhere() throws Exception {
        List<String> secrets = new ArrayList<>(wx.issuedTokens());
        assertThat(secrets).as("the adapter did obtain tokens").isNotEmpty();
        secrets.add(FakeWeChat.APP_SECRET);
        List<Path> files;
        try (Stream<Path> s = Files.walk(out)) {
            files = s.filter(Files::isRegularFile).toList();
        }
        assertThat(files).anyMatch(f -> f.toString().endsWith(".mv.db")).anyMatch(f -> f.toString().endsWith(".eep.xml"))
                .anyMatch(f -> f.toString().endsWith(".html"));
        for (Path f : files) {
            String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            for (String secret : secrets) {
                assertThat(bytes).as("%s", f).doesNotContain(secret);
            }
        }
        for (String secret : secrets) {
            assertThat(first.toString()).doesNotContain(secret);
            assertThat(second.toString()).doesNotContain(secret);
        }
    }

    @Test
    void reRunningAgainstTheSameStoreCreatesAndPublishesNothing() {
        assertThat(second.createdThisRun()).isZero();
        assertThat(second.documents()).isEqualTo(first.documents()).isEqualTo(40);
        assertThat(second.deliveries()).isEqualTo(first.deliveries());
        assertThat(second.queued()).isZero();
        assertThat(submitsAfterSecond).as("no second freepublish/submit").isEqualTo(submitsAfterFirst);
        assertThat(draftsAfterSecond).as("no second draft").isEqualTo(draftsAfterFirst);
    }

    /**
     * 废止 of a document that went to WeChat: the host repeals it through the gate after the demo, and the
     * dispatcher deletes the article (freepublish/delete of the article id the store's journal kept).
     */
    @Test
    void repealingAWeChatDocumentDeletesItsArticle() throws Exception {
        Doc normative = weChatDocs().stream().filter(d -> d.catalogueItemId().equals("CE-001")).findFirst()
                .orElseThrow();
        SimulatedClock clock = DemoRun.newClock();
        LocalDate day = LocalDate.of(DemoRun.YEAR + 1, 2, 2);
        clock.set(day, LocalTime.of(10, 0));
        try (Channels channels = ChannelRegistry.discovering().load(config, clock)) {
            Zwgk.Builder b = Zwgk.builder().dataSource(ds).catalogue(CatalogueView.of(catalogue())).clock(clock);
            for (ChannelAdapter a : channels.adapters().values()) {
                b.channel(a);
            }
            try (Zwgk zwgk = b.build()) {
                ApprovalSystem host = new ApprovalSystem(zwgk, new ApprovalSystem.Staff("民政办 林晓燕", "党政办 陈志明",
                        "镇长 王建华", "党政办保密员 黄丽娟", "副镇长 刘国平"));
                try (Connection c = ds.getConnection()) {
                    c.setAutoCommit(false);
                    host.repeal(c, normative.docId(), "招生方案已由新方案替代", day);
                    c.commit();
                }
                try (Dispatcher d = zwgk.dispatcher().workerId("wechat-test").build()) {
                    d.drain();
                }
            }
        }
        List<FakeWeChat.Article> now = wx.articles();
        assertThat(now).filteredOn(FakeWeChat.Article::deleted).extracting(FakeWeChat.Article::title)
                .containsExactly(normative.title());
        assertThat(now).filteredOn(a -> !a.deleted()).hasSize(weChatDocs().size() - 1);
        assertThat(wx.calls("/cgi-bin/freepublish/delete")).isEqualTo(1);
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT channel, status FROM zwgk_outbox WHERE item_id = ? "
                     + "AND action = 'WITHDRAW' ORDER BY channel")) {
            ps.setString(1, normative.docId());
            try (ResultSet rs = ps.executeQuery()) {
                List<String> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(rs.getString(1) + "=" + rs.getString(2));
                }
                assertThat(rows).contains("wechat=WITHDRAWN", "website=WITHDRAWN");
            }
        }
    }

    /** WeChat on without a cover: the articles cannot be made; the run says so instead of hiding it in a count. */
    @Test
    void withoutACoverTheWeChatDocumentsAreQuarantinedAndListed() throws Exception {
        try (FakeWeChat bare = new FakeWeChat()) {
            Path dir = Files.createDirectories(tmp.resolve("no-cover"));
            Path file = tmp.resolve("no-cover.properties");
            Files.writeString(file, weChatConfig(dir, null, bare), StandardCharsets.UTF_8);
            DemoRun.writeSampleCatalogue(dir);
            SimulatedClock clock = DemoRun.newClock();
            DemoResult r;
            try (Channels channels = ChannelRegistry.discovering().load(file, clock)) {
                r = DemoRun.builder().dataSource(ZwgkStore.dataSource("jdbc:h2:file:" + dir.resolve("db/zwgk")))
                        .channels(channels.adapters()).clock(clock).out(dir).items(20).build().run();
            }
            int refused = r.deliveries().get("wechat").getOrDefault("QUARANTINED", 0);
            assertThat(refused).isPositive();
            assertThat(r.deliveries().get("wechat")).containsOnlyKeys("QUARANTINED");
            assertThat(r.quarantined()).hasSize(refused).allSatisfy(line -> assertThat(line)
                    .startsWith("wechat ").contains("REJECTED_CONTENT", "cover"));
            assertThat(r.deliveries().get("website")).containsKey("LIVE");
            assertThat(bare.submits()).isZero();
            assertThat(bare.calls("/cgi-bin/stable_token")).as("refused before any call").isZero();
        }
    }
}
