package org.zwgk.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zwgk.office.Tables.header;
import static org.zwgk.office.Tables.merge;
import static org.zwgk.office.Tables.row;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.zwgk.catalogue.Audience;
import org.zwgk.catalogue.Catalogue;
import org.zwgk.catalogue.CatalogueErrors;
import org.zwgk.catalogue.Channel;
import org.zwgk.catalogue.ContentElement;
import org.zwgk.catalogue.Domain;
import org.zwgk.catalogue.Item;
import org.zwgk.catalogue.Level;
import org.zwgk.catalogue.Method;
import org.zwgk.catalogue.StandardChannel;

/**
 * Excel tables in the layouts offices publish: title and note rows, two header rows with ticked groups, 一级事项
 * merged down, 同上, line breaks inside cells, one sheet per domain or domain rows in one sheet, a sheet without a
 * table, .xls as well as .xlsx.
 */
class ExcelImportTest {

    static final ImportOptions META = ImportOptions.defaults().with("id", "fengcheng-town").with("issuer", "凤城镇人民政府")
            .with("level", "乡级").with("region", "350524").with("version", "2020.1").with("effective", "2020-11-15");

    /** 社会救助 as a township publishes it: rows 1–2 title and unit, 3–4 header, 5–8 items, 9–10 notes. */
    static void socialAssistance(Sheet s) {
        row(s, 1, "凤城镇社会救助领域基层政务公开标准目录");
        merge(s, "A1:N1");
        row(s, 2, "填报单位：凤城镇人民政府　　填报日期：2020年11月");
        header(s, 3);
        row(s, 5, "1", "综合业务", "政策法规文件", "《社会救助暂行办法》及地方性法规、规章\n●文件名称\n〇政策解读",
                "《中华人民共和国政府信息公开条例》\n《社会救助暂行办法》", "制定或获取信息之日起10个工作日内", "县民政局、凤城镇人民政府",
                "政府网站、公开查阅点\n便民服务站", "√", "", "√", "", "√", "√");
        row(s, 6, "2", null, "办事指南", "申请条件、申请材料、办理流程", "《社会救助暂行办法》", "同上", "同上",
                "政府网站\n政务服务中心", "✓", null, "✓", null, "●", "是");
        row(s, 7, "3", null, "审批结果", "审批结果及救助金额", "《社会救助暂行办法》第十一条", "信息形成或者变更之日起20个工作日内",
                "凤城镇人民政府", "政府网站", null, "√", null, "√", null, "√");
        merge(s, "B5:B7");
        row(s, 8, "4", "最低生活保障", "低保对象名单", "保障对象姓名、保障金额", "《最低生活保障审核确认办法》", "实时公开", "同上",
                "政府网站\n社区/企事业单位/村公示栏（电子屏）", "√", null, "√", null, null, "√");
        row(s, 9, "注：1. 公开时限中“同上”指与上一行相同。");
        merge(s, "A9:N9");
        row(s, 10, "审核人：张三　　制表人：李四");
    }

    static TableImport read(byte[] bytes, ImportOptions options) {
        return TableImporter.create().read("目录.xlsx", bytes, options);
    }

    static List<String> lines(TableImport r) {
        return r.violations().stream().map(v -> v.toLine(Locale.CHINA)).toList();
    }

