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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.gate.Disclosure;
import org.zwgk.spi.channel.Attachment;
import org.zwgk.testing.TestDatabase;

/** ZWGK-8013: personal data in what is public — item texts, text attachments, the site's own pages. */
class PersonalDataIndicatorTest {

    static final String ID = "350524196803120029";

    @TempDir
    Path site;

    @Test
    void unmaskedNumbersInPublishedItemsAndPagesAreFoundMaskedOnly() throws IOException {
        World w = new World(TestDatabase.H2);
        LocalDate day = LocalDate.of(2025, 3, 3);
        w.at(day).issue("leak", "DOC-003", "低保初审名单", "张某某 " + ID + " 电话 138-5900-1234");
        w.issue("ok", "DOC-003", "低保对象名单", "张某某 350524********0029 电话 138****1234");
        w.register(Disclosure.of("csv", World.BODY_CODE, "DOC-003", "补贴名单", "见附件", "测试镇人民政府", day, "s")
                .withAttachments(List.of(new Attachment("名单.csv", "text/csv",
                        ("姓名,身份证号\n李某," + "11010519491231002X" + "\n").getBytes(StandardCharsets.UTF_8)))))
                .publish("csv").dispatch();
        // withdrawn items are no longer public
        w.issue("gone", "DOC-003", "旧名单", "王某 " + "11010519491231002X");
        w.tx(g -> g.withdraw("gone", "含个人信息", "签发人")).dispatch();
        Files.writeString(site.resolve("guide.html"), "<html><body><p>联系人手机 13905951234</p>"
                + "<script>var x='13600001111';</script></body></html>", StandardCharsets.UTF_8);
        Files.createDirectories(site.resolve("items"));
        Files.writeString(site.resolve("items/x.html"), "<p>" + ID + "</p>", StandardCharsets.UTF_8);

        CheckReport r = w.run(day, site);
        List<Finding> found = of(r, Indicator.PERSONAL_DATA);
        assertThat(found).extracting(f -> f.evidence().itemId() + "|" + f.evidence().page() + "|" + f.evidence().value())
                .containsExactlyInAnyOrder("leak|null|350524********0029", "leak|null|138-****-1234",
                        "csv|null|110105********002X", "null|guide.html|139****1234");
        assertThat(found).allMatch(f -> f.severity() == Severity.VETO);
        String all = CheckJson.write(r) + CheckHtml.render(r, Locale.CHINA) + CheckHtml.render(r, Locale.ENGLISH);
        assertThat(all).doesNotContain(ID).doesNotContain("13859001234").doesNotContain("138-5900-1234")
                .doesNotContain("11010519491231002X").doesNotContain("13905951234");
        assertThat(found).filteredOn(f -> "csv".equals(f.evidence().itemId())).singleElement()
                .satisfies(f -> assertThat(f.message(Locale.CHINA)).contains("附件 名单.csv", "公民身份号码"));
    }

    @Test
    void aDetectorOfTheHostsOwnIsUsed() {
        World w = new World(TestDatabase.H2);
        w.at(LocalDate.of(2025, 3, 3)).issue("a", "DOC-003", "通知", "银行卡 6222021234567890123");
        CheckReport r = w.check(LocalDate.of(2025, 3, 3)).personalData(text -> text.contains("6222")
                ? List.of(new PersonalDataDetector.Match(Text.of("银行卡号", "bank card number"), "622202*********0123",
                text.indexOf("6222"))) : List.of()).build().run();
        assertThat(of(r, Indicator.PERSONAL_DATA)).singleElement()
                .satisfies(f -> assertThat(f.message(Locale.ENGLISH)).contains("bank card number 622202*********0123"));
    }
}
