package org.zwgk.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.zwgk.calendar.CalendarData;
import org.zwgk.calendar.WorkingCalendar;
import org.zwgk.catalogue.Stage;
import org.zwgk.classify.Classification;
import org.zwgk.classify.SecrecyReview;
import org.zwgk.lifecycle.EventLog;
import org.zwgk.lifecycle.LifecycleEvent;
import org.zwgk.gate.DeadlineMonitor;
import org.zwgk.spi.channel.DisclosureAttribute;
import org.zwgk.testing.MutableClock;
import org.zwgk.testing.RecordingAdapter;
import org.zwgk.testing.TestDatabase;

/**
 * Issue 3 item 4: "Provisional results can be recomputed once the year's data is added." Obligations due past the
 * bundled calendar (2026) are stored provisional; once a 2027 year file is added they are recomputed with its
 * holidays, recorded, and closed obligations stay as they were.
 */
class RecomputeProvisionalTest {

    /** A test notice for 2027 (not the real one), in the format of schemas/calendar.schema.json. */
    static final String YEAR_2027 = """
            year: 2027
            notice: {title: 测试用2027年安排（非真实通知）, url: "https://example.org/2027"}
            festivals:
              - name: 元旦
                rest: {from: 2027-01-01, to: 2027-01-03}
              - name: 春节
                rest: {from: 2027-02-06, to: 2027-02-12}
                work: [2027-02-20]
            """;

    static final CatalogueView CATALOGUE = CatalogueView.of(List.of(
            new CatalogueEntry("ys-01", "部门预算", "信息形成或者变更之日起20个工作日内", DisclosureAttribute.PROACTIVE,
                    Stage.DECISION, List.of("website")),
            new CatalogueEntry("ys-02", "值班安排", "公开事项发生之日起5个工作日内", DisclosureAttribute.PROACTIVE,
                    Stage.EXECUTION, List.of("website")),
            new CatalogueEntry("ys-03", "突发事件处置", "及时公开", DisclosureAttribute.PROACTIVE, Stage.EXECUTION,
                    List.of("website"))));

    static final LocalDate DEC_20 = LocalDate.of(2026, 12, 20);

    /** Late December 2026, when the 2027 notice has not appeared yet. */
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-21T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    final RecordingAdapter website = new RecordingAdapter("website");

    static Disclosure item(String id, LocalDate formed, String step) {
        return Disclosure.of(id, "01432281X", "ys-01", "2027年部门预算" + id, "正文", "某县财政局", formed, step);
    }

    static void classifyReviewPublish(Gate g, String id) {
        g.classify(id, Classification.proactive("拟稿人", "办公室", "签发人", DEC_20));
        g.review(id, SecrecyReview.passed("审查人", "分管领导", DEC_20));
        g.publish(id, "签发人");
    }

    static Map<String, Obligation> byKey(DataSource ds) throws Exception {
        try (Connection c = ds.getConnection()) {
            return new org.zwgk.store.internal.Persistence(org.zwgk.store.Dialect.of(c)).obligations().all(c)
                    .stream().collect(Collectors.toMap(Obligation::key, Function.identity()));
        }
    }

