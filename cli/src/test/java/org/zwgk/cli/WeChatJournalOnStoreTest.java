package org.zwgk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.zwgk.adapter.wechat.FakeWeChat;
import org.zwgk.spi.channel.Attachment;
import org.zwgk.spi.channel.ChannelAdapter;
import org.zwgk.spi.channel.ChannelConfig;
import org.zwgk.spi.channel.ChannelProvider;
import org.zwgk.spi.channel.DeliveryStatus;
import org.zwgk.spi.channel.DisclosureAttribute;
import org.zwgk.spi.channel.Publication;
import org.zwgk.spi.channel.Receipt;
import org.zwgk.spi.channel.Withdrawal;
import org.zwgk.store.JdbcDeliveryJournal;
import org.zwgk.store.ZwgkStore;
import org.zwgk.testing.TestDatabase;

/**
 * Issue 11, reproduction 6, on the real store: an item id longer than 88 characters (Disclosure allows 200) broke the
 * WeChat journal after the article was live — its per-item key did not fit {@code zwgk_journal.idempotency_key}
 * (VARCHAR(100)) — and the item could not be withdrawn. Against the local WeChat API server, on H2 and PostgreSQL.
 */
class WeChatJournalOnStoreTest {

    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC");

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aLongItemIdIsPublishedCorrectedAndWithdrawn(TestDatabase db) throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2024-04-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        ZwgkStore store = ZwgkStore.open(db.freshUrl(), clock);
        JdbcDeliveryJournal journal = new JdbcDeliveryJournal(store);
        String itemId = "oa/一网通办/2024/" + "社会救助事项审批-".repeat(15) + "0001";
        assertThat(itemId.length()).isGreaterThan(88).isLessThanOrEqualTo(200);
        ChannelProvider provider = ServiceLoader.load(ChannelProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.id().equals("wechat")).findFirst().orElseThrow();
        try (FakeWeChat wx = new FakeWeChat()) {
            ChannelAdapter a = provider.create(ChannelConfig.of(Map.of("api-base-url", wx.baseUrl().toString(),
                    "app-id", FakeWeChat.APP_ID, "app-secret", FakeWeChat.APP_SECRET, "poll-interval", "10ms")), clock);
            Receipt v1 = a.publish(publication(itemId, 1, 1), journal);
            Receipt v2 = a.publish(publication(itemId, 2, 2), journal);
            assertThat(List.of(v1.status(), v2.status())).containsOnly(DeliveryStatus.LIVE);
            assertThat(wx.articles()).filteredOn(x -> !x.deleted()).singleElement()
                    .extracting(FakeWeChat.Article::articleId).isEqualTo(v2.remoteId());
            Receipt w = a.withdraw(new Withdrawal(itemId, "01432281X/2024-00777", "标题", "已废止", "zwgk-w-0001",
                    Instant.parse("2024-04-02T02:00:00Z"), 2, 3), journal);
            assertThat(w.status()).isEqualTo(DeliveryStatus.WITHDRAWN);
            assertThat(wx.articles()).hasSize(2).allMatch(FakeWeChat.Article::deleted);
            // A new process (a new adapter) reads the same journal: the withdrawal stands, a late v2 is dropped.
            ChannelAdapter again = provider.create(ChannelConfig.of(Map.of("api-base-url", wx.baseUrl().toString(),
                    "app-id", FakeWeChat.APP_ID, "app-secret", FakeWeChat.APP_SECRET, "poll-interval", "10ms")), clock);
            assertThat(again.publish(publication(itemId, 2, 2), journal).details()).containsEntry("stale", "true");
            assertThat(wx.submits()).isEqualTo(2);
        }
    }

    private static Publication publication(String itemId, int version, long sequence) {
        return new Publication(itemId, version, "zwgk-wechat-long-id-v" + version,
                "01432281X/2024-00777", "凤城镇低保名单公示（第" + version + "版）", "正文第" + version + "版",
                DisclosureAttribute.PROACTIVE, "安溪县凤城镇人民政府", "", LocalDate.of(2024, 3, 28),
                Instant.parse("2024-04-01T02:00:00Z"), "有效", Map.of(),
                List.of(new Attachment("封面.png", "image/png", PNG)), sequence);
    }
}
