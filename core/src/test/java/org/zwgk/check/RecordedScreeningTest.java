package org.zwgk.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.zwgk.check.World.of;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.zwgk.classify.Classification;
import org.zwgk.classify.SecrecyReview;
import org.zwgk.gate.Disclosure;
import org.zwgk.screen.Screener;
import org.zwgk.screen.ScreeningException;
import org.zwgk.spi.SpiVersion;
import org.zwgk.spi.channel.Attachment;
import org.zwgk.spi.text.ExtractionLimits;
import org.zwgk.spi.text.TextExtractor;
import org.zwgk.spi.text.TextSegment;
import org.zwgk.spi.text.TextSink;
import org.zwgk.testing.TestDatabase;

/**
 * The screening the gate records at publication stands for the check's own (so a check does not extract every
 * attachment of the year again) exactly when it covered the version that is public, with the same screening, and
 * every finding it made is still accepted; any difference makes the check read and screen the item itself.
 */
class RecordedScreeningTest {

    static final LocalDate DAY = LocalDate.of(2025, 3, 3);
    static final String PHONE = "13905951234";

    /** Reads CSV files (before the built-in reader) as UTF-8 text and counts the files it was given. */
    static final class CountingExtractor implements TextExtractor {
        final AtomicInteger files = new AtomicInteger();

        @Override
        public String spiVersion() {
            return SpiVersion.CURRENT;
        }

        @Override
        public String id() {
            return "counting-test";
        }

        @Override
        public boolean supports(String mediaType, String fileName) {
            return fileName.endsWith(".csv");
        }

        @Override
        public void extract(byte[] content, ExtractionLimits limits, TextSink sink)
                throws org.zwgk.spi.text.TextExtractionException {
            files.incrementAndGet();
            sink.text(TextSegment.of(TextSegment.Kind.LINE, "1", new String(content, StandardCharsets.UTF_8)));
        }
    }

    final CountingExtractor extractor = new CountingExtractor();

    Screener screener(String... words) {
        return Screener.builder().extractor(extractor).sensitiveWords(List.of(words)).build();
    }

    /** An item whose attachment holds a telephone number a reviewer accepted, published with the screening on. */
    World published() {
        World w = new World(TestDatabase.H2, screener());
        w.at(DAY).register(Disclosure.of("a", World.BODY_CODE, "DOC-003", "办事指南", "工作日办公。", "测试镇人民政府", DAY,
                "s").withAttachments(List.of(new Attachment("咨询方式.csv", "text/csv",
                ("咨询电话 " + PHONE).getBytes(StandardCharsets.UTF_8)))));
        w.tx(g -> {
            g.classify("a", Classification.proactive("拟稿人", "办公室", "签发人", DAY));
            g.review("a", SecrecyReview.passed("保密员", "分管领导", DAY));
        });
        ScreeningException stopped = (ScreeningException) catchThrowable(() -> w.tx(g -> g.publish("a", "签发人")));
        w.tx(g -> {
            g.acceptFinding("a", stopped.findings().get(0).fingerprint(), "审查人", "单位公开的咨询电话");
            g.publish("a", "签发人");
        }).dispatch();
        return w;
    }

    @Test
    void theRecordStandsForTheSameVersionAndScreening() {
        World w = published();
        int before = extractor.files.get();
        CheckReport r = w.check(DAY).screener(screener()).build().run();
        assertThat(of(r, Indicator.PERSONAL_DATA)).isEmpty();
        assertThat(extractor.files.get()).as("the attachment was not extracted again").isEqualTo(before);

        r = w.check(DAY).screener(screener()).rescreen(true).build().run();
        assertThat(of(r, Indicator.PERSONAL_DATA)).as("accepted at publication").isEmpty();
        assertThat(extractor.files.get()).as("--rescreen extracts every file").isEqualTo(before + 1);
    }

    static Stream<Arguments> differences() {
        return Stream.of(
                Arguments.of("the acceptance is gone", (Consumer<World>) w -> sql(w,
                        "DELETE FROM zwgk_finding_acceptance"), List.of(), List.of("139****1234")),
                Arguments.of("another version is public", (Consumer<World>) w -> sql(w,
                        "UPDATE zwgk_screening_record SET version = version + 1"), List.of(), List.of()),
                Arguments.of("another screening is run", (Consumer<World>) w -> { }, List.of("工作日"),
                        List.of("工**")),
                Arguments.of("no record", (Consumer<World>) w -> sql(w, "DELETE FROM zwgk_screening_record"),
                        List.of(), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("differences")
    void anyDifferenceMakesTheCheckScreenTheItemItself(String what, Consumer<World> change, List<String> words,
                                                      List<String> expected) {
        World w = published();
        change.accept(w);
        int before = extractor.files.get();
        CheckReport r = w.check(DAY).screener(screener(words.toArray(String[]::new))).build().run();
        assertThat(extractor.files.get()).as(what).isEqualTo(before + 1);
        assertThat(of(r, Indicator.PERSONAL_DATA)).extracting(f -> f.evidence().value())
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    /** A file accepted by a reviewer because no extractor read it is not vouched for: the check tries it itself. */
    @Test
    void anUnreadablePartAcceptedByEyeIsNotRecorded() {
        World w = new World(TestDatabase.H2, screener());
        w.at(DAY).register(Disclosure.of("img", World.BODY_CODE, "DOC-003", "公示", "见附图。", "测试镇人民政府", DAY, "s")
                .withAttachments(List.of(new Attachment("公示.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N',
                        'G', 13, 10, 26, 10}))));
        w.tx(g -> {
            g.classify("img", Classification.proactive("拟稿人", "办公室", "签发人", DAY));
            g.review("img", SecrecyReview.passed("保密员", "分管领导", DAY));
        });
        ScreeningException stopped = (ScreeningException) catchThrowable(() -> w.tx(g -> g.publish("img", "签发人")));
        assertThat(stopped.findings()).singleElement().satisfies(f -> assertThat(f.unreadable()).isTrue());
        w.tx(g -> {
            g.acceptFinding("img", stopped.findings().get(0).fingerprint(), "审查人", "图片已人工核对");
            g.publish("img", "签发人");
        });
        assertThat(records(w)).isEmpty();
    }

    @Test
    void aPublicationWithoutScreeningRemovesTheRecord() {
        World w = published();
        assertThat(records(w)).containsExactly("a@1");
        // a correction published by an installation with the screening off: nothing vouches for version 2
        org.zwgk.gate.Zwgk unscreened = org.zwgk.gate.Zwgk.builder().dataSource(w.ds).catalogue(w.catalogue)
                .channel(w.website).channel(w.wechat).clock(w.clock).screening(false).build();
        try (Connection c = w.ds.getConnection()) {
            c.setAutoCommit(false);
            unscreened.gate(c).publish("a", "签发人");
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThat(records(w)).isEmpty();
        int before = extractor.files.get();
        w.check(DAY).screener(screener()).build().run();
        assertThat(extractor.files.get()).isEqualTo(before + 1);
    }

    static List<String> records(World w) {
        try (Connection c = w.ds.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT item_id, version FROM zwgk_screening_record ORDER BY item_id")) {
            List<String> out = new java.util.ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1) + "@" + rs.getInt(2));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void sql(World w, String statement) {
        try (Connection c = w.ds.getConnection(); PreparedStatement ps = c.prepareStatement(statement)) {
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
