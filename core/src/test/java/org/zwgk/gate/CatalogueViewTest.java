package org.zwgk.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zwgk.calendar.WorkingCalendar;
import org.zwgk.catalogue.Catalogue;
import org.zwgk.catalogue.CatalogueLoader;
import org.zwgk.catalogue.Stage;
import org.zwgk.spi.channel.DisclosureAttribute;

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
