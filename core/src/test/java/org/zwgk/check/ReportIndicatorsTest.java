package org.zwgk.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zwgk.check.World.of;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.zwgk.gate.AnnualReportDisclosure;
import org.zwgk.gate.Disclosure;
import org.zwgk.gate.DisclosureColumn;
import org.zwgk.gate.GateException;
import org.zwgk.report.AnnualReport;
import org.zwgk.report.AnnualReports;
import org.zwgk.report.ProactiveDisclosureFigures;
import org.zwgk.report.ReviewLitigationFigures;
import org.zwgk.request.JdbcApplicationRepository;
import org.zwgk.spi.channel.Attachment;
import org.zwgk.spi.channel.Publication;
import org.zwgk.testing.TestDatabase;

/**
 * ZWGK-8014 (issued by 31 January) and 8015 (public by 31 March), and the annual report published through the gate
 * like any item (AnnualReportDisclosure, ZWGK-6140).
 */
class ReportIndicatorsTest {

    static final String BODY = "测试镇人民政府";

    @Test
    void notIssuedByTheEndOfJanuaryIssuedLateOrInTime() {
        World w = new World(TestDatabase.H2);
        w.at(LocalDate.of(2024, 3, 1)).issue("n-1", "DOC-003", "通知", "……");
        var repo = new JdbcApplicationRepository(w.ds);
        CheckReport jan31 = w.check(LocalDate.of(2025, 1, 31)).bodies(List.of(BODY)).build().run();
        assertThat(of(jan31, Indicator.REPORT_NOT_ISSUED)).isEmpty();
        CheckReport feb = w.check(LocalDate.of(2025, 2, 5)).bodies(List.of(BODY)).build().run();
        assertThat(of(feb, Indicator.REPORT_NOT_ISSUED)).singleElement().satisfies(f -> {
            assertThat(f.evidence().period()).isEqualTo("2024");
            assertThat(f.evidence().due()).isEqualTo(LocalDate.of(2025, 1, 31));
            assertThat(f.message(Locale.CHINA)).contains(BODY, "2024 年", "2025-01-31", "截至 2025-02-05 尚未发布");
        });
        repo.periodLocks().lock(BODY, 2024, LocalDate.of(2025, 2, 3));
        // The lock names the body: no --body needed. Issued after the deadline, so still a finding; before the
        // lock's day, not yet issued.
        assertThat(of(w.run(LocalDate.of(2025, 2, 5)), Indicator.REPORT_NOT_ISSUED)).singleElement()
                .satisfies(f -> assertThat(f.message(Locale.CHINA)).contains("实际于 2025-02-03 发布"));
        assertThat(of(w.run(LocalDate.of(2025, 2, 2)), Indicator.REPORT_NOT_ISSUED)).singleElement()
                .satisfies(f -> assertThat(f.message(Locale.CHINA)).contains("尚未发布"));
        // No year before zwgk's first record (2024) is asked for, and 2025 has not ended.
        assertThat(of(w.run(LocalDate.of(2025, 12, 31)), Indicator.REPORT_NOT_ISSUED))
                .extracting(f -> f.evidence().period()).containsOnly("2024");
    }

    @Test
    void issuedInTimeIsNotReported() {
        World w = new World(TestDatabase.H2);
        w.at(LocalDate.of(2024, 3, 1)).issue("n-1", "DOC-003", "通知", "……");
        new JdbcApplicationRepository(w.ds).periodLocks().lock(BODY, 2024, LocalDate.of(2025, 1, 20));
        assertThat(of(w.run(LocalDate.of(2025, 3, 1)), Indicator.REPORT_NOT_ISSUED)).isEmpty();
    }

