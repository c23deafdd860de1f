package org.zwgk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.extract.testing.TestDocuments;
import org.zwgk.screen.Detector;
import org.zwgk.screen.Masking;
import org.zwgk.testing.PersonalData;
import org.zwgk.testing.PersonalData.Planted;

/**
 * {@code zwgk screen} on a folder of real txt/csv/xlsx/docx/pdf/html files with seeded planted values and
 * look-alikes: every planted value is listed with its file, location and masked form, no look-alike is, and no
 * unmasked value ever reaches standard output or standard error.
 */
class ScreenCommandTest {

    @TempDir
    static Path dir;

    /** The lines the command must print, one per planted value. */
    static final Set<String> EXPECTED = new HashSet<>();
    /** Every planted value as written and as digits, which must never be printed. */
    static final List<String> SECRETS = new ArrayList<>();

    private static String code(Detector d) {
        return switch (d) {
            case ID_NUMBER -> "ZWGK-3320 ";
            case MOBILE -> "ZWGK-3321 ";
            default -> "ZWGK-3322 ";
        };
    }

    private static String label(Detector d) {
        return switch (d) {
            case ID_NUMBER -> "公民身份号码";
            case MOBILE -> "手机号码";
            default -> "银行卡号";
        };
    }

    private static void expect(String file, String where, Planted p) {
        EXPECTED.add(code(p.detector()) + file + " " + where + "：" + label(p.detector()) + " " + p.masked());
        SECRETS.add(p.written());
        SECRETS.add(p.normalized());
        SECRETS.add(PersonalData.fullWidth(p.normalized()));
    }

    /** Words around one value (or a look-alike) on one line; the value's offset goes into {@code at}. */
    private static String line(Random r, Planted p, int[] at) {
        StringBuilder sb = new StringBuilder(PersonalData.gap(r));
        if (p == null) {
            sb.append(PersonalData.decoy(r));
        } else {
            sb.append(p.before());
            at[0] = sb.length();
            sb.append(p.written());
        }
        return sb.append(PersonalData.gap(r)).toString().replace('\n', '，');
    }

    private static String cell(String ref, int offset) {
        return offset == 0 ? ref : ref + " 第 " + (offset + 1) + " 字";
    }

    @BeforeAll
    static void folder() throws IOException {
        Random r = new Random(0x5c7ee1L);
        Path d = Files.createDirectories(dir.resolve("待发布"));
        String base = CliTestPaths.display(d);

        StringBuilder txt = new StringBuilder();
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n");
        for (int i = 1; i <= 12; i++) {
            Planted p = i % 3 == 0 ? null : PersonalData.plant(r);
            int[] at = new int[1];
            String l = line(r, p, at);
            txt.append(l).append('\n');
            html.append("<p>").append(l).append("</p>\n");
            if (p != null) {
                expect(base + "/公告.txt", "第 " + i + " 行第 " + (at[0] + 1) + " 字", p);
                expect(base + "/公告.html", "第 " + (i + 1) + " 行第 " + (at[0] + 2) + " 字", p);
            }
        }
        Files.writeString(d.resolve("公告.txt"), txt, StandardCharsets.UTF_8);
        Files.writeString(d.resolve("公告.html"), html, StandardCharsets.UTF_8);

        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("姓名", "身份证号码", "联系电话", "银行卡号", "统一社会信用代码", "备注"));
        StringBuilder csv = new StringBuilder("姓名,身份证号码,联系电话,银行卡号,统一社会信用代码,备注\n");
        Detector[] kinds = {Detector.ID_NUMBER, Detector.MOBILE, Detector.BANK_CARD};
        for (int row = 2; row <= 9; row++) {
            List<String> cells = new ArrayList<>(List.of(PersonalData.filler(r, 2).replace('\n', '，')));
            StringBuilder csvRow = new StringBuilder(cells.get(0));
            for (int c = 0; c < 3; c++) {
                Planted p = PersonalData.plant(r, kinds[c]);
                String ref = String.valueOf((char) ('B' + c)) + row;
                cells.add(p.before() + p.written());
                csvRow.append(',').append(p.before()).append(p.written());
                expect(base + "/名单.xlsx", cell("低保名单!" + ref, p.before().length()), p);
                expect(base + "/名单.csv", cell(ref, p.before().length()), p);
            }
            String uscc = PersonalData.uscc(r);
            String note = PersonalData.decoy(r).replace("\"", "");
            cells.add(uscc);
            cells.add(note);
            rows.add(cells);
            csv.append(csvRow).append(',').append(uscc).append(",\"").append(note).append("\"\n");
        }
        Files.write(d.resolve("名单.xlsx"), TestDocuments.xlsx(List.of("低保名单"), List.of(rows)));
        Files.write(d.resolve("名单.csv"), csv.toString().getBytes(Charset.forName("GBK"))); // as Excel saves CSV

