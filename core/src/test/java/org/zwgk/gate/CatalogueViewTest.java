package org.zwgk.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zwgk.calendar.WorkingCalendar;
import org.zwgk.catalogue.Catalogue;
import org.zwgk.catalogue.CatalogueLoader;
import org.zwgk.catalogue.Stage;
import org.zwgk.classify.Classification;
import org.zwgk.classify.SecrecyReview;
import org.zwgk.spi.channel.DisclosureAttribute;
import org.zwgk.spi.channel.Publication;
import org.zwgk.testing.MutableClock;
import org.zwgk.testing.RecordingAdapter;
import org.zwgk.testing.TestDatabase;

/** A loaded catalogue through the gate's view, and due dates from the official calendar. */
class CatalogueViewTest {

    @Test
    void catalogueItemsBecomeGateEntries() {
        Catalogue cat = CatalogueLoader.load(Path.of("src/test/resources/catalogue/valid/minimal.yaml"));
        CatalogueView view = CatalogueView.of(cat);
        CatalogueEntry first = view.item("SA-001").orElseThrow();
        assertThat(first.channels()).containsExactly("website");
        assertThat(first.method()).isEqualTo(DisclosureAttribute.PROACTIVE);
        assertThat(first.stage()).isEqualTo(Stage.EXECUTION);
        assertThat(first.timeLimit()).isEqualTo("制定或获取信息之日起10个工作日内");
        // 同上 resolves to the previous item's phrase.
        assertThat(view.item("SA-002").orElseThrow().timeLimit()).isEqualTo(first.timeLimit());
        assertThat(view.itemsForStage(Stage.RESULT)).extracting(CatalogueEntry::id).contains("SA-002");
        DueDate d = DueDateCalculator.official(WorkingCalendar.national()).compute(LocalDate.of(2024, 9, 27),
                first.timeLimit());
        assertThat(d.due()).isEqualTo(LocalDate.of(2024, 10, 16)); // 09-29 and 10-12 worked, 10-01..07 off
    }

    /** Channels file a publication under its domain: the gate carries the item's placement to every channel. */
    @Test
    void publicationsCarryCatalogueDomainAndPath() throws Exception {
        Catalogue cat = CatalogueLoader.load(Path.of("src/test/resources/catalogue/valid/minimal.yaml"));
        assertThat(CatalogueView.of(cat).item("SA-002").orElseThrow().placement())
                .isEqualTo(new CatalogueEntry.Placement("minimal-town", "示例镇政务公开事项标准目录", "social-assistance",
                        "社会救助", List.of("最低生活保障", "低保初审对象名单")));
        RecordingAdapter website = new RecordingAdapter("website");
        MutableClock clock = MutableClock.beijing();
        Zwgk zwgk = Zwgk.builder().dataSource(TestDatabase.H2.fresh()).catalogue(CatalogueView.of(cat))
                .channel(website).clock(clock).build();
        LocalDate formed = LocalDate.of(2024, 9, 27);
        zwgk.inTransaction(g -> {
            g.register(Disclosure.of("doc-1", "01432281X", "SA-002", "低保初审对象名单", "正文", "示例镇人民政府", formed,
                    "step-1"));
            g.classify("doc-1", Classification.proactive("拟稿人", "办公室", "签发人", formed));
            g.review("doc-1", SecrecyReview.passed("审查人", "分管领导", formed));
            return g.publish("doc-1", "签发人");
        });
        zwgk.dispatcher().build().drain();
        assertThat(website.published()).singleElement().satisfies(p -> assertThat(p.catalogue())
                .containsEntry(Publication.CATALOGUE_ID, "minimal-town")
                .containsEntry(Publication.CATALOGUE_TITLE, "示例镇政务公开事项标准目录")
                .containsEntry(Publication.DOMAIN_CODE, "social-assistance")
                .containsEntry(Publication.DOMAIN_NAME, "社会救助")
                .containsEntry(Publication.ITEM_ID, "SA-002")
                .containsEntry(Publication.PATH, "最低生活保障 / 低保初审对象名单")
                .containsEntry(Publication.STAGE, "结果"));
    }

    @Test
    void article26ExampleFromTheReference() {
        DueDateCalculator calc = DueDateCalculator.official(WorkingCalendar.national());
        DueDate d = calc.compute(LocalDate.of(2024, 9, 27), DueDateCalculator.DEFAULT_PUBLICATION_RULE);
        assertThat(d.due()).isEqualTo(LocalDate.of(2024, 10, 30));
        assertThat(d.provisional()).isFalse();
        DueDate timely = calc.compute(LocalDate.of(2024, 9, 27), "及时公开");
        assertThat(timely.due()).isEqualTo(LocalDate.of(2024, 10, 30));
        assertThat(timely.rule()).contains("第二十六条");
    }
}
