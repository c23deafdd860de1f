package org.zwgk.adapter.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.zwgk.adapter.archive.internal.EepWriter;
import org.zwgk.adapter.archive.internal.SafeXml;
import org.zwgk.adapter.testkit.InMemoryDeliveryJournal;
import org.zwgk.adapter.testkit.Samples;
import org.zwgk.spi.channel.Attachment;
import org.zwgk.spi.channel.ChannelCapability;
import org.zwgk.spi.channel.ChannelConfig;
import org.zwgk.spi.channel.ChannelErrorKind;
import org.zwgk.spi.channel.ChannelException;
import org.zwgk.spi.channel.DeliveryStatus;
import org.zwgk.spi.channel.Publication;
import org.zwgk.spi.channel.Receipt;

class ArchiveAdapterTest {

    @TempDir
    Path dir;

    /** A clock the test can move. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(String date) {
            set(date);
        }

        void set(String date) {
            now = LocalDate.parse(date).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final InMemoryDeliveryJournal journal = new InMemoryDeliveryJournal();
    private final MovableClock clock = new MovableClock("2024-04-01");

    private ArchiveAdapter adapter() {
        return (ArchiveAdapter) new ArchiveChannelProvider().create(
                ChannelConfig.of(Map.of("out", dir.toString(), "receivers", "安溪县档案馆,安溪县图书馆")), clock);
    }

    @Test
    void sm3TestVector() {
        assertThat(Sm3.hex("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
        assertThat(Sm3.hex(new byte[0])).isEqualTo("1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b");
    }

    @ParameterizedTest(name = "day {0} of {1} → {2}")
    @CsvSource({
        "5, 2024-06, 2024-06-05",   // an ordinary Wednesday
        "5, 2024-04, 2024-04-07",   // 清明 rest days 4–6, then the 调休 Sunday 4-07 is a working day
        "5, 2024-05, 2024-05-06",   // 劳动节 to 5-05
        "5, 2024-10, 2024-10-08",   // 国庆 1–7
        "20, 2024-04, 2024-04-22",  // Saturday → Monday
        "20, 2024-02, 2024-02-20",
        "5, 2024-02, 2024-02-05"})
    void handoverDayMovesToTheNextWorkingDay(int day, String month, String expected) {
        assertThat(adapter().schedule().effective(java.time.YearMonth.parse(month), day))
                .isEqualTo(LocalDate.parse(expected));
    }

    @Test
    void packageFollowsDaT48WithEmbeddedFilesAndSm3() throws Exception {
        Publication p = Samples.withAttachments(Samples.publication("p1"), List.of(
                new Attachment("../../etc/passwd", "text/plain", "名单".getBytes(StandardCharsets.UTF_8))));
        var r = adapter().publish(p, journal);
        Path pkg = dir.resolve("pending").resolve(r.remoteId());
        assertThat(r.remoteId()).isEqualTo(p.indexNumber().replace('/', '-') + "-v1.eep.xml");
        assertThat(r.details()).containsEntry("sm3", Sm3.hex(pkg)).containsEntry("nextHandover", "2024-04-07");
        assertThat(journal.load(p.idempotencyKey())).containsEntry("archive.package", r.remoteId());
        Document doc = SafeXml.parse(Files.readAllBytes(pkg));
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("电子文件封装包");
        assertThat(root.getNamespaceURI()).isEqualTo(EepWriter.NS);
        assertThat(text(doc, "版本")).isEqualTo("2009");
        assertThat(text(doc, "封装包类型")).isEqualTo("原始型");
        assertThat(text(doc, "题名")).isEqualTo(p.title());
        assertThat(text(doc, "责任者")).isEqualTo(p.publisher());
        assertThat(text(doc, "文件编号")).isEqualTo(p.documentNumber());
        assertThat(text(doc, "年度")).isEqualTo("2024");
        assertThat(text(doc, "附注")).contains(p.indexNumber(), "主动公开");
        var data = doc.getElementsByTagNameNS(EepWriter.NS, "编码数据");
        var names = doc.getElementsByTagNameNS(EepWriter.NS, "计算机文件名");
        var fixity = doc.getElementsByTagNameNS(EepWriter.FIXITY_NS, "固化值");
        assertThat(data.getLength()).isEqualTo(2);
        byte[] body = Base64.getMimeDecoder().decode(data.item(0).getTextContent());
        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo(p.body());
        assertThat(fixity.item(0).getTextContent()).isEqualTo(Sm3.hex(body));
        assertThat(((Element) fixity.item(0)).getAttribute("算法")).isEqualTo("SM3");
        byte[] att = Base64.getMimeDecoder().decode(data.item(1).getTextContent());
        assertThat(fixity.item(1).getTextContent()).isEqualTo(Sm3.hex(att));
        assertThat(names.item(1).getTextContent()).doesNotContain("/").doesNotStartWith(".");
    }

    private static String text(Document d, String name) {
        return d.getElementsByTagNameNS(EepWriter.NS, name).item(0).getTextContent();
    }

    @Test
    void batchIsSealedOnTheHandoverDayWithManifestAndNeverOverwritten() throws Exception {
        ArchiveAdapter a = adapter();
        Publication p1 = Samples.publication("b1");
        Publication p2 = Samples.publication("b2");
        a.publish(p1, journal);
        a.publish(p2, journal);
        clock.set("2024-04-06"); // 清明 rest day: the 5th's hand-over moved to 4-07
        assertThat(a.sealDue()).isEmpty();
        clock.set("2024-04-07");
        Optional<Path> sealed = a.sealDue();
        assertThat(sealed).contains(dir.resolve("batches/20240407"));
        Path batch = sealed.orElseThrow();
        try (Stream<Path> s = Files.list(dir.resolve("pending"))) {
            assertThat(s.toList()).as("pending emptied").isEmpty();
        }
        Document m = SafeXml.parse(Files.readAllBytes(batch.resolve(ArchiveAdapter.MANIFEST)));
        String ns = ArchiveAdapter.MANIFEST_NS;
        assertThat(m.getElementsByTagNameNS(ns, "文件数").item(0).getTextContent()).isEqualTo("2");
        assertThat(m.getElementsByTagNameNS(ns, "接收单位").getLength()).isEqualTo(2);
        assertThat(m.getElementsByTagNameNS(ns, "工作日历").item(0).getTextContent()).contains("cn-national");
        var entries = m.getElementsByTagNameNS(ns, "封装包");
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            String name = e.getElementsByTagNameNS(ns, "文件名").item(0).getTextContent();
            String sm3 = e.getElementsByTagNameNS(ns, "固化值").item(0).getTextContent();
            assertThat(sm3).matches("[0-9a-f]{64}").isEqualTo(Sm3.hex(batch.resolve(name)));
            assertThat(e.getElementsByTagNameNS(ns, "索引号").item(0).getTextContent())
                    .isIn(p1.indexNumber(), p2.indexNumber());
        }
        assertThat(Files.readString(batch.resolve(ArchiveAdapter.SUMS)))
                .contains("SM3(" + ArchiveAdapter.MANIFEST + ")= " + Sm3.hex(batch.resolve(ArchiveAdapter.MANIFEST)));
        assertThat(ArchiveAdapter.verifyBatch(batch)).isEmpty();

        // Same day, later delivery: the batch is sealed, the package waits for the next date.
        byte[] before = Files.readAllBytes(batch.resolve(ArchiveAdapter.MANIFEST));
        a.publish(Samples.publication("b3"), journal);
        assertThat(a.sealDue()).isEmpty();
        assertThat(Files.readAllBytes(batch.resolve(ArchiveAdapter.MANIFEST))).isEqualTo(before);
        // Idempotent across sealing: re-delivering b1 finds it in the batch.
        var again = a.publish(p1, journal);
        assertThat(again.details()).containsEntry("location", "batches/20240407");
        assertThat(again.status()).isEqualTo(DeliveryStatus.LIVE);
        clock.set("2024-04-22");
        assertThat(a.sealDue()).contains(dir.resolve("batches/20240422"));
        try (Stream<Path> s = Files.list(dir.resolve("batches"))) {
            assertThat(s.map(f -> f.getFileName().toString()).sorted().toList()).containsExactly("20240407", "20240422");
        }
    }

    /** SPI 1.1: an accepted package is handed over (LIVE) once its batch is sealed — by the refresh itself. */
    @Test
    void acceptedPackageBecomesLiveWhenItsBatchIsSealed() throws Exception {
        ArchiveAdapter a = adapter();
        assertThat(a.capabilities())
                .containsExactlyInAnyOrder(ChannelCapability.REFRESH, ChannelCapability.ARCHIVAL_HANDOVER);
        Publication p = Samples.publication("h1");
        Receipt r = a.publish(p, journal);
        Instant handover = LocalDate.parse("2024-04-07").atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant();
        assertThat(r.status()).isEqualTo(DeliveryStatus.ACCEPTED);
        assertThat(r.refreshAt()).as("asked again when the 5th's hand-over (moved by 清明) begins").isEqualTo(handover);

        clock.set("2024-04-06"); // a rest day: the hand-over has not happened
        Receipt pending = a.refresh(p.idempotencyKey(), r, journal).orElseThrow();
        assertThat(pending.status()).isEqualTo(DeliveryStatus.ACCEPTED);
        assertThat(pending.remoteId()).isEqualTo(r.remoteId());
        assertThat(pending.refreshAt()).isEqualTo(handover);
        assertThat(dir.resolve("batches/20240407")).doesNotExist();

        // On the hand-over day, with no delivery and no sealDue() call, the refresh seals the batch.
        clock.set("2024-04-07");
        Receipt live = a.refresh(p.idempotencyKey(), r, journal).orElseThrow();
        assertThat(live.status()).isEqualTo(DeliveryStatus.LIVE);
        assertThat(live.remoteId()).isEqualTo("batches/20240407/" + r.remoteId());
        assertThat(live.url()).isEmpty();
        assertThat(live.refreshAt()).isNull();
        assertThat(live.details()).containsEntry("batch", "20240407")
                .containsEntry("manifest", "batches/20240407/" + ArchiveAdapter.MANIFEST);
        assertThat(dir.resolve(live.remoteId())).exists();
        assertThat(dir.resolve("pending").resolve(r.remoteId())).doesNotExist();
        assertThat(ArchiveAdapter.verifyBatch(dir.resolve("batches/20240407"))).isEmpty();
        assertThat(journal.load(p.idempotencyKey())).containsEntry("archive.batch", "20240407");
        // Asking again, or delivering the same key again, names the same hand-over; nothing is copied twice.
        assertThat(a.refresh(p.idempotencyKey(), r, journal).orElseThrow().remoteId()).isEqualTo(live.remoteId());
        Receipt redelivered = a.publish(p, journal);
        assertThat(redelivered.status()).isEqualTo(DeliveryStatus.LIVE);
        assertThat(redelivered.remoteId()).isEqualTo(live.remoteId());
        assertThat(ArchiveContractTest.count(dir, r.remoteId())).isEqualTo(1);

        // A package written after the seal waits for the 22nd; one deleted by hand is an operator's matter.
        Publication q = Samples.publication("h2");
        Receipt rq = a.publish(q, journal);
        assertThat(rq.refreshAt()).isEqualTo(LocalDate.parse("2024-04-22").atStartOfDay(ZoneId.of("Asia/Shanghai"))
                .toInstant());
        Files.delete(dir.resolve("pending").resolve(rq.remoteId()));
        clock.set("2024-04-22");
        assertThatThrownBy(() -> a.refresh(q.idempotencyKey(), rq, journal)).isInstanceOf(ChannelException.class)
                .satisfies(e -> assertThat(((ChannelException) e).kind()).isEqualTo(ChannelErrorKind.PERMANENT))
                .hasMessageContaining(rq.remoteId());
    }

