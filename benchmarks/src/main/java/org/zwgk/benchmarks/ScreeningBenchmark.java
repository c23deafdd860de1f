package org.zwgk.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.zwgk.extract.OfficeTextExtractor;
import org.zwgk.extract.PdfTextExtractor;
import org.zwgk.extract.testing.TestDocuments;
import org.zwgk.screen.Screener;
import org.zwgk.screen.ScreeningReport;
import org.zwgk.spi.channel.Attachment;
import org.zwgk.spi.text.ExtractionLimits;
import org.zwgk.spi.text.ReadProblem;
import org.zwgk.spi.text.TextSegment;
import org.zwgk.spi.text.TextSink;
import org.zwgk.testing.PersonalData;

/**
 * Personal-data screening ({@link Screener}), each against a baseline in the same run:
 * <ul>
 *   <li>{@code screenText} — 1 MiB (UTF-8) of Chinese text with a planted value or look-alike every ~100
 *       characters, against {@code patternScan}: one {@link Pattern} that only finds candidate digit runs, without
 *       any check (what a first attempt would do); {@code screenTextWith1000Words} adds a 1,000-word sensitive list;</li>
 *   <li>{@code typicalItem} — an item as the gate sees it: title, body, a 5-page PDF and a 200-row xlsx
 *       (名单: name, identity number, phone, card, credit code, note), against {@code extractOnly}: the same two
 *       attachments read by the same extractors into a sink that only counts characters.</li>
 * </ul>
 * MB/s = 1.048576 MB / (µs per op) × 10⁶.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ScreeningBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {
    "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory"})
public class ScreeningBenchmark {

    /** 1 MiB of UTF-8. */
    static final int TEXT_BYTES = 1 << 20;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private String text;
    private Pattern candidates;
    private Screener screener;
    private Screener withWords;
    private String title;
    private String body;
    private List<Attachment> item;
    private byte[] pdf;
    private byte[] xlsx;
    private final PdfTextExtractor pdfExtractor = new PdfTextExtractor();
    private final OfficeTextExtractor officeExtractor = new OfficeTextExtractor();

    @Setup
    public void setUp() {
        Clock today = Clock.fixed(PersonalData.TODAY.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(),
                ZoneId.of("Asia/Shanghai"));
        Random r = new Random(42);
        StringBuilder sb = new StringBuilder();
        int values = 0;
        while (sb.toString().getBytes(StandardCharsets.UTF_8).length < TEXT_BYTES) {
            for (int i = 0; i < 200; i++) {
                sb.append(PersonalData.filler(r, 40 + r.nextInt(80))).append(PersonalData.gap(r));
                if (r.nextInt(3) == 0) {
                    sb.append(PersonalData.decoy(r));
                } else {
                    PersonalData.Planted p = PersonalData.plant(r);
                    sb.append(p.before()).append(p.written());
                    values++;
                }
                sb.append(PersonalData.gap(r));
            }
        }
        byte[] utf8 = sb.toString().getBytes(StandardCharsets.UTF_8);
        text = new String(utf8, 0, TEXT_BYTES, StandardCharsets.UTF_8);
        candidates = Pattern.compile("(?<![0-9A-Za-z])(?:\\d{17}[0-9Xx]|\\d{11,19})(?![0-9A-Za-z])");
        screener = Screener.builder().clock(today).build();
        List<String> words = new ArrayList<>();
        String cjk = "政务公开事项标准目录社会救助财政预决算涉农补贴义务教育卫生健康镇村县乡民政局人民政府精神疾病艾滋";
        for (int i = 0; i < 1000; i++) {
            words.add("" + cjk.charAt(r.nextInt(cjk.length())) + cjk.charAt(r.nextInt(cjk.length()))
                    + cjk.charAt(r.nextInt(cjk.length())));
        }
        withWords = Screener.builder().clock(today).sensitiveWords(words).build();

        List<List<String>> pages = new ArrayList<>();
        for (int page = 0; page < 5; page++) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String line = PersonalData.filler(r, 20) + (i % 4 == 0 ? PersonalData.plant(r).written() : "")
                        + PersonalData.filler(r, 10);
                lines.add(line.replace('\n', '，'));
            }
            pages.add(lines);
        }
        pdf = TestDocuments.pdf(pages);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("姓名", "身份证号码", "联系电话", "银行卡号", "统一社会信用代码", "备注"));
        for (int i = 0; i < 200; i++) {
            rows.add(List.of(PersonalData.filler(r, 2), PersonalData.id18(r), PersonalData.mobile(r),
                    PersonalData.card(r), PersonalData.uscc(r), PersonalData.filler(r, 12)));
        }
        xlsx = TestDocuments.xlsx(List.of("低保名单"), List.of(rows));
        title = "关于2024年12月城乡低保对象的公示";
        body = PersonalData.filler(r, 800);
        item = List.of(new Attachment("公示.pdf", "application/pdf", pdf), new Attachment("名单.xlsx", XLSX, xlsx));
        System.out.printf("%n# text: %,d bytes UTF-8, %,d chars, %,d values planted; pdf %,d bytes, xlsx %,d bytes%n",
                TEXT_BYTES, text.length(), values, pdf.length, xlsx.length);
        System.out.printf("# findings: text %,d, item %,d; pattern candidates %,d%n",
                screener.screenText("body", text).findings().size(), typicalItem().findings().size(), patternScan());
    }

    @Benchmark
    public ScreeningReport screenText() {
        return screener.screenText("body", text);
    }

    @Benchmark
    public ScreeningReport screenTextWith1000Words() {
        return withWords.screenText("body", text);
    }

    @Benchmark
    public int patternScan() {
        Matcher m = candidates.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Benchmark
    public ScreeningReport typicalItem() {
        return screener.screen(title, body, item);
    }

    @Benchmark
    public long extractOnly() throws Exception {
        Counter c = new Counter();
        pdfExtractor.extract(pdf, ExtractionLimits.DEFAULT, c);
        officeExtractor.extract(xlsx, ExtractionLimits.DEFAULT, c);
        return c.chars;
    }

    /** Counts the characters handed over, nothing else. */
    private static final class Counter implements TextSink {
        long chars;

        @Override
        public void text(TextSegment segment) {
            chars += segment.text().length();
        }

        @Override
        public void unreadable(TextSegment.Kind kind, String ref, ReadProblem problem) {
            chars--;
        }

        @Override
        public void embedded(String ref, String fileName, String mediaType, byte[] content) {
            chars += content.length;
        }
    }
}
