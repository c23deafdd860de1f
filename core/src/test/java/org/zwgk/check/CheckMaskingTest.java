package org.zwgk.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.zwgk.check.World.of;

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
import org.zwgk.classify.RedactionCategory;
import org.zwgk.classify.SecrecyReview;
import org.zwgk.screen.ScreeningException;
import org.zwgk.testing.TestDatabase;

/**
 * The report is shared: what the public was not shown never comes back through it. Found by a review: titles were
 * printed unmasked and as originally registered, and a value a reviewer accepted at publication became a veto again
 * on every index page that repeats the item's first lines.
 */
class CheckMaskingTest {

    static final String ID = "350524196803120029";
    static final LocalDate DAY = LocalDate.of(2025, 3, 3);

    @TempDir
    Path site;

    @Test
    void aValueAcceptedAtPublicationIsNotReportedOnTheIndexPagesThatRepeatIt() throws Exception {
        World w = new World(TestDatabase.H2); // the gate's screening on
        w.at(DAY).register("a", "DOC-003", "办事指南", "咨询电话 13905951234，工作日办公。");
        w.tx(g -> {
            g.classify("a", Classification.proactive("拟稿人", "办公室", "签发人", DAY));
            g.review("a", SecrecyReview.passed("保密员", "分管领导", DAY));
        });
        ScreeningException stopped = (ScreeningException) catchThrowable(() -> w.tx(g -> g.publish("a", "签发人")));
        assertThat(stopped.findings()).hasSize(1);
        w.tx(g -> {
            g.acceptFinding("a", stopped.findings().get(0).fingerprint(), "审查人", "单位公开的咨询电话");
            g.publish("a", "签发人");
        }).dispatch();
        // the index repeats the title and first lines; the guide holds a number no item has
        Files.writeString(site.resolve("catalogue.html"), "<html><body><ul><li>办事指南 咨询电话 13905951234，工作日办公。"
                + "</li></ul></body></html>", StandardCharsets.UTF_8);
        Files.writeString(site.resolve("index.html"), "<html><body><a href=\"catalogue.html\">办事指南</a> 咨询电话 "
                + "13905951234</body></html>", StandardCharsets.UTF_8);
        Files.writeString(site.resolve("guide.html"), "<html><body>联系人手机 13800138000</body></html>",
                StandardCharsets.UTF_8);

        List<Finding> found = of(w.run(DAY, site), Indicator.PERSONAL_DATA);
        assertThat(found).extracting(f -> f.evidence().page() + "|" + f.evidence().value())
                .containsExactly("guide.html|138****8000");
    }

    @Test
    void titlesArePrintedMasked() {
        World w = new World(TestDatabase.H2, false); // published unscreened: the check must still mask
        w.at(DAY).issue("t", "DOC-003", "关于张某（" + ID + "）的公示", "正文");
        w.register("late", "DOC-003", "关于李某（" + ID + "）的处理决定", "正文"); // never published: overdue
        CheckReport r = w.run(LocalDate.of(2025, 6, 30));
        assertThat(of(r, Indicator.PERSONAL_DATA)).isNotEmpty();
        assertThat(of(r, Indicator.OBLIGATION_OVERDUE)).extracting(f -> f.evidence().itemId()).contains("late");
        String all = CheckJson.write(r) + CheckHtml.render(r, Locale.CHINA) + CheckHtml.render(r, Locale.ENGLISH);
        assertThat(all).contains("350524********0029").doesNotContain(ID);
    }

    /**
     * A public version is what leaves only while the item is 部分公开 (as at the gate): reclassified 主动公开 and
     * published, the original left, so the check names and screens the original.
     */
    @Test
    void aPublicVersionLeftBehindByAReclassificationIsNotWhatWasPublished() {
        World w = new World(TestDatabase.H2, false); // unscreened, so that the original's number is published
        w.at(DAY).register("r", "DOC-003", "低保对象公示", "李某 " + ID);
        w.tx(g -> {
            g.classify("r", Classification.partial(Set.of(ExemptionGround.THIRD_PARTY_RIGHTS), "含个人隐私",
                    List.of(new Redaction("身份证号码", ExemptionGround.THIRD_PARTY_RIGHTS, "个人隐私")), "拟稿人",
                    "办公室", "签发人", DAY));
            g.publicVersion("r", PublicVersion.of("低保对象公示（公开版）", "李某 350524********0029",
                    List.of(new Redaction("身份证号码", ExemptionGround.THIRD_PARTY_RIGHTS, "个人隐私",
                            RedactionCategory.PERSONAL_DATA, "正文"))), "办公室");
            g.classify("r", Classification.proactive("拟稿人", "办公室", "签发人", DAY));
            g.review("r", SecrecyReview.passed("保密员", "分管领导", DAY));
            g.publish("r", "签发人");
        });
        assertThat(of(w.run(DAY), Indicator.PERSONAL_DATA)).singleElement().satisfies(f -> {
            assertThat(f.evidence().title()).isEqualTo("低保对象公示");
            assertThat(f.evidence().value()).isEqualTo("350524********0029");
        });
    }

    @Test
    void aPartiallyDisclosedItemIsNamedByItsPublicTitle() {
        World w = new World(TestDatabase.H2);
        w.at(DAY).register("p", "DOC-003", "关于张三同志违纪问题的处理通报", "正文");
        w.tx(g -> {
            g.classify("p", Classification.partial(Set.of(ExemptionGround.THIRD_PARTY_RIGHTS), "含个人隐私",
                    List.of(new Redaction("当事人姓名", ExemptionGround.THIRD_PARTY_RIGHTS, "个人隐私")), "拟稿人",
                    "办公室", "签发人", DAY));
            g.publicVersion("p", PublicVersion.of("关于某同志违纪问题的处理通报", "正文（已删除当事人姓名）",
                    List.of(new Redaction("当事人姓名", ExemptionGround.THIRD_PARTY_RIGHTS, "个人隐私",
                            RedactionCategory.PERSONAL_DATA, "标题"))), "办公室");
            g.review("p", SecrecyReview.passed("保密员", "分管领导", DAY));
        }); // not published: overdue by June
        CheckReport r = w.run(LocalDate.of(2025, 6, 30));
        assertThat(of(r, Indicator.OBLIGATION_OVERDUE)).filteredOn(f -> "p".equals(f.evidence().itemId())).singleElement()
                .satisfies(f -> assertThat(f.evidence().title()).isEqualTo("关于某同志违纪问题的处理通报"));
        String all = CheckJson.write(r) + CheckHtml.render(r, Locale.CHINA) + CheckHtml.render(r, Locale.ENGLISH);
        assertThat(all).doesNotContain("张三");
    }
}