    @Test
    void theStandardLayoutWithMergedCellsTicksSameAsAboveAndNotes() {
        Tables.Book b = new Tables.Book();
        socialAssistance(b.sheet("社会救助"));
        Sheet fiscal = b.sheet("财政预决算");
        header(fiscal, 1);
        row(fiscal, 3, "1", "预算", "政府预算", "预算报告、报表及说明", "《中华人民共和国预算法》", "本级人民代表大会或其常务委员会批准后20日内",
                "凤城镇人民政府", "政府网站", "√", null, "√", null, null, "√");
        row(b.sheet("填表说明"), 1, "本表由各单位填报，12月底前报送。");
        TableImport r = read(b.bytes(), META);
        assertThat(r.errors()).extracting(v -> v.toLine(Locale.CHINA)).isEmpty();
        assertThat(r.warnings()).extracting(v -> v.code().code() + " " + v.location().describe(Locale.CHINA))
                .containsExactly("ZWGK-1131 工作表“填表说明”");
        Catalogue c = r.catalogue().orElseThrow();
        assertThat(c.metadata().title()).isEqualTo("凤城镇社会救助领域基层政务公开标准目录");
        assertThat(c.metadata().effective()).isEqualTo(LocalDate.of(2020, 11, 15));
        assertThat(c.domains()).extracting(Domain::code, Domain::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple("social-assistance", "社会救助"),
                org.assertj.core.groups.Tuple.tuple("fiscal-budgets", "财政预决算"));
        List<Item> sa = c.itemsOfDomain("social-assistance");
        assertThat(sa).extracting(Item::id).containsExactly("social-assistance-001", "social-assistance-002",
                "social-assistance-003", "social-assistance-004");
        Item first = sa.get(0);
        assertThat(first.path()).containsExactly("综合业务", "政策法规文件");
        assertThat(first.content()).isEqualTo("《社会救助暂行办法》及地方性法规、规章");
        assertThat(first.elements()).containsExactly(new ContentElement("文件名称", true), new ContentElement("政策解读", false));
        assertThat(first.basis()).containsExactly("《中华人民共和国政府信息公开条例》", "《社会救助暂行办法》");
        assertThat(first.channels()).containsExactly(Channel.of(StandardChannel.GOVERNMENT_WEBSITE),
                Channel.of(StandardChannel.READING_POINT), Channel.of(StandardChannel.SERVICE_STATION));
        assertThat(first.levels()).containsExactly(Level.COUNTY, Level.TOWNSHIP);
        Item second = sa.get(1);     // 一级事项 merged down; 同上 in 公开时限 kept verbatim, in 公开主体 read from above
        assertThat(second.path()).containsExactly("综合业务", "办事指南");
        assertThat(second.timeLimit().phrase()).isEqualTo("同上");
        assertThat(second.timeLimit().effective()).isEqualTo("制定或获取信息之日起10个工作日内");
        assertThat(second.subject()).isEqualTo("县民政局、凤城镇人民政府");
        assertThat(second.levels()).containsExactly(Level.COUNTY, Level.TOWNSHIP);   // ● and 是 are ticks too
        Item third = sa.get(2);
        assertThat(third.path().get(0)).isEqualTo("综合业务");
        assertThat(third.audience()).isEqualTo(Audience.SPECIFIC_GROUP);
        assertThat(third.method()).isEqualTo(Method.ON_APPLICATION);
        assertThat(third.levels()).containsExactly(Level.TOWNSHIP);
        assertThat(sa.get(3).subject()).isEqualTo("凤城镇人民政府");
        assertThat(sa.get(3).channels()).contains(Channel.of(StandardChannel.NOTICE_BOARD));
        assertThat(r.items()).isEqualTo(5);
    }

    @Test
    void domainRowsInOneSheetAndTheSameTableAsXls() {
        for (boolean xls : new boolean[] {false, true}) {
            Tables.Book b = new Tables.Book(xls);
            Sheet s = b.sheet("Sheet1");
            row(s, 1, "凤城镇政务公开事项标准目录");
            merge(s, "A1:N1");
            header(s, 2);
            row(s, 4, "一、社会救助");
            merge(s, "A4:N4");
            row(s, 5, "1", "综合业务", "政策法规文件", "政策文件", "《社会救助暂行办法》", "实时公开", "凤城镇人民政府", "政府网站",
                    "√", null, "√", null, null, "√");
            row(s, 6, "二、财政预决算领域");
            merge(s, "A6:N6");
            row(s, 7, "1", "预算", "政府预算", "预算报告", "《中华人民共和国预算法》", "本级人民代表大会或其常务委员会批准后20日内",
                    "凤城镇人民政府", "政府网站", "√", null, "√", null, null, "√");
            row(s, 8, "2", "决算", null, "决算报告", "《中华人民共和国预算法》", "同上", "凤城镇人民政府", "政府网站", "√", null,
                    "√", null, null, "√");
            TableImport r = TableImporter.create().read(xls ? "目录.xls" : "目录.xlsx", b.bytes(), META);
            assertThat(lines(r)).as(xls ? "xls" : "xlsx").isEmpty();
            Catalogue c = r.catalogue().orElseThrow();
            assertThat(c.metadata().title()).isEqualTo("凤城镇政务公开事项标准目录");
            assertThat(c.domains()).extracting(Domain::name).containsExactly("社会救助", "财政预决算");
            assertThat(c.itemsOfDomain("fiscal-budgets")).extracting(Item::id)
                    .containsExactly("fiscal-budgets-001", "fiscal-budgets-002");
            assertThat(c.item("fiscal-budgets-002").orElseThrow().path()).containsExactly("决算");
        }
    }