        List<String> paragraphs = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            Planted p = i % 4 == 0 ? null : PersonalData.plant(r);
            int[] at = new int[1];
            paragraphs.add(line(r, p, at));
            if (p != null) {
                expect(base + "/通知.docx", "第 " + i + " 段第 " + (at[0] + 1) + " 字", p);
            }
        }
        List<List<String>> table = new ArrayList<>(List.of(List.of("姓名", "身份证号码", "联系电话")));
        for (int row = 2; row <= 5; row++) {
            Planted id = PersonalData.plant(r, Detector.ID_NUMBER);
            Planted m = PersonalData.plant(r, Detector.MOBILE);
            table.add(List.of(PersonalData.filler(r, 2), id.before() + id.written(), m.before() + m.written()));
            expect(base + "/通知.docx", cell("表格 1 第 " + row + " 行第 2 列", 0), id);
            expect(base + "/通知.docx", cell("表格 1 第 " + row + " 行第 3 列", m.before().length()), m);
        }
        Files.write(d.resolve("通知.docx"), TestDocuments.docx(paragraphs, List.of(table)));

        List<List<String>> pages = new ArrayList<>();
        for (int page = 1; page <= 2; page++) {
            List<String> lines = new ArrayList<>();
            int offset = 0;
            for (int i = 0; i < 8; i++) {
                Planted p = i % 4 == 3 ? null : PersonalData.plant(r);
                int[] at = new int[1];
                String l = line(r, p, at);
                if (p != null) {
                    expect(base + "/公示.pdf", "第 " + page + " 页第 " + (offset + at[0] + 1) + " 字", p);
                }
                lines.add(l);
                offset += l.length() + 1;
            }
            pages.add(lines);
        }
        Files.write(d.resolve("公示.pdf"), TestDocuments.pdf(pages));

        Path sub = Files.createDirectories(d.resolve("附件"));
        Files.writeString(sub.resolve("干净.txt"), "凤政〔2024〕12号\n索引号：01432281X/2024-00535\n统一社会信用代码："
                + PersonalData.uscc(r) + "\n");
        Files.write(d.resolve(".DS_Store"), new byte[] {0, 0, 0, 1});
        assertThat(EXPECTED).hasSizeGreaterThan(80);
    }

    private static void neverUnmasked(OutboxCommandTest.Result res) {
        String all = res.out() + res.err();
        for (String s : SECRETS) {
            assertThat(all).as("an unmasked value is printed").doesNotContain(s);
        }
    }

    @Test
    void everyPlantedValueIsListedNoLookAlikeIsAndNothingIsPrintedUnmasked() {
        OutboxCommandTest.Result res = OutboxCommandTest.run("screen", CliTestPaths.display(dir.resolve("待发布")));
        assertThat(res.err()).isEmpty();
        assertThat(res.code()).isEqualTo(Main.FINDINGS);
        List<String> findings = res.out().lines().filter(l -> l.startsWith("ZWGK-33")).toList();
        assertThat(findings).containsExactlyInAnyOrderElementsOf(EXPECTED);
        assertThat(res.out()).contains("提示：", "共检查 7 个文件：发现 " + EXPECTED.size() + " 处", "1 个文件未发现问题",
                "跳过 1 个隐藏文件");
        neverUnmasked(res);
    }

    @Test
    void jsonListsEachFindingWithItsLocationAndFingerprint() throws IOException {
        OutboxCommandTest.Result res = OutboxCommandTest.run("screen", CliTestPaths.display(dir.resolve("待发布")),
                "--format", "json", "--lang", "en");
        assertThat(res.code()).isEqualTo(Main.FINDINGS);
        JsonNode json = new ObjectMapper().readTree(res.out());
        assertThat(json.get("files").asInt()).isEqualTo(7);
        assertThat(json.get("clean").asInt()).isEqualTo(1);
        assertThat(json.get("skippedHidden").asInt()).isEqualTo(1);
        assertThat(json.get("findings")).hasSize(EXPECTED.size());
        Set<String> fingerprints = new HashSet<>();
        for (JsonNode f : json.get("findings")) {
            assertThat(f.fieldNames()).toIterable().containsExactly("code", "file", "source", "detector",
                    "maskedValue", "problem", "location", "fingerprint", "message", "hint");
            assertThat(f.get("location").fieldNames()).toIterable().containsExactly("kind", "ref", "offset",
                    "length", "text");
            assertThat(f.get("maskedValue").asText()).contains("****");
            assertThat(f.get("problem").isNull()).isTrue();
            assertThat(f.get("message").asText()).containsPattern(": (resident identity number|mobile number|bank card "
                    + "number) ");
            fingerprints.add(f.get("fingerprint").asText());
        }
        assertThat(fingerprints).hasSize(EXPECTED.size()).allMatch(fp -> fp.matches("f1-[0-9a-f]{32}"));
        assertThat(json.get("counts").get("ID_NUMBER").asInt() + json.get("counts").get("MOBILE").asInt()
                + json.get("counts").get("BANK_CARD").asInt()).isEqualTo(EXPECTED.size());
        neverUnmasked(res);
    }

    @Test
    void aCleanFileExitsZero() {
        OutboxCommandTest.Result res = OutboxCommandTest.run("screen",
                CliTestPaths.display(dir.resolve("待发布/附件/干净.txt")), "--lang", "en");
        assertThat(res.code()).as(res.out() + res.err()).isEqualTo(Main.OK);
        assertThat(res.out()).contains("1 file(s) screened, 0 finding(s); 1 clean");
    }

    @Test
    void unreadableInputIsListedAndExitsTwoEvenWithFindings(@TempDir Path d) throws IOException {
        Files.writeString(d.resolve("a.txt"), "电话 13800138000\n");
        Files.writeString(d.resolve("坏.pdf"), "这不是 PDF 13900139000");
        Files.write(d.resolve("扫描.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        OutboxCommandTest.Result res = OutboxCommandTest.run("screen", CliTestPaths.display(d),
                CliTestPaths.display(d.resolve("没有.pdf")));
        assertThat(res.code()).isEqualTo(Main.USAGE);
        assertThat(res.out()).contains(
                "ZWGK-3321 " + CliTestPaths.display(d.resolve("a.txt")) + " 第 1 行第 4 字：手机号码 138****8000",
                "ZWGK-3312 " + CliTestPaths.display(d.resolve("坏.pdf")) + "：文件已损坏或与其类型不符，无法检查",
                "ZWGK-3310 " + CliTestPaths.display(d.resolve("扫描.png")) + "：没有能读取此类文件的提取器",
                "zwgk-extract");
        assertThat(res.err()).contains("ZWGK-9001", "没有.pdf");
        assertThat(res.out() + res.err()).doesNotContain("13800138000", "13900139000");
    }

    @Test
    void anEmptyDirectoryIsAUsageError(@TempDir Path d) throws IOException {
        Files.writeString(d.resolve(".hidden"), "13800138000");
        OutboxCommandTest.Result res = OutboxCommandTest.run("screen", CliTestPaths.display(d), "--lang", "en");
        assertThat(res.code()).isEqualTo(Main.USAGE);
        assertThat(res.err()).contains("ZWGK-9400 There are no files to screen", "hint:");
    }

    @Test
    void sensitiveWordsComeFromAListFileAndAreMaskedToo(@TempDir Path d) throws IOException {
        Path words = Files.writeString(d.resolve("words.txt"), "# 本机关敏感词\n张三丰\n艾滋病\n");
        Path f = Files.writeString(d.resolve("a.txt"), "患者张三丰，确诊艾滋病。\n");
        OutboxCommandTest.Result res = OutboxCommandTest.run("screen", CliTestPaths.display(f), "--words",
                CliTestPaths.display(words));
        assertThat(res.code()).isEqualTo(Main.FINDINGS);
        assertThat(res.out()).contains("ZWGK-3323 " + CliTestPaths.display(f) + " 第 1 行第 3 字：敏感词 张**",
                "第 1 行第 9 字：敏感词 艾**");
        assertThat(res.out() + res.err()).doesNotContain("张三丰", "艾滋病");

        Path gbk = d.resolve("gbk.txt");
        Files.write(gbk, "张三丰\n".getBytes(Charset.forName("GBK")));
        OutboxCommandTest.Result bad = OutboxCommandTest.run("screen", CliTestPaths.display(f), "--words",
                CliTestPaths.display(gbk));
        assertThat(bad.code()).isEqualTo(Main.USAGE);
        assertThat(bad.err()).contains("ZWGK-3330", "第 1 行", "GBK").doesNotContain("张三丰");
        assertThat(bad.out()).isEmpty();
        OutboxCommandTest.Result missing = OutboxCommandTest.run("screen", CliTestPaths.display(f), "--words",
                CliTestPaths.display(d.resolve("none.txt")));
        assertThat(missing.code()).isEqualTo(Main.USAGE);
        assertThat(missing.err()).contains("ZWGK-9001");
    }

    @Test
    void maskedFormsAreTheUsualOnes() {
        assertThat(Masking.idNumber("11010519491231002X")).isEqualTo("110105********002X");
    }
}
