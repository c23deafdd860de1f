package org.zwgk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.catalogue.Catalogue;
import org.zwgk.catalogue.CatalogueLoader;
import org.zwgk.samples.SampleCatalogues;

/**
 * {@code zwgk catalogue import|export} and {@code zwgk calendar import-notice|diff}, in-process: the round trip of
 * a sample through a table, located table errors, and the yearly routine in four commands.
 */
class OfficeCommandsTest {


    private static OutboxCommandTest.Result run(String... args) {
        return OutboxCommandTest.run(args);
    }

    private static Path sample(Path dir) throws Exception {
        Path f = dir.resolve(SampleCatalogues.TOWNSHIP);
        try (InputStream in = SampleCatalogues.open(SampleCatalogues.TOWNSHIP)) {
            Files.write(f, in.readAllBytes());
        }
        return f;
    }

    private static String notice(String name) throws Exception {
        try (InputStream in = OfficeCommandsTest.class.getResourceAsStream("/org/zwgk/calendar/notice/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aCatalogueGoesOutToATableAndComesBackEqual(@TempDir Path dir) throws Exception {
        Path yaml = sample(dir);
        for (String table : new String[] {"目录.xlsx", "目录.docx"}) {
            OutboxCommandTest.Result export = run("catalogue", "export", yaml.toString(), "--out", dir.resolve(table).toString());
            assertThat(export.code()).as(export.out() + export.err()).isZero();
            assertThat(export.out()).contains("已写出", "8 个领域");
            Path back = dir.resolve(table + ".yaml");
            OutboxCommandTest.Result imp = run("catalogue", "import", dir.resolve(table).toString(), "--out", back.toString());
            assertThat(imp.code()).as(imp.out() + imp.err()).isZero();
            assertThat(imp.out()).contains("0 个错误", "已写出");
            Catalogue original = CatalogueLoader.load(yaml);
            assertThat(CatalogueLoader.load(back)).isEqualTo(original);
            assertThat(run("validate", back.toString()).code()).isZero();
        }
    }

    @Test
    void aBrokenTableIsReportedAtItsCellsAndNothingIsWritten(@TempDir Path dir) throws Exception {
        Path yaml = sample(dir);
        Path xlsx = dir.resolve("目录.xlsx");
        assertThat(run("catalogue", "export", yaml.toString(), "--out", xlsx.toString()).code()).isZero();
        // a table exported by zwgk carries its metadata; without it (a table from elsewhere) the options are asked for
        OutboxCommandTest.Result en = run("catalogue", "import", xlsx.toString(), "--out", dir.resolve("x.yaml").toString(), "--lang", "en",
                "--catalogue-version", "", "--format", "json");
        assertThat(en.code()).isEqualTo(1);
        assertThat(en.out()).contains("\"code\" : \"ZWGK-1035\"", "\"location\" : \"option --catalogue-version\"",
                "\"written\" : null");
        assertThat(dir.resolve("x.yaml")).doesNotExist();
        OutboxCommandTest.Result bad = run("catalogue", "import", yaml.toString(), "--out", dir.resolve("x.yaml").toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.out()).contains("ZWGK-1102");
        OutboxCommandTest.Result ext = run("catalogue", "import", xlsx.toString(), "--out", dir.resolve("x.txt").toString());
        assertThat(ext.code()).isEqualTo(2);
        assertThat(ext.err()).contains("ZWGK-9302");
        OutboxCommandTest.Result domain = run("catalogue", "import", xlsx.toString(), "--out", dir.resolve("x.yaml").toString(),
                "--domain", "社会救助");
        assertThat(domain.err()).contains("ZWGK-1115");
    }

    @Test
    void theYearlyRoutineInFourCommands(@TempDir Path dir) throws Exception {
        // a made-up 2027 notice (the real one appears in November 2026): the routine is what is tested
        String text = """
                各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
                经国务院批准，现将2027年元旦、春节放假调休日期的具体安排通知如下。
                一、元旦：1月1日（周五）至3日（周日）放假，共3天。
                二、春节：2月5日（周五）至12日（周五）放假调休，共8天。2月14日（周日）、2月20日（周六）上班。
                国务院办公厅
                2026年11月5日
                """;
        Path notice = Files.writeString(dir.resolve("2027.txt"), text);
        Path data = Files.createDirectory(dir.resolve("calendar"));
        // 1. import the notice
        OutboxCommandTest.Result imp = run("calendar", "import-notice", notice.toString(), "--out", dir.toString(), "--url",
                "https://www.gov.cn/zhengce/content/2027.htm");
        assertThat(imp.code()).as(imp.err()).isZero();
        assertThat(imp.out()).contains("国务院办公厅关于2027年部分节假日安排的通知 2026-11-05", "春节 2027-02-05..2027-02-12 放假");
        Path year = dir.resolve("2027.yaml");
        assertThat(Files.readString(year)).contains("url: \"https://www.gov.cn/zhengce/content/2027.htm\"");
        // 2. what it changes against the calendar in use
        OutboxCommandTest.Result diff = run("calendar", "diff", year.toString(), "--calendar-data", data.toString());
        assertThat(diff.code()).isZero();
        assertThat(diff.out()).contains("2027 年：13 天有变化，工作日 -5 天；此前 365 天为暂定（仅按周末）",
                "2027-02-08 周一 workday? -> holiday 春节", "2027-02-14 周日 weekend? -> adjusted-workday 春节");
        // 3. put it into the calendar data folder; 4. the calendar (and obligations recompute) take it
        Files.copy(year, data.resolve("2027.yaml"));
        OutboxCommandTest.Result cal = run("calendar", "--from", "2027-02-14", "--to", "2027-02-14", "--format", "csv", "--calendar-data",
                data.toString());
        assertThat(cal.out()).contains("2027-02-14,true,adjusted-workday,春节");
        assertThat(run("calendar", "diff", year.toString(), "--calendar-data", data.toString()).out())
                .startsWith("2027 年：0 天有变化");
    }

    @Test
    void theBundledNoticesAndAMistypedOne(@TempDir Path dir) throws Exception {
        Path y2020 = Files.writeString(dir.resolve("2020.txt"), notice("2020.txt"));
        Path special = Files.writeString(dir.resolve("2020-special.txt"), notice("2020-special.txt"));
        OutboxCommandTest.Result ok = run("calendar", "import-notice", y2020.toString(), "--special", special.toString(), "--out",
                dir.resolve("2020.yaml").toString(), "--number", "国办发明电〔2019〕16号");
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("春节 2020-01-24..2020-02-02 放假，上班 [2020-01-19]");
        assertThat(ok.err()).contains("ZWGK-2321"); // the special notice's title was composed from its text
        OutboxCommandTest.Result same = run("calendar", "diff", dir.resolve("2020.yaml").toString());
        assertThat(same.out()).startsWith("2020 年：0 天有变化");
        Path typo = Files.writeString(dir.resolve("2026.txt"), notice("2026.txt").replace("2月28日（周六）", "2月28日（周日）"));
        OutboxCommandTest.Result bad = run("calendar", "import-notice", typo.toString(), "--out", dir.resolve("2026.yaml").toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("ZWGK-2305 2026.txt 第 4 行", "2月28日写的是周日，但 2026-02-28 是星期六", "提示：");
        assertThat(dir.resolve("2026.yaml")).doesNotExist();
        OutboxCommandTest.Result name = run("calendar", "import-notice", y2020.toString(), "--out", dir.resolve("calendar.yaml").toString());
        assertThat(name.code()).isEqualTo(2);
        assertThat(name.err()).contains("ZWGK-9303");
        OutboxCommandTest.Result none = run("calendar");
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("ZWGK-9301");
        OutboxCommandTest.Result diffYears = run("calendar", "diff", dir.resolve("2020.yaml").toString(), dir.resolve("2027.yaml").toString());
        assertThat(diffYears.code()).isEqualTo(2);
        assertThat(diffYears.err()).contains("ZWGK-9001");
    }
}
