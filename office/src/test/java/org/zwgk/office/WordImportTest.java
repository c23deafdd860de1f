package org.zwgk.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zwgk.office.Tables.W;
import static org.zwgk.office.Tables.wordHeader;
import static org.zwgk.office.Tables.wordItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.zwgk.catalogue.Catalogue;
import org.zwgk.catalogue.Domain;
import org.zwgk.catalogue.Item;
import org.zwgk.catalogue.Level;
import org.zwgk.catalogue.Method;

/**
 * Word tables as offices write them: the title paragraph, a heading before each domain's table or domain rows
 * inside one table, cells spanning columns (gridSpan) and merged down (vMerge), and tables continued across pages —
 * with or without the header repeated.
 */
class WordImportTest {

    static final ImportOptions META = ExcelImportTest.META;

    static List<List<W>> rows(List<List<W>> header, List<W>... items) {
        List<List<W>> out = new ArrayList<>(header);
        out.addAll(List.of(items));
        return out;
    }

    @Test
    void headingsMergedCellsAndTablesContinuedAcrossPages() {
        byte[] docx = new Tables.Doc()
                .paragraph("凤城镇政务公开事项标准目录")
                .paragraph("一、社会救助")
                .table(rows(wordHeader(),
                        wordItem("1", W.restart("综合业务"), "政策法规文件", "政策文件\n●文件名称", "《社会救助暂行办法》",
                                "制定或获取信息之日起10个工作日内", "凤城镇人民政府", "政府网站\n公开查阅点", "√", "", "√", "", "√", "√"),
                        wordItem("2", W.cont(), "办事指南", "申请条件", "《社会救助暂行办法》", "同上", "同上", "政府网站",
                                "√", "", "√", "", "", "√")))
                .paragraph("二、财政预决算")
                .table(rows(wordHeader(),
                        wordItem("1", W.of("预算"), "政府预算", "预算报告", "《中华人民共和国预算法》",
                                "本级人民代表大会或其常务委员会批准后20日内", "凤城镇人民政府", "政府网站", "√", "", "√", "", "", "√")))
                // the next page: the same table without its header
                .table(List.of(wordItem("2", W.of("决算"), "政府决算", "决算报告", "《中华人民共和国预算法》", "同上",
                        "凤城镇人民政府", "政府网站", "√", "", "√", "", "", "√")))
                // and a page with the header repeated
                .table(rows(wordHeader(), wordItem("3", W.of("三公经费"), "三公经费预算", "三公经费", "《中华人民共和国预算法》",
                        "本级人民代表大会或其常务委员会批准后20日内", "凤城镇人民政府", "政府网站", "√", "", "√", "", "", "√")))
                .bytes();
        TableImport r = TableImporter.create().read("目录.docx", docx, META);
        assertThat(r.violations()).extracting(v -> v.toLine(Locale.CHINA)).isEmpty();
        Catalogue c = r.catalogue().orElseThrow();
        assertThat(c.metadata().title()).isEqualTo("凤城镇政务公开事项标准目录");
        assertThat(c.domains()).extracting(Domain::code).containsExactly("social-assistance", "fiscal-budgets");
        List<Item> sa = c.itemsOfDomain("social-assistance");
        assertThat(sa.get(1).path()).containsExactly("综合业务", "办事指南");
        assertThat(sa.get(1).subject()).isEqualTo("凤城镇人民政府");
        assertThat(sa.get(0).elements()).hasSize(1);
        assertThat(sa.get(0).levels()).containsExactly(Level.COUNTY, Level.TOWNSHIP);
        assertThat(c.itemsOfDomain("fiscal-budgets")).extracting(i -> i.path().get(0)).containsExactly("预算", "决算",
                "三公经费");
        assertThat(c.itemsOfDomain("fiscal-budgets").get(1).timeLimit().effective())
                .isEqualTo("本级人民代表大会或其常务委员会批准后20日内");
    }

    @Test
    void domainRowsInsideOneTable() {
        List<List<W>> t = new ArrayList<>(wordHeader());
        t.add(List.of(W.span("一、社会救助", 14)));
        t.add(wordItem("1", W.of("综合业务"), "政策法规文件", "政策文件", "《社会救助暂行办法》", "实时公开", "凤城镇人民政府",
                "政府网站", "√", "", "", "√", "", "√"));
        t.add(List.of(W.span("二、养老服务", 14)));
        t.add(wordItem("1", W.of("养老补贴"), "高龄津贴", "发放名单", "《老年人权益保障法》", "按月进行公开", "凤城镇人民政府",
                "政府网站", "√", "", "√", "", "", "√"));
        TableImport r = TableImporter.create().read("目录.docx", new Tables.Doc().paragraph("目录").table(t).bytes(), META);
        assertThat(r.errors()).isEmpty();
        Catalogue c = r.catalogue().orElseThrow();
        assertThat(c.domains()).extracting(Domain::name).containsExactly("社会救助", "养老服务");
        assertThat(c.itemsOfDomain("social-assistance").get(0).method()).isEqualTo(Method.ON_APPLICATION);
    }

    @Test
    void findingsNameTheTableTheRowAndTheColumn() {
        byte[] docx = new Tables.Doc().paragraph("凤城镇政务公开事项标准目录").paragraph("一、社会救助")
                .table(rows(wordHeader(),
                        wordItem("1", W.of("综合业务"), "政策法规文件", "政策文件", "《社会救助暂行办法》", "实时公开", "凤城镇人民政府",
                                "政府网站", "√", "", "√", "", "", "√"),
                        wordItem("2", W.of("综合业务"), "办事指南", "", "《社会救助暂行办法》", "看情况", "凤城镇人民政府",
                                "政府网站", "√", "", "√", "√", "", "√")))
                .bytes();
        TableImport r = TableImporter.create().read("目录.docx", docx, META);
        assertThat(r.catalogue()).isEmpty();
        assertThat(r.errors()).extracting(v -> v.code().code() + " " + v.location().describe(Locale.CHINA)).containsExactly(
                "ZWGK-1035 表1 第4行 公开内容（要素）列", "ZWGK-1056 表1 第4行 公开时限列", "ZWGK-1105 表1 第4行 公开方式列");
        assertThat(r.errors().get(1).location().describe(Locale.ENGLISH)).isEqualTo("table 1, row 4, column 公开时限");
        assertThat(r.errors().get(1).toLine(Locale.ENGLISH))
                .startsWith("目录.docx table 1, row 4, column 公开时限 ZWGK-1056 Unreadable time limit \"看情况\"");
    }

    @Test
    void aRowBeforeAnyDomainIsAskedFor() {
        byte[] docx = new Tables.Doc().paragraph("某镇政务公开事项标准目录")
                .table(rows(wordHeader(), wordItem("1", W.of("综合业务"), "政策法规文件", "政策文件", "《条例》", "实时公开",
                        "镇政府", "政府网站", "√", "", "√", "", "", "√")))
                .bytes();
        TableImport r = TableImporter.create().read("目录.docx", docx, META);
        assertThat(r.errors()).extracting(v -> v.code().code() + " " + v.location().describe(Locale.CHINA))
                .containsExactly("ZWGK-1108 表1 第3行");
    }
}