    @Test
    void oneHeaderRowWithTextColumnsAndTheUsualColumnNameVariants() {
        Tables.Book b = new Tables.Book();
        Sheet s = b.sheet("义务教育领域");
        row(s, 1, "事项编号", "公开事项名称", "公开内容(要素)", "公开依据", "公开时限", "责任主体", "公开渠道", "公开对象", "公开方式",
                "公开层级", "五公开", "备注");
        row(s, 2, "EDU-1", "招生政策", "招生范围、招生计划", "《中华人民共和国义务教育法》", "信息形成或者变更之日起20个工作日内",
                "区教育局", "政府网站，政务新媒体", "全社会", "主动公开", "县级、乡级", "决策", "");
        row(s, 3, "EDU-2", "招生结果", "录取名单", "《中华人民共和国义务教育法》", "同上", "同上", "政府网站", "特定群体",
                "依申请公开", "区级", "结果公开", "仅限申请人");
        TableImport r = read(b.bytes(), META.with("title", "义务教育领域政务公开标准目录"));
        assertThat(r.errors()).isEmpty();
        // 政务新媒体 is read as 两微一端 with the catalogue's usual warning, at its cell; so is a county-only item in
        // a township catalogue
        assertThat(r.warnings()).extracting(v -> v.code().code() + " " + v.location().describe(Locale.CHINA))
                .containsExactly("ZWGK-1058 义务教育领域!G2", "ZWGK-1063 义务教育领域!J3");
        Catalogue c = r.catalogue().orElseThrow();
        assertThat(c.domains().get(0).code()).isEqualTo("compulsory-education");
        Item i1 = c.item("EDU-1").orElseThrow();
        assertThat(i1.path()).containsExactly("招生政策");
        assertThat(i1.levels()).containsExactly(Level.COUNTY, Level.TOWNSHIP);
        assertThat(i1.channels()).containsExactly(Channel.of(StandardChannel.GOVERNMENT_WEBSITE),
                Channel.of(StandardChannel.NEW_MEDIA));
        Item i2 = c.item("EDU-2").orElseThrow();
        assertThat(i2.subject()).isEqualTo("区教育局");
        assertThat(i2.levels()).containsExactly(Level.COUNTY);
        assertThat(i2.method()).isEqualTo(Method.ON_APPLICATION);
    }

    @Test
    void metadataFromAMetadataFileAndOptionsWinOverIt() {
        Tables.Book b = new Tables.Book();
        socialAssistance(b.sheet("社会救助"));
        byte[] yaml = """
                id: fengcheng-town
                issuer: 凤城镇人民政府
                level: 乡级
                version: 2020.1
                effective: 2020-11-15
                guidelines: [《社会救助领域基层政务公开标准指引》]
                domains: {社会救助: sa}
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ImportOptions o = ImportOptions.defaults().withMetadataFile(new ImportOptions.MetadataFile("meta.yaml", yaml))
                .with("version", "2021.1");
        byte[] table = b.bytes();
        Catalogue c = read(table, o).catalogue().orElseThrow();
        assertThat(c.metadata().version()).isEqualTo("2021.1");
        assertThat(c.metadata().guidelines()).containsExactly("《社会救助领域基层政务公开标准指引》");
        assertThat(c.domains().get(0).code()).isEqualTo("sa");
        assertThat(c.items().get(0).id()).isEqualTo("sa-001");
        assertThat(read(table, META.withDomainCodes(Map.of("社会救助", "assist"))).catalogue().orElseThrow()
                .domains().get(0).code()).isEqualTo("assist");
    }

    @Test
    void channelsAsTickedBoxesAndSlashedLabelsWrittenWithCommas() {
        Tables.Book b = new Tables.Book();
        Sheet s = b.sheet("社会救助");
        header(s, 1);
        row(s, 3, "1", "综合业务", "政策法规文件", "政策文件", "《社会救助暂行办法》", "实时公开", "凤城镇人民政府",
                "■政府网站 □政府公报 ■两微一端 □发布会/听证会 ■其他：12345政务服务热线", "√", null, "√", null, null, "√");
        row(s, 4, "2", "综合业务", "办事指南", "办事指南", "《社会救助暂行办法》", "实时公开", "凤城镇人民政府",
                "政府网站、社区、企事业单位、村公示栏（电子屏）、入户、现场", "√", null, "√", null, null, "√");
        Catalogue c = read(b.bytes(), META.with("title", "目录")).catalogue().orElseThrow();
        assertThat(c.items().get(0).channels()).extracting(Channel::label).containsExactly("政府网站", "两微一端",
                "其他:12345政务服务热线");
        assertThat(c.items().get(1).channels()).extracting(Channel::label).containsExactly("政府网站",
                "社区/企事业单位/村公示栏(电子屏)", "入户/现场");
    }
}
