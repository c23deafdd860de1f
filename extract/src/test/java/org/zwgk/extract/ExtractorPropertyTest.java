package org.zwgk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zwgk.extract.testing.TestDocuments;
import org.zwgk.screen.Detector;
import org.zwgk.screen.Finding;
import org.zwgk.screen.Screener;
import org.zwgk.spi.text.TextSegment;
import org.zwgk.testing.PersonalData;
import org.zwgk.testing.PersonalData.Planted;

/**
 * The detector properties inside real files: every valid identity, mobile and card number planted in a PDF page, a
 * Word paragraph or table cell, or an Excel cell is found at its exact page/paragraph/cell and offset, with its
 * masked form, and nothing else is — credit codes, mistyped identity numbers, document and index numbers planted
 * alongside are not. Fewer documents with many values each keep the time down: per format 20 seeded documents with
 * at least 1,000 planted values in all (PDF 1,080; Word 2,400; Excel 3,200), the seed in every failure message.
 * The screener finds the extractors through ServiceLoader, as a host would.
 */
class ExtractorPropertyTest {

    static final Screener SCREENER = Screener.builder()
            .clock(Clock.fixed(PersonalData.TODAY.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(),
                    ZoneId.of("Asia/Shanghai")))
            .build();

    static Stream<Long> documents() {
        return LongStream.range(0, 20).map(i -> 0xd0c_0000L + i).boxed();
    }

    record Seen(Detector detector, TextSegment.Kind kind, String ref, int offset, int length, String masked) {
    }

    private static Seen seen(Finding f) {
        return new Seen(f.detector(), f.location().kind(), f.location().ref(), f.location().offset(),
                f.location().length(), f.maskedValue());
    }

    private static Seen expect(Planted p, TextSegment.Kind kind, String ref, int offset) {
        return new Seen(p.detector(), kind, ref, offset, p.written().length(), p.masked());
    }

    /** A line of words around one planted value (or a look-alike); the value's offset goes into {@code at}. */
    private static String line(Random r, Planted p, int[] at) {
        StringBuilder sb = new StringBuilder(PersonalData.gap(r));
        if (p == null) {
            return sb.append(PersonalData.decoy(r)).append(PersonalData.gap(r)).toString();
        }
        if (r.nextInt(4) == 0) {
            sb.append(p.detector() == Detector.ID_NUMBER ? "身份证号：" : "电话：");
        }
        sb.append(p.before());
        at[0] = sb.length();
        return sb.append(p.written()).append(PersonalData.gap(r)).toString();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void everyValueOnAPdfPageIsFoundThere(long seed) {
        Random r = new Random(seed);
        List<List<String>> pages = new ArrayList<>();
        List<Seen> expected = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            List<String> lines = new ArrayList<>();
            int offset = 0;
            for (int i = 0; i < 24; i++) {
                Planted p = i % 4 == 3 ? null : PersonalData.plant(r);
                int[] at = new int[1];
                String line = line(r, p, at);
                if (p != null) {
                    expected.add(expect(p, TextSegment.Kind.PAGE, Integer.toString(page), offset + at[0]));
                }
                lines.add(line.replace('\n', '，'));
                offset += line.length() + 1;
            }
            pages.add(lines);
        }
        byte[] pdf = TestDocuments.pdf(pages);
        List<Finding> found = SCREENER.screenFile("名单.pdf", "application/pdf", "名单.pdf", pdf).findings();
        assertThat(found).as("seed %d, pages:%n%s", seed, pages).extracting(ExtractorPropertyTest::seen)
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @MethodSource("documents")
    void everyValueInAWordParagraphOrTableCellIsFoundThere(long seed) {
        Random r = new Random(seed ^ 0x1000);
        List<String> paragraphs = new ArrayList<>();
        List<Seen> expected = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Planted p = i % 4 == 3 ? null : PersonalData.plant(r);
            int[] at = new int[1];
            paragraphs.add(line(r, p, at).replace('\n', '，'));
            if (p != null) {
                expected.add(expect(p, TextSegment.Kind.PARAGRAPH, Integer.toString(i + 1), at[0]));
            }
        }
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("姓名", "身份证号码", "联系电话", "银行卡号", "统一社会信用代码"));
        for (int row = 2; row <= 31; row++) {
            List<String> cells = new ArrayList<>();
            cells.add(PersonalData.filler(r, 2));
            Detector[] kinds = {Detector.ID_NUMBER, Detector.MOBILE, Detector.BANK_CARD};
            for (int c = 0; c < 3; c++) {
                Planted p = PersonalData.plant(r, kinds[c]);
                cells.add(p.before() + p.written());
                expected.add(expect(p, TextSegment.Kind.TABLE_CELL, "T1R" + row + "C" + (c + 2), p.before().length()));
            }
            cells.add(PersonalData.uscc(r));
            table.add(cells);
        }
        byte[] docx = TestDocuments.docx(paragraphs, List.of(table));
        List<Finding> found = SCREENER.screenFile("名单.docx", "", "名单.docx", docx).findings();
        assertThat(found).as("seed %d:%n%s%n%s", seed, paragraphs, table).extracting(ExtractorPropertyTest::seen)
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @MethodSource("documents")
    void everyValueInAnExcelCellIsFoundThere(long seed) {
        Random r = new Random(seed ^ 0x2000);
        List<List<String>> rows = new ArrayList<>();
        List<Seen> expected = new ArrayList<>();
        rows.add(List.of("2024年12月临时救助对象公示"));
        rows.add(List.of("姓名", "身份证号码", "联系电话", "银行卡号", "统一社会信用代码", "备注"));
        for (int row = 3; row <= 42; row++) {
            List<String> cells = new ArrayList<>();
            cells.add(PersonalData.filler(r, 2));
            Detector[] kinds = {Detector.ID_NUMBER, Detector.MOBILE, Detector.BANK_CARD};
            for (int c = 0; c < 3; c++) {
                Planted p = PersonalData.plant(r, kinds[c]);
                String col = String.valueOf((char) ('B' + c));
                boolean numeric = p.detector() == Detector.MOBILE && p.before().isEmpty()
                        && p.written().equals(p.normalized()) && r.nextBoolean();
                cells.add(numeric ? "#" + p.normalized() : p.before() + p.written());
                expected.add(expect(p, TextSegment.Kind.CELL, "低保名单!" + col + row, p.before().length()));
            }
            cells.add(PersonalData.uscc(r));
            Planted p = PersonalData.plant(r);
            int[] at = new int[1];
            cells.add(line(r, p, at) + PersonalData.decoy(r));
            expected.add(expect(p, TextSegment.Kind.CELL, "低保名单!F" + row, at[0]));
            rows.add(cells);
        }
        byte[] xlsx = TestDocuments.xlsx(List.of("低保名单"), List.of(rows));
        List<Finding> found = SCREENER.screenFile("名单.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "名单.xlsx", xlsx).findings();
        assertThat(found).as("seed %d:%n%s", seed, rows).extracting(ExtractorPropertyTest::seen)
                .containsExactlyInAnyOrderElementsOf(expected);
    }
}