    @Test
    void tamperedPackageIsDetected() throws Exception {
        ArchiveAdapter a = adapter();
        a.publish(Samples.publication("t1"), journal);
        clock.set("2024-04-07");
        Path batch = a.sealDue().orElseThrow();
        Path pkg;
        try (Stream<Path> s = Files.list(batch)) {
            pkg = s.filter(f -> f.toString().endsWith(".eep.xml")).findFirst().orElseThrow();
        }
        Files.writeString(pkg, Files.readString(pkg).replace("低保", "低收"));
        assertThat(ArchiveAdapter.verifyBatch(batch)).anySatisfy(p -> assertThat(p).contains("SM3"));
    }

    @Test
    void manifestReadingIsXxeSafeAndRejectsTraversal() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        Path batch = Files.createDirectories(dir.resolve("evil"));
        Files.writeString(batch.resolve(ArchiveAdapter.MANIFEST), "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE r [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<移交清单 xmlns=\"" + ArchiveAdapter.MANIFEST_NS + "\"><文件数>&x;</文件数></移交清单>");
        assertThatThrownBy(() -> ArchiveAdapter.verifyBatch(batch)).isInstanceOf(IOException.class)
                .hasMessageContaining("DOCTYPE").hasMessageNotContaining("TOP-SECRET");
        Files.writeString(batch.resolve(ArchiveAdapter.MANIFEST), "<移交清单 xmlns=\"" + ArchiveAdapter.MANIFEST_NS
                + "\"><文件数>2</文件数><封装包><文件名>../secret.txt</文件名><固化值>00</固化值></封装包>"
                + "<封装包><文件名>/etc/passwd</文件名><固化值>00</固化值></封装包></移交清单>");
        assertThat(ArchiveAdapter.verifyBatch(batch)).hasSize(2)
                .allSatisfy(p -> assertThat(p).contains("escapes the batch"));
    }

    @Test
    void withdrawalAddsANoticePackageRelatedToTheOriginal() throws Exception {
        ArchiveAdapter a = adapter();
        Publication p = Samples.publication("w1");
        a.publish(p, journal);
        var r = a.withdraw(Samples.withdrawal(p), journal);
        Document doc = SafeXml.parse(Files.readAllBytes(dir.resolve("pending").resolve(r.remoteId())));
        assertThat(text(doc, "业务行为")).isEqualTo("撤回");
        assertThat(text(doc, "被关联文件标识符")).isEqualTo(p.indexNumber() + "-v1");
        assertThat(text(doc, "封装包创建单位")).isEqualTo(p.publisher());
    }

    @Test
    void invalidConfigurationIsReportedAllAtOnce() {
        List<String> problems = new ArchiveChannelProvider().validate(ChannelConfig.of(Map.of("days", "5,31",
                "calendar", "mars", "zone", "X/Y", "recievers", "a")));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("out"))
                .anySatisfy(p -> assertThat(p).contains("days"))
                .anySatisfy(p -> assertThat(p).contains("mars"))
                .anySatisfy(p -> assertThat(p).contains("zone"))
                .anySatisfy(p -> assertThat(p).contains("did you mean receivers?"));
    }

    @Test
    void sm3MatchesOpensslWhenAvailable() throws Exception {
        Assumptions.assumeTrue(opensslHasSm3(), "openssl with SM3 support not found: `openssl dgst -sm3 /dev/null` failed;"
                + " the SM3 test vector above still checks the implementation");
        ArchiveAdapter a = adapter();
        a.publish(Samples.publication("o1"), journal);
        clock.set("2024-04-07");
        Path batch = a.sealDue().orElseThrow();
        for (String line : Files.readAllLines(batch.resolve(ArchiveAdapter.SUMS))) {
            String name = line.substring(4, line.indexOf(")= "));
            Process proc = new ProcessBuilder("openssl", "dgst", "-sm3", name).directory(batch.toFile())
                    .redirectErrorStream(true).start();
            String outText = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(proc.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(outText).as("openssl output for %s", name).isEqualTo(line);
        }
    }

    private static boolean opensslHasSm3() {
        try {
            Process p = new ProcessBuilder("openssl", "dgst", "-sm3", "/dev/null").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && out.contains("1ab21d8355cfa17f");
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
