package org.zwgk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.catalogue.CatalogueLoader;
import org.zwgk.gate.Disclosure;
import org.zwgk.gate.Zwgk;
import org.zwgk.samples.SampleCatalogues;
import org.zwgk.testing.MutableClock;
import org.zwgk.testing.TestDatabase;

/** {@code zwgk check}: formats, --fail-on and exit codes, input errors (ZWGK-9500…, 8050, store codes). */
class CheckCommandTest {

    @TempDir
    static Path dir;
    static String url;
    static Path catalogue;

    @BeforeAll
    static void store() throws Exception {
        url = TestDatabase.H2.freshUrl();
        catalogue = dir.resolve("catalogue.yaml");
        try (InputStream in = SampleCatalogues.open(SampleCatalogues.TOWNSHIP)) {
            Files.write(catalogue, in.readAllBytes());
        }
        ZoneId cst = ZoneId.of("Asia/Shanghai");
        MutableClock clock = new MutableClock(LocalDate.of(2025, 3, 3).atTime(10, 0).atZone(cst).toInstant(), cst);
        Zwgk zwgk = Zwgk.builder().dataSource(TestDatabase.dataSource(url)).catalogue(CatalogueLoader.load(catalogue))
                .clock(clock).build();
        zwgk.inTransaction(g -> g.register(Disclosure.of("late", "01432281X", "SA-001", "关于<低保>标准的通知", "正文",
                "凤城镇人民政府", LocalDate.of(2025, 3, 3), "s1").withChannels(List.of("website"))));
    }

    @Test
    void textByDefaultExitOneForAnyFinding() {
        OutboxCommandTest.Result r = OutboxCommandTest.run("check", "--store", url, "--as-of", "2025-06-30");
        assertThat(r.code()).as(r.err()).isEqualTo(Main.FINDINGS);
        assertThat(r.out()).contains("截至 2025-06-30：单项否决 0 项，扣分 1 项，提示 0 项")
                .contains("[扣分] ZWGK-8001 栏目 SA-001 late「关于<低保>标准的通知」应于")
                .contains("依据：主动公开的政府信息应在目录规定的时限内公开").contains("提示：立即发布该信息")
                .contains("未检查：ZWGK-8006").contains("未提供标准目录（--catalogue）").contains("未提供网站目录（--site）");
        OutboxCommandTest.Result en = OutboxCommandTest.run("check", "--store", url, "--as-of", "2025-06-30",
                "--lang", "en");
        assertThat(en.out()).contains("as of 2025-06-30: 0 veto, 1 deduction, 0 notice")
                .contains("[deduction] ZWGK-8001 column SA-001 late").contains("not checked: ZWGK-8009");
    }

    @Test
    void failOnDecidesTheExitCode() {
        assertThat(OutboxCommandTest.run("check", "--store", url, "--as-of", "2025-06-30", "--fail-on", "veto")
                .code()).isEqualTo(Main.OK);
        assertThat(OutboxCommandTest.run("check", "--store", url, "--as-of", "2025-06-30", "--fail-on", "deduction")
                .code()).isEqualTo(Main.FINDINGS);
        assertThat(OutboxCommandTest.run("check", "--store", url, "--as-of", "2025-03-03").code())
                .as("nothing due yet").isEqualTo(Main.OK);
        // with the catalogue, its blank columns are a veto (more than 5 of 27 columns are blank)
        OutboxCommandTest.Result veto = OutboxCommandTest.run("check", "--store", url, "--as-of", "2025-06-30",
                "--catalogue", catalogue.toString(), "--fail-on", "veto");
        assertThat(veto.code()).isEqualTo(Main.FINDINGS);
        assertThat(veto.out()).contains("[单项否决] ZWGK-8007 空白栏目");
        assertThat(veto.out().indexOf("ZWGK-8007")).as("vetoes first").isLessThan(veto.out().indexOf("ZWGK-8001"));
        OutboxCommandTest.Result lenient = OutboxCommandTest.run("check", "--store", url, "--as-of", "2025-06-30",
                "--catalogue", catalogue.toString(), "--fail-on", "veto", "--blank-columns", "100");
        assertThat(lenient.code()).isEqualTo(Main.OK);
    }

    @Test
    void jsonAndHtmlToAFile() throws Exception {
        Path json = dir.resolve("check.json");
        OutboxCommandTest.Result r = OutboxCommandTest.run("check", "--store", url, "--as-of", "2025-06-30",
                "--format", "json", "--out", json.toString());
        assertThat(r.code()).isEqualTo(Main.FINDINGS);
        assertThat(r.out()).contains("扣分 1 项").contains(json.toString());
        JsonNode tree = new ObjectMapper().readTree(Files.readString(json));
        assertThat(tree.at("/format").asText()).isEqualTo("zwgk-check/1");
        assertThat(tree.at("/findings/0/id").asText()).isEqualTo("ZWGK-8001");
        assertThat(tree.at("/store").asText()).startsWith("jdbc:h2:file:");
        Path html = dir.resolve("check.html");
        assertThat(OutboxCommandTest.run("check", "--store", url, "--as-of", "2025-06-30", "--format", "html",
                "-o", html.toString(), "--lang", "en").code()).isEqualTo(Main.FINDINGS);
        assertThat(Files.readString(html, StandardCharsets.UTF_8)).contains("<html lang=\"en\">")
                .contains("关于&lt;低保&gt;标准的通知");
    }

