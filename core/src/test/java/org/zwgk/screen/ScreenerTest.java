package org.zwgk.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.zwgk.spi.Secret;
import org.zwgk.spi.SpiVersion;
import org.zwgk.spi.ZwgkException;
import org.zwgk.spi.channel.Attachment;
import org.zwgk.spi.text.ExtractionLimits;
import org.zwgk.spi.text.ReadProblem;
import org.zwgk.spi.text.TextExtractionException;
import org.zwgk.spi.text.TextExtractor;
import org.zwgk.spi.text.TextSegment;
import org.zwgk.spi.text.TextSink;
import org.zwgk.testing.PersonalData;

/** Examples of what the screening finds, where, and how it reports it. */
class ScreenerTest {

    static final Clock TODAY = Clock.fixed(PersonalData.TODAY.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(),
            ZoneId.of("Asia/Shanghai"));
    static final Screener SCREENER = Screener.builder().discoverExtractors(false).clock(TODAY).build();

    /** GB 11643's own example: Beijing, born 31 December 1949, check character X. */
    static final String ID = "11010519491231002X";
    static final String MOBILE = "13800138000";
    static final String CARD = "6222021234567890128"; // Luhn-valid, 19 digits

    private static List<String> found(String text) {
        return SCREENER.screenText(Screener.BODY, text).findings().stream()
                .map(f -> f.detector() + "@" + f.location().offset() + "+" + f.location().length() + " "
                        + f.maskedValue())
                .toList();
    }

    @Test
    void theIssuesExampleIsCaughtWithItsMaskedForms() {
        String id = "350524199001011234".substring(0, 17);
        id += PersonalData.idCheck(id);
        String text = "张三 身份证 " + id + " 电话 13800138000";
        assertThat(found(text)).containsExactly(
                "ID_NUMBER@7+18 350524********" + id.substring(14),
                "MOBILE@29+11 138****8000");
    }

    @Test
    void identityNumbers() {
        assertThat(found("身份证号" + ID + "。")).containsExactly("ID_NUMBER@4+18 110105********002X");
        assertThat(found("身份证号" + ID.toLowerCase(Locale.ROOT) + "。")).containsExactly("ID_NUMBER@4+18 110105********002X");
        assertThat(found("号码 110105 19491231 002X 。")).containsExactly("ID_NUMBER@3+20 110105********002X");
        assertThat(found("号码" + PersonalData.fullWidth(ID))).containsExactly("ID_NUMBER@2+18 110105********002X");
        // 15 digits: 1949-12-31
        assertThat(found("旧证号110105491231002，")).containsExactly("ID_NUMBER@3+15 110105*****1002");
        // wrong check character, impossible dates, future, too old, no province: nothing
        assertThat(found("110105194912310021，110105194913310020，110105202712310024，110105185012310027，"
                + "990105194912310021，110105490231002")).isEmpty();
        // inside longer runs or glued to letters: nothing
        assertThat(found("1" + ID + "，" + ID + "5，A" + ID + "，" + ID + "B")).isEmpty();
    }

    @Test
    void mobileNumbers() {
        assertThat(found("电话13800138000，")).containsExactly("MOBILE@2+11 138****8000");
        assertThat(found("电话 138 0013 8000。")).containsExactly("MOBILE@3+13 138****8000");
        assertThat(found("电话138-0013-8000")).containsExactly("MOBILE@2+13 138****8000");
        assertThat(found("电话138-00138000")).containsExactly("MOBILE@2+12 138****8000");
        assertThat(found("Tel: +86 13800138000")).containsExactly("MOBILE@9+11 138****8000");
        assertThat(found("Tel:+8613800138000")).containsExactly("MOBILE@7+11 138****8000");
        assertThat(found("(0086)13800138000")).containsExactly("MOBILE@6+11 138****8000");
        assertThat(found("邮箱13800138000@163.com")).containsExactly("MOBILE@2+11 138****8000");
        // not mobile: 12 digits, 10 digits, 12x prefix, decimals, landlines, letters, 86 without a plus
        assertThat(found("213800138000，1380013800，12800138000，13800138000.5元，0.13800138000，"
                + "0591-87654321，SN13800138000，8613800138000")).isEmpty();
    }

