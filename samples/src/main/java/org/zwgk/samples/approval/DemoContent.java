package org.zwgk.samples.approval;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.zwgk.samples.approval.DocumentDraft.DocType;

/**
 * Deterministic, realistic-looking content for the demo: titles, document numbers and bodies modelled on the
 * township seed (000) and the county catalogues, generated from {@code (seed, index)} only so that a re-run or a
 * larger {@code --items} reproduces the same document for the same id. Names, ID numbers and amounts are fictional.
 */
final class DemoContent {

    static final List<String> VILLAGES = List.of("东岳村", "西林村", "南坑村", "北溪村", "凤山社区", "龙湖社区",
            "上苑村", "下洋村", "石门村", "溪口村");
    private static final List<String> SURNAMES = List.of("陈", "林", "黄", "王", "李", "张", "吴", "刘", "郑", "许");
    private static final List<String> GIVEN = List.of("建国", "秀英", "志强", "丽华", "明辉", "桂兰", "文斌", "淑珍",
            "永福", "春梅", "国庆", "玉兰");

    /** A title pattern ({@code %1$s} = 2025年3月, {@code %2$s} = a village) and the host's document type. */
    record Template(String title, DocType type, boolean personalData) {
    }

    static final Map<String, Template> TEMPLATES = Map.ofEntries(
            Map.entry("SA-001", new Template("凤城镇关于进一步规范城乡最低生活保障工作的实施意见", DocType.NORMATIVE_DOCUMENT, false)),
            Map.entry("SA-002", new Template("凤城镇社会救助申请办事指南（%1$s更新）", DocType.NOTICE, false)),
            Map.entry("SA-003", new Template("凤城镇%1$s最低生活保障初审对象名单公示（%2$s）", DocType.LIST, true)),
            Map.entry("SA-004", new Template("凤城镇%1$s城乡低保对象名单", DocType.LIST, true)),
            Map.entry("SA-005", new Template("%2$s临时救助审批档案（%1$s）", DocType.INTERNAL, true)),
            Map.entry("FB-001", new Template("凤城镇2025年镇本级预算公开", DocType.REPORT, false)),
            Map.entry("FB-002", new Template("凤城镇2024年镇本级决算公开", DocType.REPORT, false)),
            Map.entry("FB-003", new Template("凤城镇2025年“三公”经费预算情况说明", DocType.REPORT, false)),
            Map.entry("FB-004", new Template("凤城镇政府债务限额及余额情况（%1$s）", DocType.REPORT, false)),
            Map.entry("AS-001", new Template("凤城镇2025年耕地地力保护补贴实施方案", DocType.NORMATIVE_DOCUMENT, false)),
            Map.entry("AS-002", new Template("凤城镇%1$s耕地地力保护补贴发放公示（%2$s）", DocType.LIST, true)),
            Map.entry("AS-003", new Template("凤城镇%1$s农机购置补贴受益对象公示", DocType.LIST, true)),
            Map.entry("AS-004", new Template("凤城镇%1$s惠民惠农财政补贴“一卡通”发放明细（%2$s）", DocType.LIST, true)),
            Map.entry("HE-001", new Template("凤城镇%1$s计划生育家庭奖励扶助对象公示", DocType.LIST, true)),
            Map.entry("HE-002", new Template("凤城镇国家基本公共卫生服务项目告知（%1$s）", DocType.NOTICE, false)),
            Map.entry("HE-003", new Template("凤城镇关于做好%1$s登革热防控工作的通告", DocType.NOTICE, false)),
            Map.entry("CE-001", new Template("凤城镇2025年秋季义务教育招生入学工作方案", DocType.NORMATIVE_DOCUMENT, false)),
            Map.entry("CE-002", new Template("凤城镇%1$s家庭经济困难学生资助名单公示", DocType.LIST, true)),
            Map.entry("MP-001", new Template("凤城镇企业投资项目备案办事指南（%1$s）", DocType.NOTICE, false)),
            Map.entry("MP-002", new Template("%2$s道路提升改造工程项目备案受理及办理结果（%1$s）", DocType.LICENSING_DECISION, false)),
            Map.entry("MP-003", new Template("%2$s污水管网工程施工招标公告（%1$s）", DocType.NOTICE, false)),
            Map.entry("MP-004", new Template("%2$s农村饮水安全巩固提升工程竣工验收结果公示", DocType.NOTICE, false)),
            Map.entry("PR-001", new Template("凤城镇%2$s小额工程建设项目交易公告（%1$s）", DocType.NOTICE, false)),
            Map.entry("PR-002", new Template("凤城镇%2$s小额工程建设项目成交结果公示（%1$s）", DocType.NOTICE, false)),
            Map.entry("PR-003", new Template("%2$s村集体资产出租成交结果公示（%1$s）", DocType.NOTICE, false)),
            Map.entry("EC-001", new Template("凤城镇%1$s高龄津贴发放对象公示", DocType.LIST, true)),
            Map.entry("EC-002", new Template("凤城镇敬老院基本情况及收住条件（%1$s更新）", DocType.NOTICE, false)));

    /** Withheld drafts (不予公开) of the kinds seeds 002/004 name: 请示, 人事方案, 执法案卷. */
    record Withheld(String title, DocType type, org.zwgk.classify.ExemptionGround ground, String reason) {
    }