    @Test
    void inputProblemsAreCodedUsageErrors() {
        OutboxCommandTest.Result date = OutboxCommandTest.run("check", "--store", url, "--as-of", "31.12.2025");
        assertThat(date.code()).isEqualTo(Main.USAGE);
        assertThat(date.err()).contains("ZWGK-9500").contains("31.12.2025").doesNotContain("Exception");
        OutboxCommandTest.Result site = OutboxCommandTest.run("check", "--store", url, "--site",
                dir.resolve("no-site").toString(), "--lang", "en");
        assertThat(site.code()).isEqualTo(Main.USAGE);
        assertThat(site.err()).contains("ZWGK-8050").contains("no-site");
        assertThat(OutboxCommandTest.run("check", "--store", url, "--grace", "soon").err()).contains("ZWGK-9502");
        assertThat(OutboxCommandTest.run("check", "--store", url, "--stale-months", "0").err()).contains("ZWGK-8052");
        OutboxCommandTest.Result out = OutboxCommandTest.run("check", "--store", url, "-o",
                dir.resolve("no-dir/x.txt").toString());
        assertThat(out.code()).isEqualTo(Main.USAGE);
        assertThat(out.err()).contains("ZWGK-9501");
        assertThat(OutboxCommandTest.run("check", "--store", url, "--catalogue", dir.resolve("nope.yaml").toString())
                .err()).contains("ZWGK-9001");
        OutboxCommandTest.Result noStore = OutboxCommandTest.run("check", "--store",
                "jdbc:h2:file:" + dir.resolve("missing/zwgk"));
        assertThat(noStore.code()).isEqualTo(Main.USAGE);
        assertThat(noStore.err()).contains("ZWGK-4008");
        assertThat(OutboxCommandTest.run("check", "--store", url, "--format", "xml").code()).isEqualTo(Main.USAGE);
    }

    /**
     * The check screens with the gate's sensitive words when given them (--words): the screening recorded at
     * publication was made without them, so it does not stand for the check's and the item is screened again.
     */
    @Test
    void theGatesWordsAndRescreen() throws Exception {
        String u = publishedOne("w", "本文件为内部资料。", true);
        Path words = dir.resolve("words.txt");
        Files.writeString(words, "# 敏感词\n内部资料\n", StandardCharsets.UTF_8);
        String[] base = {"check", "--store", u, "--as-of", "2025-03-03", "--format", "json"};
        assertThat(vetoes(OutboxCommandTest.run(base))).isZero();
        assertThat(vetoes(OutboxCommandTest.run(concat(base, "--rescreen")))).isZero();
        OutboxCommandTest.Result withWords = OutboxCommandTest.run(concat(base, "--words", words.toString()));
        assertThat(vetoes(withWords)).isEqualTo(1);
        assertThat(withWords.out()).contains("\"id\" : \"ZWGK-8013\"").contains("内***").doesNotContain("内部资料");
        OutboxCommandTest.Result missing = OutboxCommandTest.run(concat(base, "--words",
                dir.resolve("none.txt").toString()));
        assertThat(missing.code()).isEqualTo(Main.USAGE);
        assertThat(missing.err()).contains("ZWGK-9001").contains("none.txt").doesNotContain("Exception");
    }

    /**
     * --rescreen screens what a record vouches for: here a record standing (as if by a screening) for a version that
     * holds an unaccepted mobile number — a database edited behind zwgk's back, which only screening again finds.
     */
    @Test
    void rescreenLooksAgainAtWhatARecordVouchesFor() throws Exception {
        String u = publishedOne("m", "联系人手机 13905951234。", false);
        try (java.sql.Connection c = TestDatabase.dataSource(u).getConnection();
             java.sql.PreparedStatement ps = c.prepareStatement("INSERT INTO zwgk_screening_record (item_id, version, "
                     + "screening, fingerprints, masked_values, screened_at) VALUES ('m', 1, ?, '', '', ?)")) {
            ps.setString(1, org.zwgk.screen.Screener.standard().signature());
            ps.setObject(2, java.time.OffsetDateTime.now());
            ps.executeUpdate();
        }
        String[] base = {"check", "--store", u, "--as-of", "2025-03-03", "--format", "json"};
        assertThat(vetoes(OutboxCommandTest.run(base))).as("the record stands").isZero();
        OutboxCommandTest.Result again = OutboxCommandTest.run(concat(base, "--rescreen"));
        assertThat(vetoes(again)).isEqualTo(1);
        assertThat(again.out()).contains("139****1234").doesNotContain("13905951234");
    }

    /** A fresh store with one item published on 2025-03-03 by a gate with the screening on or off; its URL. */
    private static String publishedOne(String id, String body, boolean screening) {
        String u = TestDatabase.H2.freshUrl();
        ZoneId cst = ZoneId.of("Asia/Shanghai");
        LocalDate day = LocalDate.of(2025, 3, 3);
        MutableClock clock = new MutableClock(day.atTime(10, 0).atZone(cst).toInstant(), cst);
        Zwgk zwgk = Zwgk.builder().dataSource(TestDatabase.dataSource(u)).catalogue(CatalogueLoader.load(catalogue))
                .clock(clock).screening(screening).build();
        zwgk.inTransaction(g -> {
            g.register(Disclosure.of(id, "01432281X", "SA-001", "通知", body, "凤城镇人民政府", day, "s")
                    .withChannels(List.of("website")));
            g.classify(id, org.zwgk.classify.Classification.proactive("拟稿人", "办公室", "签发人", day));
            g.review(id, org.zwgk.classify.SecrecyReview.passed("保密员", "分管领导", day));
            return g.publish(id, "签发人");
        });
        return u;
    }

    private static int vetoes(OutboxCommandTest.Result r) throws Exception {
        return new ObjectMapper().readTree(r.out()).path("summary").path("veto").asInt(-1);
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