    static String keyOf(Map<String, Obligation> all, String itemOrCatalogueId) {
        return all.values().stream().filter(o -> itemOrCatalogueId.equals(o.itemId())
                        || o.itemId() == null && itemOrCatalogueId.equals(o.catalogueItemId()))
                .findFirst().orElseThrow().key();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void provisionalDueDatesAreRecomputedOnceTheYearIsAdded(TestDatabase db, @TempDir Path dir) throws Exception {
        DataSource ds = db.fresh();
        Zwgk zwgk = Zwgk.builder().dataSource(ds).catalogue(CATALOGUE).channel(website).clock(clock).build();
        zwgk.inTransaction(g -> {
            g.register(item("closed", DEC_20, "s-closed"));
            classifyReviewPublish(g, "closed");
            return null;
        });
        zwgk.dispatcher().build().drain(); // delivered: FULFILLED
        zwgk.inTransaction(g -> {
            g.register(item("late", DEC_20, "s-late"));               // OPEN
            g.register(item("queued", DEC_20, "s-queued"));
            classifyReviewPublish(g, "queued");                      // QUEUED, not yet delivered
            g.register(item("far", LocalDate.of(2027, 12, 20), "s-far")); // due in 2028
            g.enterStage("m1", Stage.EXECUTION, "s-m1", LocalDate.of(2027, 2, 3)); // 五公开, no item yet
            return null;
        });
        Map<String, Obligation> before = byKey(ds);
        String late = keyOf(before, "late");
        String queued = keyOf(before, "queued");
        String closed = keyOf(before, "closed");
        String far = keyOf(before, "far");
        String duty = keyOf(before, "ys-02");
        String timely = keyOf(before, "ys-03");
        assertThat(before.get(closed).status()).isEqualTo(ObligationStatus.FULFILLED);
        assertThat(before.get(queued).status()).isEqualTo(ObligationStatus.QUEUED);
        assertThat(before.values()).allSatisfy(o -> assertThat(o.provisional()).as(o.key()).isTrue());
        // Weekends only past 2026: 2027-01-01 (Friday) counted as a working day.
        assertThat(before.get(late).dueOn()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(before.get(duty).dueOn()).isEqualTo(LocalDate.of(2027, 2, 10));
        assertThat(before.get(timely).dueOn()).isEqualTo(LocalDate.of(2027, 3, 3));
        assertThat(before.get(timely).rule()).endsWith(DueDateCalculator.NO_FIXED_DATE_NOTE);
        assertThat(before.get(far).dueOn()).isEqualTo(LocalDate.of(2028, 1, 17));

        // The 2027 notice appears: the host adds the year file (here through the --calendar-data loader).
        Files.writeString(dir.resolve("2027.yaml"), YEAR_2027);
        WorkingCalendar with2027 = WorkingCalendar.builder()
                .base(CalendarData.builder().builtIn().directory(dir).build()).build();
        Zwgk updated = Zwgk.builder().dataSource(ds).catalogue(CATALOGUE).clock(clock)
                .dueDates(DueDateCalculator.official(with2027)).build();
        clock.advance(java.time.Duration.ofMinutes(5));
        DeadlineMonitor.Recomputation r = updated.recomputeProvisional();

        assertThat(r.examined()).as("open provisional obligations only").isEqualTo(5);
        assertThat(r.skipped()).isEmpty();
        Map<String, DeadlineMonitor.DueDateChange> changes = new java.util.HashMap<>();
        r.changed().forEach(ch -> changes.put(ch.before().key(), ch));
        assertThat(changes).containsOnlyKeys(late, queued, duty, timely, far);
        assertThat(changes.get(late).oldDue()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(changes.get(late).newDue()).as("元旦 2027-01-01 is now a holiday").isEqualTo(LocalDate.of(2027, 1, 18));
        assertThat(changes.get(late).provisional()).isFalse();
        assertThat(changes.get(far).provisional()).as("2028 is still beyond the data").isTrue();
        assertThat(r.stillProvisional()).isEqualTo(1);

        Map<String, Obligation> after = byKey(ds);
        for (String k : List.of(late, queued)) {
            assertThat(after.get(k).dueOn()).isEqualTo(LocalDate.of(2027, 1, 18));
            assertThat(after.get(k).provisional()).isFalse();
            assertThat(after.get(k).calendarVersion()).isEqualTo(with2027.version());
        }
        assertThat(after.get(queued).status()).isEqualTo(ObligationStatus.QUEUED);
        assertThat(after.get(duty).dueOn()).as("春节 2027-02-06..12").isEqualTo(LocalDate.of(2027, 2, 17));
        assertThat(after.get(timely).dueOn()).as("20 working days; 02-20 a 调休 Saturday")
                .isEqualTo(LocalDate.of(2027, 3, 9));
        assertThat(after.get(timely).rule()).isEqualTo(before.get(timely).rule());
        assertThat(after.get(far).dueOn()).isEqualTo(LocalDate.of(2028, 1, 17));
        assertThat(after.get(far).provisional()).isTrue();
        assertThat(after.get(far).calendarVersion()).isEqualTo(with2027.version());
        assertThat(after.get(closed)).as("a fulfilled obligation is history: untouched").isEqualTo(before.get(closed));

        // Recorded: every change in zwgk_obligation_change, and on the item's own hash chain where there is one.
        List<String> audit = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT obligation_key, old_due_on, new_due_on, old_provisional, "
                     + "new_provisional, changed_by FROM zwgk_obligation_change ORDER BY id")) {
            while (rs.next()) {
                audit.add(rs.getString(1) + " " + rs.getDate(2) + "->" + rs.getDate(3) + " " + rs.getBoolean(4) + "->"
                        + rs.getBoolean(5) + " " + rs.getString(6));
            }
        }
        assertThat(audit).hasSize(5).contains(duty + " 2027-02-10->2027-02-17 true->false zwgk:recompute-provisional",
                far + " 2028-01-17->2028-01-17 true->true zwgk:recompute-provisional");
        try (Connection c = ds.getConnection()) {
            LifecycleEvent e = EventLog.events(c, "late").get(EventLog.events(c, "late").size() - 1);
            assertThat(e.type()).isEqualTo("DUE_DATE_RECOMPUTED");
            assertThat(e.from()).isEqualTo(e.to());
            assertThat(e.details()).contains("due=2027-01-15->2027-01-18", "provisional=true->false");
            assertThat(EventLog.events(c, "closed")).extracting(LifecycleEvent::type)
                    .doesNotContain("DUE_DATE_RECOMPUTED");
        }
        assertThat(zwgk.verifyLog().intact()).isTrue();

        // Again with the same data: nothing changes, nothing is recorded.
        DeadlineMonitor.Recomputation again = updated.deadlines()
                .recomputeProvisional(DueDateCalculator.official(with2027), "运维");
        assertThat(again.examined()).isEqualTo(1);
        assertThat(again.changed()).isEmpty();
        assertThat(byKey(ds)).isEqualTo(after);
        // A strict calendar cannot compute 2028: that obligation is reported and left as it was.
        DeadlineMonitor.Recomputation strict = updated.deadlines()
                .recomputeProvisional(DueDateCalculator.official(with2027.strict(true)), "运维");
        assertThat(strict.changed()).isEmpty();
        assertThat(strict.skipped()).singleElement().satisfies(s -> {
            assertThat(s.obligation().key()).isEqualTo(far);
            assertThat(s.problem()).contains("ZWGK-2005");
            assertThat(s.problem(java.util.Locale.ENGLISH)).contains("ZWGK-2005").doesNotContainPattern("\\p{IsHan}{2}");
        });
        assertThat(byKey(ds)).isEqualTo(after);
        assertThat(GateTest.count(ds, "zwgk_obligation_change")).isEqualTo(5);
        assertThat(zwgk.verifyLog().intact()).isTrue();
    }
}
