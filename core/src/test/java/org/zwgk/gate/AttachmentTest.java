package org.zwgk.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.zwgk.classify.Classification;
import org.zwgk.classify.ExemptionGround;
import org.zwgk.lifecycle.EventLog;
import org.zwgk.lifecycle.LifecycleException;
import org.zwgk.publish.OutboxEntry;
import org.zwgk.spi.channel.Attachment;
import org.zwgk.spi.channel.DeliveryStatus;
import org.zwgk.spi.channel.Publication;
import org.zwgk.testing.TestDatabase;

/** Attachments (附件) and validity (有效性): registration checks, storage, delivery and tamper refusal. */
class AttachmentTest {

    static final java.time.LocalDate FORMED = GateTest.FORMED;
    org.zwgk.testing.MutableClock clock = org.zwgk.testing.MutableClock.beijing();
    org.zwgk.testing.RecordingAdapter website = new org.zwgk.testing.RecordingAdapter("website");
    org.zwgk.testing.RecordingAdapter wechat = new org.zwgk.testing.RecordingAdapter("wechat");

    Zwgk zwgk(DataSource ds) {
        // Screening off: these tests are about the files' journey, and core alone cannot read PDFs (zwgk-extract
        // does); screening of attachments is RecordProvesItselfTest's and the extract module's.
        return Zwgk.builder().dataSource(ds).catalogue(GateTest.CATALOGUE).channel(website).channel(wechat)
                .screening(false)
                .clock(clock).build();
    }

    static Disclosure disclosure(String id, String step) {
        return GateTest.disclosure(id, step);
    }

    static Classification proactive() {
        return GateTest.proactive();
    }

    static org.zwgk.classify.SecrecyReview passed() {
        return GateTest.passed();
    }

    static long count(DataSource ds, String table) throws Exception {
        return GateTest.count(ds, table);
    }

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    static final byte[] CSV = "序号,姓名,金额\n1,张某,1200\n".getBytes(StandardCharsets.UTF_8);

    static Attachment pdf(String name) {
        return new Attachment(name, "application/pdf", PDF);
    }

