package org.zwgk.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zwgk.check.World.of;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.classify.Classification;
import org.zwgk.classify.ExemptionGround;
import org.zwgk.classify.PublicVersion;
import org.zwgk.classify.Redaction;
import org.zwgk.classify.SecrecyReview;
import org.zwgk.gate.Disclosure;
import org.zwgk.screen.Screener;
import org.zwgk.spi.channel.Attachment;
import org.zwgk.testing.TestDatabase;

/**
 * ZWGK-8013: personal data in what is public — item texts and attachments as published (the public version of a
 * 部分公开 item), the site's own pages — found by the personal-data screening (org.zwgk.screen), masked only.
 */
class PersonalDataIndicatorTest {

    static final String ID = "350524196803120029";
    static final String ID2 = "11010519491231002X";

    @TempDir
    Path site;

    @Test
    void unmaskedNumbersInPublishedItemsAndPagesAreFoundMaskedOnly() throws IOException {
        World w = new World(TestDatabase.H2, false);
        LocalDate day = LocalDate.of(2025, 3, 3);
        w.at(day).issue("leak", "DOC-003", "低保初审名单", "张某某 " + ID + " 电话 138-5900-1234");
        w.issue("ok", "DOC-003", "低保对象名单", "张某某 350524********0029 电话 138****1234");
        w.register(Disclosure.of("csv", World.BODY_CODE, "DOC-003", "补贴名单", "见附件", "测试镇人民政府", day, "s")
                .withAttachments(List.of(new Attachment("名单.csv", "text/csv",
                        ("姓名,身份证号\n李某," + ID2 + "\n").getBytes(StandardCharsets.UTF_8)))))
                .publish("csv").dispatch();
        // withdrawn items are no longer public
        w.issue("gone", "DOC-003", "旧名单", "王某 " + ID2);
        w.tx(g -> g.withdraw("gone", "含个人信息", "签发人")).dispatch();
        // 部分公开: the original holds the number, the public version masks it; only the public version left
        w.register("part", "DOC-003", "临时救助名单", "赵某 " + ID + " 救助金额 800 元");
        w.tx(g -> {
            g.classify("part", Classification.partial(Set.of(ExemptionGround.THIRD_PARTY_RIGHTS), "含个人隐私",
                    List.of(new Redaction("身份证号码中间8位", ExemptionGround.THIRD_PARTY_RIGHTS, "个人隐私")), "拟稿人",
                    "办公室", "签发人", day));
            g.publicVersion("part", PublicVersion.of("临时救助名单", "赵某 350524********0029 救助金额 800 元",
                    List.of(new Redaction("身份证号码中间8位", ExemptionGround.THIRD_PARTY_RIGHTS, "个人隐私",
                            org.zwgk.classify.RedactionCategory.PERSONAL_DATA, "正文第1段"))), "办公室");
            g.review("part", SecrecyReview.passed("保密员", "分管领导", day));
            g.publish("part", "签发人");
        }).dispatch();
        Files.writeString(site.resolve("guide.html"), "<html><body><p>联系人手机 13905951234</p></body></html>",
                StandardCharsets.UTF_8);
        Files.createDirectories(site.resolve("items"));
        Files.writeString(site.resolve("items/x.html"), "<p>" + ID + "</p>", StandardCharsets.UTF_8);

        CheckReport r = w.run(day, site);
        List<Finding> found = of(r, Indicator.PERSONAL_DATA);
        assertThat(found).extracting(f -> f.evidence().itemId() + "|" + f.evidence().page() + "|" + f.evidence().value())
                .containsExactlyInAnyOrder("leak|null|350524********0029", "leak|null|138****1234",
                        "csv|null|110105********002X", "null|guide.html|139****1234");
        assertThat(found).allMatch(f -> f.severity() == Severity.VETO);
        String all = CheckJson.write(r) + CheckHtml.render(r, Locale.CHINA) + CheckHtml.render(r, Locale.ENGLISH);
        assertThat(all).doesNotContain(ID).doesNotContain("138-5900-1234").doesNotContain(ID2)
                .doesNotContain("13905951234");
        assertThat(found).filteredOn(f -> "csv".equals(f.evidence().itemId())).singleElement()
                .satisfies(f -> assertThat(f.message(Locale.CHINA)).contains("附件 名单.csv", "公民身份号码"));
        assertThat(found).filteredOn(f -> "leak".equals(f.evidence().itemId())).first()
                .satisfies(f -> assertThat(f.message(Locale.CHINA)).contains("leak「低保初审名单」的正文"));
    }

    @Test
    void theHostsScreenerIsUsedWithItsSensitiveWords() {
        World w = new World(TestDatabase.H2);
        w.at(LocalDate.of(2025, 3, 3)).issue("a", "DOC-003", "通知", "本文件为内部资料，请勿外传。");
        assertThat(of(w.run(LocalDate.of(2025, 3, 3)), Indicator.PERSONAL_DATA)).isEmpty();
        CheckReport r = w.check(LocalDate.of(2025, 3, 3))
                .screener(Screener.builder().sensitiveWords(List.of("内部资料")).build()).build().run();
        assertThat(of(r, Indicator.PERSONAL_DATA)).singleElement()
                .satisfies(f -> assertThat(f.message(Locale.ENGLISH)).contains("sensitive word 内***"));
    }
}
