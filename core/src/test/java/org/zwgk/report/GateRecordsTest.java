package org.zwgk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.zwgk.classify.Classification;
import org.zwgk.classify.ExemptionGround;
import org.zwgk.classify.Redaction;
import org.zwgk.classify.SecrecyReview;
import org.zwgk.gate.Disclosure;
import org.zwgk.gate.Gate;
import org.zwgk.gate.GateException;
import org.zwgk.gate.Zwgk;
import org.zwgk.report.DisclosedItem.Kind;
import org.zwgk.report.ProactiveDisclosureFigures.DocumentCounts;
import org.zwgk.spi.ZwgkException;
import org.zwgk.testing.MutableClock;
import org.zwgk.testing.RecordingAdapter;
import org.zwgk.testing.TestDatabase;

/** Section 二 read from the gate's records (items with a report kind and their event log), on H2 and PostgreSQL. */
class GateRecordsTest {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final String BODY = "003505240";

    final MutableClock clock = new MutableClock(Instant.parse("2023-01-03T02:00:00Z"), BEIJING);

    Zwgk zwgk(DataSource ds) {
        return Zwgk.builder().dataSource(ds).channel(new RecordingAdapter("website")).clock(clock).build();
    }

    /** Moves the clock forward to {@code iso} (an instant). */
    void at(String iso) {
        Instant target = Instant.parse(iso);
        assertThat(target).isAfterOrEqualTo(clock.instant());
        clock.advance(Duration.between(clock.instant(), target));
    }

    static Disclosure item(String id, String body, LocalDate formed, Kind kind) {
        return new Disclosure(id, body, null, "标题 " + id, "正文", "凤城镇人民政府", "", formed, false,
                List.of("website"), null, null).withReportKind(kind);
    }

    /** Registered, classified, reviewed and queued for publication in one committed transaction. */
    static void publish(Zwgk z, Disclosure d, Classification cl) {
        z.inTransaction(g -> {
            g.register(d);
            g.classify(d.itemId(), cl);
            if (cl.attribute() == org.zwgk.spi.channel.DisclosureAttribute.PARTIAL) {
                g.publicVersion(d.itemId(), org.zwgk.gate.PublicVersion.of(d.title(), "（当事人身份证号码已删除）",
                        List.of(new Redaction("身份证号码", ExemptionGround.THIRD_PARTY_RIGHTS, "个人隐私",
                                org.zwgk.classify.RedactionCategory.PERSONAL_DATA, "正文第1段"))), "拟稿人");
            }
            g.review(d.itemId(), SecrecyReview.passed("审查人", "分管领导", cl.decidedOn()));
            return g.publish(d.itemId(), "签发人");
        });
    }

    static void publish(Zwgk z, Disclosure d) {
        publish(z, d, Classification.proactive("拟稿人", "办公室", "签发人", d.formedOn()));
    }