    static Disclosure withFiles(String id, Attachment... files) {
        return disclosure(id, "s").withAttachments(List.of(files));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void attachmentsAndValidityReachEveryChannel(TestDatabase db) throws Exception {
        DataSource ds = db.fresh();
        Zwgk zwgk = zwgk(ds);
        zwgk.inTransaction(g -> {
            g.register(withFiles("a", pdf("C:\\fakepath\\预算表.pdf"),
                    new Attachment("名单.csv", "text/csv; charset=UTF-8", CSV)).withValidity(Validity.REPEALED));
            g.register(disclosure("b", "s"));
            for (String id : List.of("a", "b")) {
                g.classify(id, proactive());
                g.review(id, passed());
                g.publish(id, "x");
            }
            return null;
        });
        assertThat(zwgk.dispatcher().build().drain()).isEqualTo(4);
        for (var channel : List.of(website, wechat)) {
            assertThat(channel.published()).hasSize(2);
            Publication a = channel.published().stream().filter(p -> p.itemId().equals("a")).findFirst().orElseThrow();
            assertThat(a.validity()).isEqualTo("废止");
            assertThat(a.attachments()).containsExactly(new Attachment("预算表.pdf", "application/pdf", PDF),
                    new Attachment("名单.csv", "text/csv", CSV));
            Publication b = channel.published().stream().filter(p -> p.itemId().equals("b")).findFirst().orElseThrow();
            assertThat(b.validity()).isEqualTo("有效");
            assertThat(b.attachments()).isEmpty();
        }
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT position, file_name, size_bytes, sha256, content FROM "
                     + "zwgk_attachment WHERE item_id = 'a' ORDER BY position")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(2)).isEqualTo("预算表.pdf");
            assertThat(rs.getLong(3)).isEqualTo(PDF.length);
            assertThat(rs.getString(4)).isEqualTo(sha256(PDF));
            assertThat(rs.getBytes(5)).isEqualTo(PDF);
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(4)).isEqualTo(sha256(CSV));
            assertThat(rs.next()).isFalse();
            c.setAutoCommit(false);
            // The digests are in the item's hash chain, so verifyLog covers them too.
            assertThat(EventLog.events(c, "a").get(0).details()).contains("validity=REPEALED")
                    .contains("预算表.pdf:sha256:" + sha256(PDF));
        }
        // The payload holds the manifest, not the bytes.
        assertThat(zwgk.outbox().forItem("a")).allSatisfy(e -> assertThat(e.status()).isEqualTo(DeliveryStatus.LIVE));
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT payload FROM zwgk_outbox WHERE item_id = 'a'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).contains(sha256(PDF)).doesNotContain("%PDF").doesNotContain("JVBER");
        }
        assertThat(zwgk.verifyLog().intact()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void refusedOrRolledBackRegistrationStoresNoFileAndTheTransactionGoesOn(TestDatabase db) throws Exception {
        DataSource ds = db.fresh();
        Zwgk zwgk = zwgk(ds);
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            zwgk.gate(c).register(withFiles("a", pdf("a.pdf")));
            c.rollback();
            assertThatThrownBy(() -> zwgk.gate(c).register(withFiles("b", pdf("x.pdf"),
                    new Attachment("x.exe", "application/x-msdownload", new byte[] {'M', 'Z'}))))
                    .isInstanceOf(GateException.class).hasMessageContaining("ZWGK-3209");
            zwgk.gate(c).register(withFiles("c", pdf("c.pdf")));
            c.commit();
        }
        assertThat(count(ds, "zwgk_item")).isEqualTo(1);
        assertThat(count(ds, "zwgk_attachment")).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void changedOrMissingAttachmentIsRefusedLikeATamperedItem(TestDatabase db) throws Exception {
        DataSource ds = db.fresh();
        Zwgk zwgk = zwgk(ds);
        zwgk.inTransaction(g -> {
            for (String id : List.of("changed", "deleted", "renamed", "intact")) {
                g.register(withFiles(id, pdf(id + ".pdf"), new Attachment("表.csv", "text/csv", CSV)));
                g.classify(id, proactive());
                g.review(id, passed());
                g.publish(id, "x");
            }
            return null;
        });
        try (Connection c = ds.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE zwgk_attachment SET content = ? WHERE item_id = 'changed' AND position = 2")) {
                ps.setBytes(1, "序号,姓名,金额\n1,李某,9999\n".getBytes(StandardCharsets.UTF_8));
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
            try (Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM zwgk_attachment WHERE item_id = 'deleted' AND position = 2");
                st.executeUpdate("UPDATE zwgk_attachment SET file_name = 'x.pdf' WHERE item_id = 'renamed' "
                        + "AND position = 1");
            }
        }
        zwgk.dispatcher().build().drain();
        assertThat(website.published()).extracting(Publication::itemId).containsExactly("intact");
        assertThat(wechat.published()).extracting(Publication::itemId).containsExactly("intact");
        for (String id : List.of("changed", "deleted", "renamed")) {
            List<OutboxEntry> entries = zwgk.outbox().forItem(id);
            assertThat(entries).hasSize(2).allSatisfy(e -> {
                assertThat(e.status()).isEqualTo(DeliveryStatus.QUARANTINED);
                assertThat(e.lastErrorCode()).isEqualTo("ZWGK-4013");
                assertThat(e.lastError()).contains("attachment");
            });
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void withheldItemsNeverShipTheirAttachments(TestDatabase db) throws Exception {
        DataSource ds = db.fresh();
        Zwgk zwgk = zwgk(ds);
        zwgk.inTransaction(g -> {
            g.register(withFiles("secret", pdf("内部.pdf")));
            g.classify("secret", Classification.withheld(Set.of(ExemptionGround.INTERNAL_AFFAIRS), "内部事务信息",
                    "拟稿人", "办公室", "签发人", FORMED));
            g.register(withFiles("later", pdf("后来.pdf")));
            g.classify("later", proactive());
            g.review("later", passed());
            g.publish("later", "x");
            return null;
        });
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            assertThatThrownBy(() -> zwgk.gate(c).publish("secret", "x")).isInstanceOf(LifecycleException.class);
            c.rollback();
            try (Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE zwgk_item SET attribute = 'ON_REQUEST' WHERE item_id = 'later'");
            }
            c.commit();
        }
        zwgk.dispatcher().build().drain();
        assertThat(website.published()).isEmpty();
        assertThat(wechat.published()).isEmpty();
    }

    @Test
    void registrationChecksEachAttachment() throws Exception {
        AttachmentPolicy small = new AttachmentPolicy(1000, 1500, 2, AttachmentPolicy.DEFAULT.mediaTypes());
        record Case(String code, List<Attachment> files) {
        }
        byte[] big = new byte[1001];
        System.arraycopy(PDF, 0, big, 0, 8);
        byte[] seventy = new byte[700];
        System.arraycopy(PDF, 0, seventy, 0, 8);
        byte[] ninety = new byte[900];
        System.arraycopy(PDF, 0, ninety, 0, 8);
        List<Case> cases = List.of(
                new Case("ZWGK-3208", List.of(pdf("../"))),
                new Case("ZWGK-3208", List.of(pdf(".htaccess"))),
                new Case("ZWGK-3208", List.of(pdf("a".repeat(201) + ".pdf"))),
                new Case("ZWGK-3209", List.of(new Attachment("a.zip", "application/zip", new byte[] {'P', 'K', 3, 4}))),
                new Case("ZWGK-3209", List.of(new Attachment("a.html", "text/html", "<b>".getBytes()))),
                new Case("ZWGK-3210", List.of(new Attachment("a.pdf", "application/pdf", new byte[0]))),
                new Case("ZWGK-3211", List.of(new Attachment("a.pdf", "application/pdf", big))),
                new Case("ZWGK-3212", List.of(pdf("1.pdf"), pdf("2.pdf"), pdf("3.pdf"))),
                new Case("ZWGK-3212", List.of(new Attachment("1.pdf", "application/pdf", seventy),
                        new Attachment("2.pdf", "application/pdf", ninety))),
                new Case("ZWGK-3213", List.of(new Attachment("a.pdf", "application/pdf", new byte[] {'M', 'Z', 0}))),
                new Case("ZWGK-3213", List.of(new Attachment("a.docx", AttachmentPolicy.DOCX, PDF))),
                new Case("ZWGK-3213", List.of(new Attachment("a.png", "image/png", PDF))),
                new Case("ZWGK-3213", List.of(new Attachment("a.csv", "text/csv", new byte[] {'a', 0, 'b'}))),
                new Case("ZWGK-3214", List.of(pdf("通知.pdf"), pdf("dir/通知.PDF"))));
        for (Case c : cases) {
            assertThatThrownBy(() -> AttachmentRules.check("item-1", c.files(), small)).as(c.toString())
                    .isInstanceOf(GateException.class).hasMessageContaining(c.code());
        }
        // Index and file name in the message: the host can tell which file to fix.
        assertThatThrownBy(() -> AttachmentRules.check("item-1", List.of(pdf("a.pdf"),
                new Attachment("b.pdf", "application/pdf", new byte[0])), small))
                .hasMessageContaining("attachments[1] b.pdf");
        // Accepted: the path is dropped, control and reserved characters replaced, MIME parameters removed.
        List<AttachmentRules.Checked> ok = AttachmentRules.check("item-1", List.of(
                new Attachment("/tmp/x/a\u0000b?.pdf.", "Application/PDF; name=x", PDF),
                new Attachment("扫描件.jpg", "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})),
                AttachmentPolicy.DEFAULT);
        assertThat(ok).extracting(AttachmentRules.Checked::fileName).containsExactly("a_b_.pdf", "扫描件.jpg");
        assertThat(ok).extracting(AttachmentRules.Checked::mediaType).containsExactly("application/pdf", "image/jpeg");
        assertThat(ok.get(0).sha256()).isEqualTo(sha256(PDF));
    }

    @Test
    void validityDefaultsToInForceAndOldConstructorsStillWork() {
        Disclosure d = new Disclosure("a", "b", null, "t", "c", "p", "", FORMED, false, List.of("website"), null, null);
        assertThat(d.validity()).isEqualTo(Validity.VALID);
        assertThat(d.attachments()).isEmpty();
        assertThat(d.withAttachments(List.of(pdf("a.pdf"))).withChannels(List.of("wechat")).attachments()).hasSize(1);
        assertThat(d.withValidity(Validity.EXPIRED).withAttachments(List.of()).validity()).isEqualTo(Validity.EXPIRED);
        assertThat(Validity.EXPIRED.label()).isEqualTo("失效");
    }

    static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }
}
