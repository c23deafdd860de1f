package org.zwgk.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zwgk.check.World.of;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.zwgk.spi.channel.ChannelErrorKind;
import org.zwgk.spi.channel.ChannelException;
import org.zwgk.testing.TestDatabase;

/**
 * ZWGK-8018 (channels out of step) and 8019 (withdrawal not everywhere). DOC-001 items go to the website and WeChat.
 */
class ChannelIndicatorsTest {

    static final LocalDate DAY = LocalDate.of(2025, 3, 3);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void liveOnOneChannelNotOnTheOtherAfterTheGracePeriod(TestDatabase db) {
        World w = new World(db);
        w.wechat.failNextFor("d-1", new ChannelException(ChannelErrorKind.PERMANENT, "errcode 53503 审核未通过"));
        w.at(DAY).issue("d-1", "DOC-001", "规范性文件", "……");
        w.issue("d-2", "DOC-001", "另一份规范性文件", "……");
        assertThat(of(w.run(DAY), Indicator.CHANNELS_OUT_OF_STEP)).as("still within 24 h? no: quarantined is final")
                .singleElement().satisfies(f -> {
                    assertThat(f.evidence().itemId()).isEqualTo("d-1");
                    assertThat(f.evidence().channel()).isEqualTo("wechat");
                    assertThat(f.message(Locale.CHINA)).contains("已在 website 公开（第 1 版）", "渠道 wechat 上已隔离",
                            "53503");
                });
        // a correction reaches the website only: WeChat still shows version 1
        w.at(DAY.plusDays(1)).tx(g -> g.publish("d-2", "签发人"));
        w.wechat.failNextFor("d-2", new ChannelException(ChannelErrorKind.TRANSIENT, "errcode -1 系统繁忙"));
        w.dispatch();
        assertThat(of(w.run(DAY.plusDays(1)), Indicator.CHANNELS_OUT_OF_STEP)).as("a failed retry within the grace")
                .extracting(f -> f.evidence().itemId()).containsExactly("d-1");
        w.at(DAY.plusDays(3));
        assertThat(of(w.run(DAY.plusDays(3)), Indicator.CHANNELS_OUT_OF_STEP)).extracting(f -> f.evidence().itemId())
                .containsExactly("d-1", "d-2");
        CheckReport lenient = w.check(DAY.plusDays(3)).settings(CheckSettings.DEFAULTS.withChannelGrace(
                Duration.ofDays(7))).build().run();
        assertThat(of(lenient, Indicator.CHANNELS_OUT_OF_STEP)).extracting(f -> f.evidence().itemId())
                .containsExactly("d-1");
    }

    @Test
    void inStepWhenEveryChannelHasTheCurrentVersion() {
        World w = new World(TestDatabase.H2);
        w.at(DAY).issue("d-1", "DOC-001", "规范性文件", "……");
        w.at(DAY.plusDays(1)).tx(g -> g.publish("d-1", "签发人")).dispatch();
        assertThat(of(w.run(DAY.plusDays(5)), Indicator.CHANNELS_OUT_OF_STEP)).isEmpty();
        assertThat(w.wechat.published()).hasSize(2);
    }

    @Test
    void aWithdrawalThatDidNotReachEveryChannel() {
        World w = new World(TestDatabase.H2);
        w.at(DAY).issue("d-1", "DOC-001", "规范性文件", "……");
        w.issue("d-2", "DOC-001", "规范性文件二", "……");
        w.wechat.failNextFor("d-1", new ChannelException(ChannelErrorKind.PERMANENT, "errcode 40007"));
        w.at(DAY.plusDays(10)).tx(g -> {
            g.withdraw("d-1", "已废止", "签发人");
            g.withdraw("d-2", "已废止", "签发人");
        }).dispatch();
        CheckReport r = w.run(DAY.plusDays(10));
        assertThat(of(r, Indicator.WITHDRAWAL_INCOMPLETE)).singleElement().satisfies(f -> {
            assertThat(f.evidence().itemId()).isEqualTo("d-1");
            assertThat(f.evidence().channel()).isEqualTo("wechat");
            assertThat(f.evidence().date()).isEqualTo(DAY.plusDays(10));
            assertThat(f.message(Locale.ENGLISH)).contains("withdrawn on 2025-03-13", "channel wechat", "quarantined");
        });
        assertThat(of(r, Indicator.CHANNELS_OUT_OF_STEP)).isEmpty();
    }
}