    @Test
    void bankCards() {
        assertThat(found("卡号" + CARD)).containsExactly("BANK_CARD@2+19 622202*********0128");
        assertThat(found("卡号 6222 0212 3456 7890 128")).containsExactly("BANK_CARD@3+23 622202*********0128");
        assertThat(found("卡号4111111111111111。")).containsExactly("BANK_CARD@2+16 411111******1111");
        // Luhn fails; issuer prefix 1/7/8/0; 15 and 20 digits: nothing
        assertThat(found("6222021234567890121，1111111111111117，7111111111111114，622202123456789，"
                + "41111111111111111112")).isEmpty();
    }

    @Test
    void creditCodesDocumentAndIndexNumbersAreLeftAlone() {
        Random r = new Random(7);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            text.append("统一社会信用代码：").append(PersonalData.uscc(r)).append("；");
        }
        text.append("凤政〔2024〕12号，索引号01432281X/2024-00535、113708280043326001/2024-02411、"
                + "1150024100913825XR/2024-00047、0142768-8/2022-00185，2024年12月07日，1,234,567.89元");
        assertThat(found(text.toString())).isEmpty();
    }

    /** An identity number that also carries a valid credit-code check character (about 1 in 31 do). */
    private static String ambiguous() {
        Random r = new Random(11);
        while (true) {
            String id = PersonalData.id18(r);
            if (PersonalData.usccCheck(id.substring(0, 17)) == id.charAt(17)) {
                return id;
            }
        }
    }

    @Test
    void aNumberValidAsBothIsAnIdentityNumberUnlessTheWordsSayCreditCode() {
        String both = ambiguous();
        assertThat(found("，" + both + "，")).hasSize(1);
        assertThat(found("身份证号：" + both)).hasSize(1);
        assertThat(found("统一社会信用代码：" + both)).isEmpty();
        assertThat(found("纳税人识别号 " + both)).isEmpty();
        assertThat(found("索引号 " + both + "/2024-00047")).isEmpty();
        assertThat(found(both + "/2024-00047")).isEmpty();
        // the nearer words decide: a person's label after the credit-code one
        assertThat(found("统一社会信用代码，法定代表人身份证号" + both)).hasSize(1);
        // a label further back, before another number, belongs to that number
        assertThat(found("统一社会信用代码：91350100M000100Y43，" + both)).hasSize(1);
        // a column header says it too, also below a title line
        assertThat(SCREENER.screenFile("名单.csv", "text/csv", "名单.csv",
                ("2024年企业名单\n统一社会信用代码,身份证号码\n" + both + "," + both + "\n")
                        .getBytes(StandardCharsets.UTF_8)).findings())
                .extracting(f -> f.location().ref()).containsExactly("B3");
    }

    @Test
    void fifteenDigitRegistrationNumbersNamedSoAreLeftAlone() {
        Random r = new Random(3);
        String reg;
        do {
            reg = PersonalData.id15(r);
        } while (!org.zwgk.screen.internal.Checks.mod1110(reg));
        assertThat(found("注册号：" + reg)).isEmpty();
        assertThat(found("旧身份证" + reg)).hasSize(1);
    }

    @Test
    void sensitiveWordsIgnoreCaseAndWidthAndPreferTheLeftmostLongest() {
        Screener s = Screener.builder().discoverExtractors(false).clock(TODAY)
                .sensitiveWords(List.of("艾滋病", "艾滋", "HIV", "王某某")).build();
        List<Finding> f = s.screenText(Screener.BODY, "患有艾滋病，ｈｉｖ阳性，hiv，王某某。").findings();
        assertThat(f).extracting(x -> x.location().offset() + " " + x.maskedValue())
                .containsExactly("2 艾**", "6 ｈ**", "12 h**", "16 王**");
        assertThat(f).allSatisfy(x -> assertThat(x.detector()).isEqualTo(Detector.SENSITIVE_WORD));
        assertThat(s.mask("王某某的电话13800138000")).isEqualTo("王**的电话138****8000");
    }

    @Test
    void findingsNeverCarryTheUnmaskedValue() {
        Screener keyed = Screener.builder().discoverExtractors(false).clock(TODAY)
                .fingerprintKey(Secret.of("k")).sensitiveWords(List.of("张三丰")).build();
        String text = "张三丰 " + ID + " " + MOBILE + " " + CARD;
        for (Screener s : List.of(SCREENER, keyed)) {
            ScreeningReport report = s.screenText(Screener.BODY, text);
            assertThat(report.findings()).hasSizeGreaterThanOrEqualTo(3);
            String all = report + " " + new ScreningExceptionText(report).text;
            for (String secret : List.of(ID, MOBILE, CARD, "0013", "张三丰", "19491231")) {
                assertThat(all).doesNotContain(secret);
            }
        }
    }

    /** Everything a host might log about a report. */
    private static final class ScreningExceptionText {
        final String text;

        ScreningExceptionText(ScreeningReport r) {
            ScreeningException e = new ScreeningException("item-1", r.findings());
            StringBuilder sb = new StringBuilder(e.getMessage()).append(e.message(Locale.ENGLISH));
            for (Finding f : r.findings()) {
                sb.append(f).append(f.message(Locale.CHINA)).append(f.message(Locale.ENGLISH));
            }
            text = sb.toString();
        }
    }

    @Test
    void fingerprintsAreStableAndKeyedOnesCoverTheValue() {
        // two people of the same county, same sequence and check character, other birth dates: same masked form
        java.util.Map<Character, String> byCheck = new java.util.HashMap<>();
        String a = null;
        String b = null;
        for (java.time.LocalDate d = java.time.LocalDate.of(1949, 1, 1); b == null; d = d.plusDays(1)) {
            String first17 = "110105" + d.toString().replace("-", "") + "001";
            String id = first17 + PersonalData.idCheck(first17);
            String prior = byCheck.putIfAbsent(id.charAt(17), id);
            if (prior != null) {
                a = prior;
                b = id;
            }
        }
        assertThat(b).isNotNull();
        Screener keyed = Screener.builder().discoverExtractors(false).clock(TODAY).fingerprintKey(Secret.of("s"))
                .build();
        Finding ua = SCREENER.screenText("body", "号" + a).findings().get(0);
        Finding ub = SCREENER.screenText("body", "号" + b).findings().get(0);
        Finding ka = keyed.screenText("body", "号" + a).findings().get(0);
        Finding kb = keyed.screenText("body", "号" + b).findings().get(0);
        assertThat(ua.maskedValue()).isEqualTo(ub.maskedValue());
        assertThat(ua.fingerprint()).startsWith("f1-").hasSize(35).isEqualTo(ub.fingerprint())
                .isEqualTo(SCREENER.screenText("body", "号" + a).findings().get(0).fingerprint());
        assertThat(ka.fingerprint()).startsWith("k1-").isNotEqualTo(kb.fingerprint())
                .isEqualTo(keyed.screenText("body", "号" + a).findings().get(0).fingerprint());
        // the place is part of the identity
        assertThat(SCREENER.screenText("body", "号 " + a).findings().get(0).fingerprint())
                .isNotEqualTo(ua.fingerprint());
        assertThat(SCREENER.screenText("title", "号" + a).findings().get(0).fingerprint())
                .isNotEqualTo(ua.fingerprint());
    }

    @Test
    void aReportSaysWhatAReviewerHasNotAccepted() {
        ScreeningReport r = SCREENER.screen("公示 " + MOBILE, "身份证 " + ID, List.of());
        assertThat(r.findings()).extracting(Finding::source).containsExactly("title", "body");
        String first = r.findings().get(0).fingerprint();
        assertThat(r.unaccepted(List.of(first))).extracting(Finding::source).containsExactly("body");
        assertThat(r.unaccepted(List.of())).hasSize(2);
        assertThat(r.counts()).containsEntry(Detector.MOBILE, 1).containsEntry(Detector.ID_NUMBER, 1);
        ScreeningException e = new ScreeningException("doc-7", r.findings());
        assertThat(e.code()).isEqualTo("ZWGK-3301");
        assertThat(e.getMessage()).contains("doc-7", "ZWGK-3321 标题 第 4 字：手机号码 138****8000",
                "ZWGK-3320 正文 第 5 字：公民身份号码 110105********002X");
        assertThat(e.message(Locale.ENGLISH)).contains("ZWGK-3321 title char 4: mobile number 138****8000");
    }

    private static ScreeningReport file(String name, String type, byte[] content) {
        return SCREENER.screenFile(name, type, name, content);
    }

    @Test
    void plainTextIsReadLineByLineInUtf8Utf16AndGbk() {
        String text = "第一行\r\n公示名单：\n李四 " + MOBILE + "\n";
        for (Charset cs : List.of(StandardCharsets.UTF_8, Charset.forName("GBK"), Charset.forName("GB18030"))) {
            List<Finding> f = file("名单.txt", "text/plain", text.getBytes(cs)).findings();
            assertThat(f).as(cs.name()).hasSize(1);
            assertThat(f.get(0).location().describe(Locale.CHINA)).isEqualTo("第 3 行第 4 字");
            assertThat(f.get(0).location().describe(Locale.ENGLISH)).isEqualTo("line 3, char 4");
        }
        byte[] bom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
        assertThat(file("a.txt", "text/plain", bom).findings()).hasSize(1);
        assertThat(file("a.txt", "", text.getBytes(StandardCharsets.UTF_8)).findings()).hasSize(1);
    }

    @Test
    void undecodableOrBinaryTextIsUnreadableNotClean() {
        byte[] notGb = {(byte) 0xC4, (byte) 0xE3, (byte) 0x81, (byte) 0x20, (byte) 0xFF, (byte) 0xFF};
        assertThat(file("a.txt", "text/plain", notGb).findings()).singleElement()
                .satisfies(f -> assertThat(f.problem()).isEqualTo(ReadProblem.CHARSET));
        byte[] zip = {'P', 'K', 3, 4, 0, 0, 0, 0};
        Finding f = file("名单.csv", "text/csv", zip).findings().get(0);
        assertThat(f.problem()).isEqualTo(ReadProblem.CORRUPT);
        assertThat(f.code().code()).isEqualTo("ZWGK-3312");
        assertThat(f.message(Locale.CHINA)).isEqualTo("名单.csv：文件已损坏或与其类型不符，无法检查");
    }

    @Test
    void csvCellsAreNamedAsSpreadsheetsNameThem() {
        String csv = "序号,姓名,身份证号码,联系电话,备注\n1,张三," + ID + "," + MOBILE + ",\"多行\n备注 " + MOBILE
                + "\"\n2,\"李,四\",无,无,\"引号\"\"内\"\"\"\n";
        List<Finding> f = file("低保名单.csv", "text/csv; charset=UTF-8", csv.getBytes(StandardCharsets.UTF_8))
                .findings();
        assertThat(f).extracting(x -> x.location().ref() + " " + x.location().describe(Locale.CHINA))
                .containsExactly("C2 C2", "D2 D2", "E2 E2 第 7 字");
        String tsv = "姓名\t电话\n王五\t" + MOBILE + "\n";
        assertThat(file("a.tsv", "", tsv.getBytes(StandardCharsets.UTF_8)).findings())
                .extracting(x -> x.location().ref()).containsExactly("B2");
    }

    @Test
    void htmlIsReadWithoutTagsWithEntitiesDecodedAndHiddenTextIncluded() {
        String html = "<!DOCTYPE html>\n<html><head><style>.x{content:'13800138000'}</style>\n"
                + "<meta name=\"description\" content=\"联系 13900139000\"></head>\n"
                + "<body><p>电话：&#49;&#51;&#56;&#48;&#48;&#49;&#51;&#56;&#48;&#48;&#48;</p>\n"
                + "<a href=\"tel:13700137000\" class=\"c13600136000\">拨打</a><!-- 备用 13500135000 -->\n"
                + "<script>var p = '13300133000';</script><p>13200&nbsp;1320&#x30;0</p>\n"
                + "<img src=\"13100131000.png\"><td>137<b>00137000</b></td></body></html>";
        List<Finding> f = file("公告.html", "text/html", html.getBytes(StandardCharsets.UTF_8)).findings();
        assertThat(f).extracting(x -> x.location().ref() + " " + x.maskedValue()).containsExactly(
                "3 139****9000", "4 138****8000", "5 137****7000", "5 135****5000", "6 133****3000",
                "7 137****7000");
    }

    @Test
    void aFileNoExtractorReadsIsUnreadableAndNamesTheModuleToAdd() {
        ScreeningReport r = SCREENER.screen("标题", "正文", List.of(
                new Attachment("扫描件.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
                new Attachment("名单.pdf", "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII))));
        assertThat(r.hasUnreadable()).isTrue();
        assertThat(r.findings()).extracting(Finding::source, Finding::problem).containsExactly(
                org.assertj.core.groups.Tuple.tuple("扫描件.png", ReadProblem.UNSUPPORTED_TYPE),
                org.assertj.core.groups.Tuple.tuple("名单.pdf", ReadProblem.UNSUPPORTED_TYPE));
        Finding f = r.findings().get(1);
        assertThat(f.code().code()).isEqualTo("ZWGK-3310");
        assertThat(f.hint(Locale.CHINA)).contains("zwgk-extract");
        assertThat(f.location()).isEqualTo(Location.whole());
        assertThat(f.maskedValue()).isEmpty();
    }

    @Test
    void tooMuchTextStopsWithTheFindingsSoFarAndATooLargeFinding() {
        Screener small = Screener.builder().discoverExtractors(false).clock(TODAY)
                .limits(new ExtractionLimits(40, 1 << 20, 10, 0.01)).build();
        String text = "电话 " + MOBILE + "\n" + "很长的一行文字".repeat(10) + "\n" + MOBILE;
        List<Finding> f = small.screenFile("a.txt", "text/plain", "a.txt", text.getBytes(StandardCharsets.UTF_8))
                .findings();
        assertThat(f).extracting(Finding::detector).containsExactly(Detector.MOBILE, Detector.UNREADABLE);
        assertThat(f.get(1).problem()).isEqualTo(ReadProblem.TOO_LARGE);
        assertThat(small.screenText("body", "x".repeat(41)).findings()).singleElement()
                .satisfies(x -> assertThat(x.problem()).isEqualTo(ReadProblem.TOO_LARGE));
    }

    /** An extractor for tests: hands over fixed segments, an unreadable page, and an embedded file. */
    private static final class FakeExtractor implements TextExtractor {
        private final String version;

        FakeExtractor(String version) {
            this.version = version;
        }

        @Override
        public String spiVersion() {
            return version;
        }

        @Override
        public String id() {
            return "fake";
        }

        @Override
        public boolean supports(String mediaType, String fileName) {
            return mediaType.equals("application/x-fake");
        }

        @Override
        public void extract(byte[] content, ExtractionLimits limits, TextSink sink) throws TextExtractionException {
            if (content.length == 0) {
                throw new IllegalStateException("a library's bug on an empty file");
            }
            sink.text(new TextSegment(TextSegment.Kind.PAGE, "1", "电话 " + MOBILE, ""));
            sink.unreadable(TextSegment.Kind.PAGE, "2", ReadProblem.NO_TEXT_LAYER);
            sink.embedded("embedded inner", "inner.fake", "application/x-fake", content);
        }
    }

    @Test
    void extractorsAreConsultedInOrderAndEmbeddedFilesAreFollowedUpToALimit() {
        Screener s = Screener.builder().discoverExtractors(false).clock(TODAY)
                .extractor(new FakeExtractor(SpiVersion.CURRENT)).build();
        assertThat(s.extractors()).containsExactly("fake", "zwgk-text", "zwgk-csv", "zwgk-html");
        List<Finding> f = s.screenFile("a.fake", "application/x-fake", "a.fake", new byte[] {1}).findings();
        assertThat(f).extracting(x -> x.source() + " | " + x.location().describe(Locale.CHINA) + " | " + x.detector())
                .containsExactly(
                        "a.fake | 第 1 页第 4 字 | MOBILE",
                        "a.fake | 第 2 页 | UNREADABLE",
                        "a.fake » inner.fake | 第 1 页第 4 字 | MOBILE",
                        "a.fake » inner.fake | 第 2 页 | UNREADABLE",
                        "a.fake » inner.fake » inner.fake | 第 1 页第 4 字 | MOBILE",
                        "a.fake » inner.fake » inner.fake | 第 2 页 | UNREADABLE",
                        "a.fake » inner.fake » inner.fake » inner.fake | 第 1 页第 4 字 | MOBILE",
                        "a.fake » inner.fake » inner.fake » inner.fake | 第 2 页 | UNREADABLE",
                        "a.fake » inner.fake » inner.fake » inner.fake | embedded inner | UNREADABLE");
        assertThat(f.get(1).problem()).isEqualTo(ReadProblem.NO_TEXT_LAYER);
        assertThat(f.get(1).code().code()).isEqualTo("ZWGK-3314");
        assertThat(f.get(8).problem()).isEqualTo(ReadProblem.TOO_LARGE);
        // an extractor that throws on a bad file: the file is unreadable, not clean
        assertThat(s.screenFile("b.fake", "application/x-fake", "b.fake", new byte[0]).findings()).singleElement()
                .satisfies(x -> assertThat(x.problem()).isEqualTo(ReadProblem.CORRUPT));
    }

    @Test
    void anExtractorForAnotherSpiIsRefusedWithACode() {
        assertThatThrownBy(() -> Screener.builder().discoverExtractors(false).extractor(new FakeExtractor("2.0"))
                .build()).isInstanceOfSatisfying(ZwgkException.class,
                        e -> assertThat(e.message(Locale.ENGLISH)).isEqualTo("ZWGK-3331 Text extractor fake ("
                                + FakeExtractor.class.getName() + ") was built for SPI 2.0, which this SPI "
                                + SpiVersion.CURRENT + " cannot run"));
    }

    @Test
    void aBrokenServiceRegistrationIsACodedError(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path services = dir.resolve("META-INF/services");
        java.nio.file.Files.createDirectories(services);
        java.nio.file.Files.writeString(services.resolve(TextExtractor.class.getName()), "org.example.Missing\n");
        try (java.net.URLClassLoader cl = new java.net.URLClassLoader(new java.net.URL[] {dir.toUri().toURL()},
                getClass().getClassLoader())) {
            assertThatThrownBy(() -> Screener.builder().classLoader(cl).build())
                    .isInstanceOfSatisfying(ZwgkException.class,
                            e -> assertThat(e.code()).isEqualTo("ZWGK-3332"));
        }
    }

    @Test
    void wordListsAreCheckedLineByLineWithoutQuotingTheWords() {
        byte[] ok = "# 本机关敏感词\n\n 艾滋病 \n精神病\n艾滋病\n".getBytes(StandardCharsets.UTF_8);
        assertThat(SensitiveWords.parse("words.txt", ok)).containsExactly("艾滋病", "精神病");
        byte[] gbk = "第一行\n张三丰\n".getBytes(Charset.forName("GBK"));
        assertThatThrownBy(() -> SensitiveWords.parse("words.txt", gbk))
                .isInstanceOfSatisfying(ZwgkException.class, e -> {
                    assertThat(e.code()).isEqualTo("ZWGK-3330");
                    assertThat(e.message(Locale.ENGLISH)).contains("words.txt, line 1", "looks like GBK");
                });
        byte[] longWord = ("a\n" + "长".repeat(101) + "\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SensitiveWords.parse("w", longWord)).isInstanceOfSatisfying(ZwgkException.class,
                e -> assertThat(e.getMessage()).contains("第 2 行").doesNotContain("长长"));
        assertThatThrownBy(() -> Screener.builder().sensitiveWords(List.of("a", " ")))
                .isInstanceOf(ZwgkException.class).hasMessageContaining("第 2 行");
    }

    @Test
    void maskingHelpersGiveTheUsualForms() {
        assertThat(Masking.idNumber("350524199001011234")).isEqualTo("350524********1234");
        assertThat(Masking.idNumber("350524900101123")).isEqualTo("350524*****1123");
        assertThat(Masking.mobile("13800000000")).isEqualTo("138****0000");
        assertThat(Masking.mobile("138-0000-0000")).isEqualTo("138-****-0000");
        assertThat(Masking.bankCard("6222021234567890123")).isEqualTo("622202*********0123");
        assertThat(Masking.word("张三丰")).isEqualTo("张**");
        assertThat(Masking.keep("1234", 3, 4)).isEqualTo("****");
        assertThat(SCREENER.mask("电话 138 0013 8000，身份证" + ID + "。"))
                .isEqualTo("电话 138 **** 8000，身份证110105********002X。");
    }

    @Test
    void locationsDescribeThemselvesInBothLanguages() {
        assertThat(new Location(TextSegment.Kind.CELL, "低保名单!C12", 0, 18).describe(Locale.CHINA))
                .isEqualTo("低保名单!C12");
        assertThat(new Location(TextSegment.Kind.CELL, "Sheet1!C12", 3, 11).describe(Locale.ENGLISH))
                .isEqualTo("Sheet1!C12, char 4");
        assertThat(new Location(TextSegment.Kind.TABLE_CELL, "T1R2C3", 0, 11).describe(Locale.CHINA))
                .isEqualTo("表格 1 第 2 行第 3 列");
        assertThat(new Location(TextSegment.Kind.TABLE_CELL, "T1R2C3", 0, 11).describe(Locale.ENGLISH))
                .isEqualTo("table 1, row 2, column 3");
        assertThat(new Location(TextSegment.Kind.PARAGRAPH, "4", 9, 11).describe(Locale.CHINA))
                .isEqualTo("第 4 段第 10 字");
        assertThat(new Location(TextSegment.Kind.PART, "header 1", 2, 11).describe(Locale.CHINA))
                .isEqualTo("header 1 第 3 字");
        assertThat(Location.whole().describe(Locale.CHINA)).isEmpty();
        assertThatThrownBy(() -> new Location(TextSegment.Kind.PAGE, "1", -1, 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Finding("a", Location.whole(), Detector.UNREADABLE, "", null, "f1-x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