    static final List<Withheld> WITHHELD = List.of(
            new Withheld("关于%2$s信访事项处理意见的请示", DocType.INTERNAL,
                    org.zwgk.classify.ExemptionGround.PROCESS_INFORMATION,
                    "属于行政机关在履行职责过程中形成的请示报告，系过程性信息（条例第十六条第二款）"),
            new Withheld("凤城镇党政办公室%1$s内部人员岗位调整方案", DocType.INTERNAL,
                    org.zwgk.classify.ExemptionGround.INTERNAL_AFFAIRS,
                    "属于人事管理内部事务信息（条例第十六条第一款）"),
            new Withheld("%2$s违法占地行政执法案卷（%1$s）", DocType.INTERNAL,
                    org.zwgk.classify.ExemptionGround.ENFORCEMENT_CASE_FILE,
                    "属于行政执法案卷信息（条例第十六条第二款）"));

    private DemoContent() {
    }

    static String month(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月";
    }

    static String title(Template t, LocalDate d, Random r) {
        return String.format(t.title(), month(d), VILLAGES.get(r.nextInt(VILLAGES.size())));
    }

    static String withheldTitle(Withheld w, LocalDate d, Random r) {
        return String.format(w.title(), month(d), VILLAGES.get(r.nextInt(VILLAGES.size())));
    }

    static String docNumber(DocType type, int serial) {
        return switch (type) {
            case NORMATIVE_DOCUMENT -> "凤政规〔2025〕" + serial + "号";
            case LICENSING_DECISION -> "凤政审〔2025〕" + serial + "号";
            case PENALTY_DECISION -> "凤政罚〔2025〕" + serial + "号";
            case INTERNAL -> "凤政办〔2025〕" + serial + "号";
            case RULES -> "凤政〔2025〕" + serial + "号";
            default -> "";
        };
    }

    static String person(Random r) {
        return SURNAMES.get(r.nextInt(SURNAMES.size())) + GIVEN.get(r.nextInt(GIVEN.size()));
    }

    /**
     * A fictional 18-digit resident ID number (region 350524, a real date, the GB 11643 check character) — personal
     * data, as valid as a real one, so the gate's screening treats it as one.
     */
    static String idNumber(Random r) {
        String body = String.format("350524%04d%02d%02d%03d", 1940 + r.nextInt(60), 1 + r.nextInt(12),
                1 + r.nextInt(28), r.nextInt(1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    static String phone(Random r) {
        return String.format("13%d%08d", 5 + r.nextInt(5), r.nextInt(100_000_000));
    }

    /** The full text of a list document: names with ID numbers and phones (the internal version). */
    static String listFull(String title, Random r, int rows) {
        StringBuilder b = new StringBuilder(title).append("\n根据有关规定，经村（居）委会评议、镇人民政府审核，现将名单公示如下：\n");
        for (int i = 1; i <= rows; i++) {
            b.append(i).append(". ").append(person(r)).append("，身份证号码 ").append(idNumber(r)).append("，联系电话 ")
                    .append(phone(r)).append("，").append(VILLAGES.get(r.nextInt(VILLAGES.size()))).append("，金额 ")
                    .append(300 + r.nextInt(900)).append(" 元\n");
        }
        b.append("公示期为7个工作日。如有异议，请在公示期内向凤城镇人民政府反映，联系电话：").append(SampleBody.PHONE).append("。");
        return b.toString();
    }

    /** A 公示 list as a CSV attachment: name, identity number, phone, village, amount (unmasked: the original). */
    static String listCsv(Random r, int rows) {
        StringBuilder b = new StringBuilder("姓名,公民身份号码,联系电话,村（居）,金额（元）\n");
        for (int i = 1; i <= rows; i++) {
            b.append(person(r)).append(',').append(idNumber(r)).append(',').append(phone(r)).append(',')
                    .append(VILLAGES.get(r.nextInt(VILLAGES.size()))).append(',').append(300 + r.nextInt(900))
                    .append('\n');
        }
        return b.toString();
    }

    static String body(String title, DocType type, Random r) {
        String v = VILLAGES.get(r.nextInt(VILLAGES.size()));
        return switch (type) {
            case NORMATIVE_DOCUMENT -> title + "\n各村（居）委会、镇直各单位：\n为贯彻落实上级有关部署，结合我镇实际，制定本文件。"
                    + "\n一、总体要求。坚持以人民为中心，依法依规、公开公正。\n二、主要措施。明确申请条件、审核程序和公示要求，"
                    + "实行镇村两级公开。\n三、保障措施。镇纪委加强监督，镇党政办负责政策解读和咨询。\n本文件自印发之日起施行，有效期五年。";
            case LICENSING_DECISION -> title + "\n申请单位：" + v + "村民委员会。\n经审查，申请材料齐全，符合法定形式，"
                    + "准予备案。办理时限：5个工作日，实际用时" + (1 + r.nextInt(5)) + "个工作日。";
            case REPORT -> title + "\n根据《中华人民共和国预算法》和《中华人民共和国政府信息公开条例》的规定，现将有关情况公开如下。"
                    + "\n一般公共预算收入 " + (3000 + r.nextInt(2000)) + " 万元，支出 " + (4000 + r.nextInt(2000))
                    + " 万元。具体见附表。";
            case INTERNAL -> title + "\n镇党委、镇政府：\n关于" + v + "反映的问题，经调查核实，拟按以下意见处理，妥否，请批示。";
            default -> title + "\n" + v + "、镇直各单位：\n现将有关事项公告如下：时间、地点、办理方式详见正文。咨询电话："
                    + SampleBody.PHONE + "。\n凤城镇人民政府";
        };
    }
}
