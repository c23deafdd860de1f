package org.zwgk.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zwgk.office.Tables.header;
import static org.zwgk.office.Tables.merge;
import static org.zwgk.office.Tables.row;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;

/**
 * Every kind of broken table gives its code at the cell a person must fix, with the catalogue's usual messages and
 * hints — and never a catalogue, never a stack trace.
 */
class BrokenTableTest {

    static final ImportOptions META = ExcelImportTest.META.with("title", "凤城镇政务公开事项标准目录");

    /** 社会救助 with the header at rows 1–2 and two good items at rows 3–4; {@code edit} breaks it. */
    static TableImport broken(Consumer<Sheet> edit) {
        Tables.Book b = new Tables.Book();
        Sheet s = b.sheet("社会救助");
        header(s, 1);
        row(s, 3, "1", "综合业务", "政策法规文件", "政策文件", "《社会救助暂行办法》", "制定或获取信息之日起10个工作日内",
                "凤城镇人民政府", "政府网站", "√", null, "√", null, null, "√");
        row(s, 4, "2", "综合业务", "办事指南", "办事指南", "《社会救助暂行办法》", "实时公开", "凤城镇人民政府", "政府网站", "√",
                null, "√", null, null, "√");
        edit.accept(s);
        return TableImporter.create().read("目录.xlsx", b.bytes(), META);
    }

    /** "code location" of every error. */
    static List<String> errors(TableImport r) {
        assertThat(r.catalogue()).isEmpty();
        return r.errors().stream().map(v -> v.code().code() + " " + v.location().describe(Locale.CHINA)).toList();
    }

    @Test
    void aMissingColumnIsNamedAtTheHeader() {
        TableImport r = broken(s -> {
            row(s, 1, "序号", "公开事项", null, "公开内容（要素）", "公开依据", "时间要求"); // 公开时限 renamed beyond recognition
        });
        assertThat(errors(r)).containsExactly("ZWGK-1104 社会救助!A1:N1");
        assertThat(r.errors().get(0).message(Locale.CHINA)).isEqualTo("表头缺少“公开时限”列");
        assertThat(r.warnings()).extracting(v -> v.code().code() + " " + v.location().describe(Locale.CHINA))
                .containsExactly("ZWGK-1130 社会救助!F1");
    }

    @Test
    void aTickInBothMethodsIsReportedOverBothCells() {
        TableImport r = broken(s -> row(s, 4, null, null, null, null, null, null, null, null, null, null, null, "√"));
        assertThat(errors(r)).containsExactly("ZWGK-1105 社会救助!K4:L4");
        assertThat(r.errors().get(0).message(Locale.CHINA)).isEqualTo("公开方式同时勾选了“主动”和“依申请”，只能选一项");
    }

    @Test
    void noTickInAGroupIsTheCataloguesMissingKeyOverTheGroup() {
        TableImport r = broken(s -> row(s, 3, null, null, null, null, null, null, null, null, null, null, ""));
        assertThat(errors(r)).containsExactly("ZWGK-1031 社会救助!K3:L3");
        assertThat(r.errors().get(0).message(Locale.CHINA)).isEqualTo("缺少必填的键 \"公开方式\"");
    }

    @Test
    void anUnknownTickMark() {
        TableImport r = broken(s -> row(s, 3, null, null, null, null, null, null, null, null, null, null, null, null,
                "x?"));
        assertThat(errors(r)).containsExactly("ZWGK-1106 社会救助!M3");
    }

    @Test
    void anUnknownChannelAtItsCellWithTheCataloguesSuggestion() {
        TableImport r = broken(s -> row(s, 4, null, null, null, null, null, null, null, "政府网站\n政府网占"));
        assertThat(errors(r)).containsExactly("ZWGK-1057 社会救助!H4");
        assertThat(r.errors().get(0).message(Locale.CHINA)).contains("政府网占", "政府网站");
    }

    @Test
    void anUnreadableTimeLimitAtItsCell() {
        TableImport r = broken(s -> row(s, 4, null, null, null, null, null, "尽快"));
        assertThat(errors(r)).containsExactly("ZWGK-1056 社会救助!F4");
        TableViolation v = r.errors().get(0);
        assertThat(v.toLine(Locale.CHINA)).startsWith("目录.xlsx 社会救助!F4 ZWGK-1056 无法识别的公开时限 \"尽快\"");
        assertThat(v.hint(Locale.ENGLISH)).isNotBlank();
        assertThat(v.violation().pointer()).isEqualTo("/domains/0/items/1/timeLimit");
    }