    static void withdraw(Zwgk z, String id) {
        z.inTransaction(g -> g.withdraw(id, "已被新文件替代，予以废止", "签发人"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void countsWhatWasPublishedAndRepealsOnTheWithdrawalDay(TestDatabase db) throws Exception {
        DataSource ds = db.fresh();
        Zwgk z = zwgk(ds);
        LocalDate d2025 = LocalDate.of(2025, 3, 3);

        // Formed in earlier years, still in force at the end of 2025: counts in 现行有效 only.
        publish(z, item("n-2023", BODY, LocalDate.of(2023, 1, 2), Kind.NORMATIVE_DOCUMENT));
        at("2024-06-03T02:00:00Z");
        publish(z, item("n-2024-repealed-2025", BODY, LocalDate.of(2024, 6, 3), Kind.NORMATIVE_DOCUMENT));
        publish(z, item("n-2024-repealed-2024", BODY, LocalDate.of(2024, 6, 3), Kind.NORMATIVE_DOCUMENT));
        publish(z, item("n-2024-repealed-newyear", BODY, LocalDate.of(2024, 6, 3), Kind.NORMATIVE_DOCUMENT));
        publish(z, item("lic-2024", BODY, LocalDate.of(2024, 6, 3), Kind.LICENSING_DECISION));
        // 23:30 on 31 December in Beijing: repealed in 2024.
        at("2024-12-31T15:30:00Z");
        withdraw(z, "n-2024-repealed-2024");
        // 00:30 on 1 January in Beijing (still 31 December in UTC): repealed in 2025.
        at("2024-12-31T16:30:00Z");
        withdraw(z, "n-2024-repealed-newyear");

        at("2025-03-03T02:00:00Z");
        publish(z, item("n-2025", BODY, d2025, Kind.NORMATIVE_DOCUMENT));
        publish(z, item("n-2025-repealed-2026", BODY, d2025, Kind.NORMATIVE_DOCUMENT));
        publish(z, item("rule-2025", BODY, d2025, Kind.RULE));
        publish(z, item("lic-2025-a", BODY, d2025, Kind.LICENSING_DECISION));
        publish(z, item("lic-2025-withdrawn", BODY, d2025, Kind.LICENSING_DECISION));
        publish(z, item("pen-2025-partial", BODY, d2025, Kind.PENALTY_DECISION),
                Classification.partial(Set.of(ExemptionGround.THIRD_PARTY_RIGHTS), "当事人身份证号码属个人隐私",
                        List.of(new Redaction("身份证号码", ExemptionGround.THIRD_PARTY_RIGHTS, "个人隐私")),
                        "拟稿人", "办公室", "签发人", d2025));
        publish(z, item("coe-2025", BODY, d2025, Kind.COERCION_DECISION));

        // Never proactively disclosed: withheld, on request, not yet reviewed, rolled back.
        z.inTransaction(g -> {
            g.register(item("n-2025-withheld", BODY, d2025, Kind.NORMATIVE_DOCUMENT));
            g.classify("n-2025-withheld", Classification.withheld(Set.of(ExemptionGround.STATE_SECRET),
                    "涉及国家秘密", "拟稿人", "办公室", "签发人", d2025));
            g.register(item("lic-2025-on-request", BODY, d2025, Kind.LICENSING_DECISION));
            g.classify("lic-2025-on-request", Classification.onRequest("申请人家庭经济状况，依申请公开",
                    "拟稿人", "办公室", "签发人", d2025));
            g.register(item("pen-2025-unreviewed", BODY, d2025, Kind.PENALTY_DECISION));
            g.classify("pen-2025-unreviewed", Classification.proactive("拟稿人", "办公室", "签发人", d2025));
            return null;
        });
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            Gate g = z.gate(c);
            Disclosure d = item("n-2025-rolled-back", BODY, d2025, Kind.NORMATIVE_DOCUMENT);
            g.register(d);
            g.classify(d.itemId(), Classification.proactive("拟稿人", "办公室", "签发人", d2025));
            g.review(d.itemId(), SecrecyReview.passed("审查人", "分管领导", d2025));
            g.publish(d.itemId(), "签发人");
            // Visible inside the transaction, gone after the rollback.
            assertThat(GateRecords.disclosedItems(c, BODY, 2025, BEIJING)).hasSize(11);
            c.rollback();
        }
        // Not this body's, no report kind, or formed after the year: not in its section 二.
        publish(z, item("other-body", "999999999", d2025, Kind.NORMATIVE_DOCUMENT));
        publish(z, item("no-kind", BODY, d2025, null));

        at("2025-10-15T02:00:00Z");
        withdraw(z, "n-2024-repealed-2025");
        withdraw(z, "lic-2025-withdrawn"); // a decision stays taken: it still counts in 2025

        at("2026-01-12T02:00:00Z");
        withdraw(z, "n-2025-repealed-2026");
        publish(z, item("n-2026", BODY, LocalDate.of(2026, 1, 12), Kind.NORMATIVE_DOCUMENT));

        List<DisclosedItem> items = GateRecords.disclosedItems(ds, BODY, 2025, BEIJING);
        ProactiveDisclosureFigures f = ProactiveDisclosureFigures.countFrom(2025, items);
        assertThat(f.rules()).isEqualTo(new DocumentCounts(1, 0, 1));
        // 制发: n-2025, n-2025-repealed-2026; 废止: n-2024-repealed-2025, n-2024-repealed-newyear;
        // 现行有效: n-2023, n-2025, n-2025-repealed-2026.
        assertThat(f.normativeDocuments()).isEqualTo(new DocumentCounts(2, 2, 3));
        assertThat(f.licensingDecisions()).isEqualTo(2);
        assertThat(f.penaltyDecisions()).isEqualTo(1);
        assertThat(f.coercionDecisions()).isEqualTo(1);
        assertThat(f.feesTenThousandYuan()).isZero();
        // Items that cannot touch 2025 are left out (n-2024-repealed-2024, lic-2024, n-2026).
        assertThat(items).hasSize(10);

        // The previous year from the same records.
        ProactiveDisclosureFigures f2024 = ProactiveDisclosureFigures.countFrom(2024,
                GateRecords.disclosedItems(ds, BODY, 2024, BEIJING));
        assertThat(f2024.normativeDocuments()).isEqualTo(new DocumentCounts(3, 1, 3));
        assertThat(f2024.licensingDecisions()).isEqualTo(1);
        assertThat(f2024.rules()).isEqualTo(new DocumentCounts(0, 0, 0));

        // The host adds the fee amount from its finance records.
        List<DisclosedItem> merged = new ArrayList<>(items);
        merged.add(DisclosedItem.fee(LocalDate.of(2025, 12, 31), new BigDecimal("12.50")));
        assertThat(ProactiveDisclosureFigures.countFrom(2025, merged).feesTenThousandYuan())
                .isEqualByComparingTo("12.50");

        // The kind is stored on the item and covered by the tamper-evident log.
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT details FROM zwgk_event WHERE item_id = 'rule-2025' AND event_type = 'REGISTERED'");
             ResultSet rs = ps.executeQuery()) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).contains("reportKind=RULE");
        }
        assertThat(z.verifyLog().intact()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aDocumentWithdrawnBeforeItsFormationDateIsReportedNotMiscounted(TestDatabase db) {
        DataSource ds = db.fresh();
        Zwgk z = zwgk(ds);
        at("2025-12-01T02:00:00Z");
        // The host registered a 成文日期 in the future by mistake (decided and reviewed today), then withdrew it.
        publish(z, item("n-bad-date", BODY, LocalDate.of(2026, 3, 2), Kind.NORMATIVE_DOCUMENT),
                Classification.proactive("拟稿人", "办公室", "签发人", LocalDate.of(2025, 12, 1)));
        at("2025-12-15T02:00:00Z");
        withdraw(z, "n-bad-date");
        assertThat(GateRecords.disclosedItems(ds, BODY, 2025, BEIJING)).isEmpty();
        assertThatThrownBy(() -> GateRecords.disclosedItems(ds, BODY, 2026, BEIJING))
                .isInstanceOf(ZwgkException.class).hasMessageContaining("ZWGK-6108").hasMessageContaining("n-bad-date");
    }

    @Test
    void aFeeIsNotAPieceOfInformation() {
        assertThatThrownBy(() -> item("fee", BODY, LocalDate.of(2025, 1, 2), Kind.FEE_COLLECTION))
                .isInstanceOf(GateException.class).hasMessageContaining("ZWGK-3215").hasMessageContaining("fee");
        Disclosure d = item("n", BODY, LocalDate.of(2025, 1, 2), Kind.RULE);
        assertThat(d.reportKind()).isEqualTo(Kind.RULE);
        // The copies keep the kind.
        assertThat(d.withValidity(org.zwgk.gate.Validity.VALID).withAttachments(List.of()).reportKind())
                .isEqualTo(Kind.RULE);
        assertThat(d.withReportKind(null).reportKind()).isNull();
    }
}