    @Test
    void publicByTheEndOfMarchThroughTheGateUnderTheAnnualReportColumn() {
        World w = new World(TestDatabase.H2);
        w.at(LocalDate.of(2024, 3, 1)).issue("n-1", "DOC-003", "通知", "……");
        new JdbcApplicationRepository(w.ds).periodLocks().lock(BODY, 2024, LocalDate.of(2025, 1, 20));
        AnnualReport report = report(2024);
        assertThat(of(w.run(LocalDate.of(2025, 4, 2)), Indicator.REPORT_NOT_PUBLISHED)).singleElement()
                .satisfies(f -> assertThat(f.message(Locale.CHINA)).contains("2025-03-31", "尚未公开"));

        w.at(LocalDate.of(2025, 1, 20)).register(AnnualReportDisclosure.of(report, "ar-2024", World.BODY_CODE,
                LocalDate.of(2025, 1, 20), List.of("website"), "report-step"));
        w.at(LocalDate.of(2025, 4, 1)).publish("ar-2024").dispatch();
        Publication p = w.website.published().stream().filter(x -> x.itemId().equals("ar-2024")).findFirst()
                .orElseThrow();
        assertThat(p.catalogue()).containsEntry(Publication.COLUMN, Publication.COLUMN_ANNUAL_REPORT);
        assertThat(p.title()).isEqualTo(BODY + "2024年政府信息公开工作年度报告");
        assertThat(p.attachments()).extracting(Attachment::fileName)
                .containsExactly("annual-report-2024.html", "annual-report-2024.json");
        assertThat(new String(p.attachments().get(0).content(), StandardCharsets.UTF_8))
                .contains("<h1>" + BODY + "2024年政府信息公开工作年度报告</h1>");

        assertThat(of(w.run(LocalDate.of(2025, 4, 2)), Indicator.REPORT_NOT_PUBLISHED)).singleElement()
                .satisfies(f -> assertThat(f.message(Locale.CHINA)).contains("实际于 2025-04-01 公开"));
        assertThat(of(w.run(LocalDate.of(2025, 3, 31)), Indicator.REPORT_NOT_PUBLISHED)).as("not yet due").isEmpty();
        // the column's own item is not a statutory catalogue item: no other indicator counts it as one
        assertThat(w.website.published()).filteredOn(x -> x.itemId().equals("n-1")).singleElement()
                .satisfies(x -> assertThat(x.catalogue()).doesNotContainKey(Publication.COLUMN));
    }

    @Test
    void publishedInTimeIsNotReported() {
        World w = new World(TestDatabase.H2);
        w.at(LocalDate.of(2024, 3, 1)).issue("n-1", "DOC-003", "通知", "……");
        new JdbcApplicationRepository(w.ds).periodLocks().lock(BODY, 2024, LocalDate.of(2025, 1, 20));
        w.at(LocalDate.of(2025, 1, 20)).register(AnnualReportDisclosure.of(report(2024), "ar-2024", World.BODY_CODE,
                LocalDate.of(2025, 1, 20), List.of("website"), "report-step")).publish("ar-2024").dispatch();
        CheckReport r = w.run(LocalDate.of(2025, 6, 1));
        assertThat(of(r, Indicator.REPORT_NOT_PUBLISHED)).isEmpty();
        assertThat(of(r, Indicator.REPORT_NOT_ISSUED)).isEmpty();
    }

    @Test
    void theGateRefusesAnAnnualReportWhosePageIsNotRenderedFromItsData() {
        World w = new World(TestDatabase.H2);
        AnnualReport report = report(2024);
        Disclosure good = AnnualReportDisclosure.of(report, "ar", World.BODY_CODE, LocalDate.of(2025, 1, 20),
                List.of("website"), "s");
        assertThat(good.column()).isEqualTo(DisclosureColumn.ANNUAL_REPORT);
        List<Attachment> forged = new ArrayList<>(good.attachments());
        forged.set(0, new Attachment("annual-report-2024.html", "text/html",
                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> w.register(good.withAttachments(forged))).isInstanceOf(GateException.class)
                .hasMessageContaining("ZWGK-6140").hasMessageContaining("报告网页不是由报告数据生成的页面");
        assertThatThrownBy(() -> w.register(good.withAttachments(List.of(good.attachments().get(1)))))
                .hasMessageContaining("ZWGK-6140");
        assertThatThrownBy(() -> w.register(new Disclosure("ar", World.BODY_CODE, null, "别的标题", "x", BODY, "",
                LocalDate.of(2025, 1, 20), false, List.of("website"), "s", null, null, good.attachments(), null,
                DisclosureColumn.ANNUAL_REPORT))).hasMessageContaining("ZWGK-6140");
        // HTML stays refused for every other item
        assertThatThrownBy(() -> w.register(Disclosure.of("x", World.BODY_CODE, "DOC-003", "t", "b", BODY,
                LocalDate.of(2025, 1, 20), "s").withAttachments(List.of(good.attachments().get(0)))))
                .hasMessageContaining("ZWGK-3209");
        w.register(good); // the real one is accepted
    }

    static AnnualReport report(int year) {
        return AnnualReports.compute(new AnnualReports.Input(BODY, year, List.of(), ProactiveDisclosureFigures.NONE,
                ReviewLitigationFigures.NONE, null), Clock.fixed(LocalDate.of(year + 1, 1, 15)
                .atStartOfDay(World.ZONE).toInstant(), World.ZONE));
    }
}