    @Test
    void anEmptyFirstLevelItem() {
        TableImport r = broken(s -> s.getRow(3).getCell(1).setCellValue(""));
        assertThat(errors(r)).containsExactly("ZWGK-1035 社会救助!B4");
    }

    @Test
    void aMergedFirstLevelItemReportsAtTheMergedCell() {
        TableImport r = broken(s -> {
            s.getRow(3).removeCell(s.getRow(3).getCell(1));
            s.getRow(2).getCell(1).setCellValue(" ");
            merge(s, "B3:B4");
        });
        assertThat(errors(r)).containsExactly("ZWGK-1035 社会救助!B3", "ZWGK-1035 社会救助!B3");
    }

    @Test
    void sameAsAboveWithNothingAboveAndEmptyCellsUseTheCatalogueCodes() {
        TableImport r = broken(s -> {
            row(s, 3, null, null, null, null, null, null, "同上");
            row(s, 4, null, null, null, "", "", "", null, "");
        });
        assertThat(errors(r)).containsExactly("ZWGK-1107 社会救助!G3", "ZWGK-1035 社会救助!D4", "ZWGK-1036 社会救助!E4",
                "ZWGK-1035 社会救助!F4", "ZWGK-1036 社会救助!H4");
    }

    @Test
    void sameAsAboveInTheFirstTimeLimitIsTheCataloguesOwnError() {
        TableImport r = broken(s -> row(s, 3, null, null, null, null, null, "同上"));
        assertThat(errors(r)).containsExactly("ZWGK-1052 社会救助!F3");
    }

    @Test
    void duplicateIdsNameTheRowOfTheFirst() {
        Tables.Book b = new Tables.Book();
        Sheet s = b.sheet("社会救助");
        row(s, 1, "编号", "一级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道", "公开对象", "公开方式", "公开层级");
        row(s, 2, "SA-1", "政策", "文件", "条例", "实时公开", "镇政府", "政府网站", "全社会", "主动", "乡级");
        row(s, 3, "SA-1", "指南", "文件", "条例", "实时公开", "镇政府", "政府网站", "全社会", "主动", "乡级");
        TableImport r = TableImporter.create().read("目录.xlsx", b.bytes(), META);
        assertThat(errors(r)).containsExactly("ZWGK-1050 社会救助!A3");
        assertThat(r.errors().get(0).message(Locale.CHINA)).isEqualTo("事项标识 \"SA-1\" 重复（第一次在第 2 行）");
    }

    @Test
    void missingMetadataNamesTheOptionAndAnUnknownDomainItsCode() {
        Tables.Book b = new Tables.Book();
        Sheet s = b.sheet("村情概况");
        header(s, 1);
        row(s, 3, "1", "村情", "基本情况", "村基本情况", "《中华人民共和国村民委员会组织法》", "按年度进行公开，每年初公开一次", "村委会",
                "社区/企事业单位/村公示栏(电子屏)", "√", null, "√", null, null, "√");
        TableImport r = TableImporter.create().read("村务.xlsx", b.bytes(), ImportOptions.defaults().with("id", "v")
                .with("level", "村级").with("version", "1").with("effective", "2024-13-01"));
        assertThat(errors(r)).containsExactly("ZWGK-1110 选项 --title", "ZWGK-1110 选项 --issuer",
                "ZWGK-1040 选项 --effective", "ZWGK-1109 工作表“村情概况”");
        assertThat(r.errors().get(1).hint(Locale.CHINA)).isEqualTo("用 --issuer 指定，或写在元数据文件（--meta）中的 issuer 键。");
        assertThat(r.errors().get(3).hint(Locale.CHINA)).contains("--domain \"村情概况=代码\"");
    }

    @Test
    void filesThatAreNotTablesAreCodedErrorsNotStackTraces() {
        TableImporter importer = TableImporter.create();
        TableImport text = importer.read("目录.xlsx", "序号,公开事项\n1,x".getBytes(StandardCharsets.UTF_8), META);
        assertThat(errors(text)).containsExactly("ZWGK-1102 ");
        byte[] zip = new Tables.Book().bytes();
        byte[] truncated = java.util.Arrays.copyOf(zip, zip.length / 2);
        assertThat(errors(importer.read("目录.xlsx", truncated, META))).containsExactly("ZWGK-1101 ");
        Tables.Book empty = new Tables.Book();
        row(empty.sheet("Sheet1"), 1, "本表无内容");
        assertThat(errors(importer.read("目录.xlsx", empty.bytes(), META))).contains("ZWGK-1103 ");
        assertThat(errors(importer.read("目录.xlsx", new Tables.Book().bytes(), META.withSheets(List.of("社会救助")))))
                .containsExactly("ZWGK-1114 选项 --sheet");
    }
}
