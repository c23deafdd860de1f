package org.zwgk.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a large, realistic and valid standard catalogue in the zwgk YAML format: the 26 pilot domains of
 * 国办发〔2019〕54号, item paths, contents, legal bases, verbatim time-limit phrases from real catalogues (including
 * {@code 同上}), the standard channel vocabulary plus {@code 其他:…} channels, optional content elements and 五公开
 * stages. Deterministic for a given seed, so every benchmark run validates the same bytes.
 */
public final class CatalogueGenerator {

    /** The 26 pilot domains (seed 002), with a code used for item ids. */
    static final String[][] DOMAINS = {
        {"urban-rural-planning", "城乡规划"}, {"major-construction", "重大建设项目"},
        {"public-resource-trading", "公共资源交易"}, {"budget-final-accounts", "财政预决算"},
        {"work-safety", "安全生产"}, {"tax-administration", "税收管理"},
        {"rural-land-expropriation", "农村集体土地征收"}, {"housing-expropriation", "国有土地上房屋征收与补偿"},
        {"affordable-housing", "保障性住房"}, {"rural-dilapidated-housing", "农村危房改造"},
        {"ecological-environment", "生态环境"}, {"public-culture", "公共文化服务"},
        {"public-legal-services", "公共法律服务"}, {"poverty-alleviation", "扶贫"},
        {"disaster-relief", "救灾"}, {"food-drug-supervision", "食品药品监管"},
        {"urban-law-enforcement", "城市综合执法"}, {"employment", "就业"},
        {"social-insurance", "社会保险"}, {"social-assistance", "社会救助"},
        {"elderly-care", "养老服务"}, {"household-registration", "户籍管理"},
        {"agricultural-subsidies", "涉农补贴"}, {"compulsory-education", "义务教育"},
        {"health", "卫生健康"}, {"municipal-services", "市政服务"},
    };

    /** Verbatim phrases from real catalogues (reference §4.6 and §5), all of forms the parser reads. */
    static final String[] TIME_LIMITS = {
        "信息形成或者变更之日起20个工作日内",
        "制定或获取信息之日起10个工作日内",
        "自信息形成或者变更之日起20个工作日内予以公开",
        "信息形成(变更)20个工作日内",
        "信息获取(形成、变更)20个工作日内",
        "信息形成之日起20个工作日内",
        "信息形成或变更之日起3个工作日内",
        "本级人民代表大会或其常务委员会批准后20日内",
        "实时公开",
        "及时公开",
        "按季度进行公开",
        "每月5日和20日",
    };

    static final String[] FIRST_LEVEL = {"政策法规文件", "办事指南", "审批结果", "监督检查", "资金使用", "工作动态",
        "办理过程信息", "公示名单"};
    static final String[] SECOND_LEVEL = {"法律法规", "规范性文件", "申请条件", "办理流程", "结果公示", "投诉举报",
        "年度计划", "实施情况", "补助标准", "对象名单"};
    static final String[] BASES = {"《中华人民共和国政府信息公开条例》", "《社会救助暂行办法》", "《中华人民共和国城乡规划法》",
        "《中华人民共和国预算法》", "《中华人民共和国安全生产法》", "《国有土地上房屋征收与补偿条例》",
        "《政府投资条例》", "《中华人民共和国招标投标法实施条例》", "《中华人民共和国义务教育法》"};
    static final String[] SUBJECTS = {"县人民政府", "县民政局", "县财政局", "县住房和城乡建设局", "县自然资源局",
        "县教育局", "凤城镇人民政府", "县农业农村局", "县卫生健康局"};
    static final String[] CHANNELS = {"政府网站", "政府公报", "两微一端", "发布会/听证会", "广播电视", "纸质媒体",
        "公开查阅点", "政务服务中心", "便民服务站", "入户/现场", "社区/企事业单位/村公示栏(电子屏)", "精准推送"};
    static final String[] OTHER_CHANNELS = {"其他:12345政务服务热线", "其他:公共资源交易平台", "其他:信用中国网站"};
    static final String[] STAGES = {"决策", "执行", "管理", "服务", "结果"};

    private CatalogueGenerator() {
    }

    /** Writes a catalogue of exactly {@code items} items to {@code file} (UTF-8, no BOM). */
    public static void writeYaml(Path file, int items, long seed) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writeYaml(w, items, seed);
        }
    }

    /** Writes a catalogue of exactly {@code items} items. */
    public static void writeYaml(Writer w, int items, long seed) throws IOException {
        if (items < 1) {
            throw new IllegalArgumentException("items must be positive: " + items);
        }
        Random rnd = new Random(seed);
        w.write("# Generated benchmark catalogue (" + items + " items, seed " + seed + ")\n");
        w.write("zwgk: 1\n");
        w.write("catalogue:\n");
        w.write("  id: benchmark-county\n");
        w.write("  title: 凤城县政务公开事项标准目录(基准测试)\n");
        w.write("  issuer: 凤城县人民政府\n");
        w.write("  level: 县级\n");
        w.write("  region: \"350524\"\n");
        w.write("  version: \"2020.1\"\n");
        w.write("  effective: 2020-11-15\n");
        w.write("domains:\n");
        int perDomain = (items + DOMAINS.length - 1) / DOMAINS.length;
        int written = 0;
        for (int d = 0; d < DOMAINS.length && written < items; d++) {
            w.write("  - code: " + DOMAINS[d][0] + "\n");
            w.write("    name: " + DOMAINS[d][1] + "\n");
            w.write("    items:\n");
            int n = Math.min(perDomain, items - written);
            for (int i = 0; i < n; i++) {
                writeItem(w, rnd, d, i);
            }
            written += n;
        }
    }

    private static void writeItem(Writer w, Random rnd, int domain, int index) throws IOException {
        String first = FIRST_LEVEL[rnd.nextInt(FIRST_LEVEL.length)];
        String second = SECOND_LEVEL[rnd.nextInt(SECOND_LEVEL.length)];
        w.write("      - id: " + String.format("D%02d-%06d", domain + 1, index + 1) + "\n");
        w.write("        path: [" + first + ", " + second + "]\n");
        w.write("        content: " + DOMAINS[domain][1] + first + second + "相关信息(第" + (index + 1) + "项)\n");
        if (rnd.nextInt(4) == 0) {
            w.write("        elements:\n");
            w.write("          - {name: 文件名称, required: true}\n");
            w.write("          - {name: 发文字号, required: false}\n");
        }
        w.write("        basis: [" + BASES[0] + ", " + BASES[1 + rnd.nextInt(BASES.length - 1)] + "]\n");
        // 同上 ("same as above") as real tables use it, never on the first item of a domain.
        String timeLimit = index > 0 && rnd.nextInt(8) == 0 ? "同上" : TIME_LIMITS[rnd.nextInt(TIME_LIMITS.length)];
        w.write("        timeLimit: " + timeLimit + "\n");
        w.write("        subject: " + SUBJECTS[rnd.nextInt(SUBJECTS.length)] + "\n");
        boolean specific = rnd.nextInt(5) == 0;
        boolean onApplication = !specific && rnd.nextInt(10) == 0;
        w.write("        channels: [" + String.join(", ", onApplication ? applicationChannels(rnd) : channels(rnd))
                + "]\n");
        w.write("        audience: " + (specific ? "特定群体" : "全社会") + "\n");
        w.write("        method: " + (onApplication ? "依申请" : "主动") + "\n");
        // A county catalogue: every item is disclosed at county level, some also by the townships.
        w.write("        levels: [" + (rnd.nextBoolean() ? "县级, 乡级" : "县级") + "]\n");
        // Catalogues either mark the 五公开 stage for a whole domain or not at all: half the domains do.
        if (domain % 2 == 0) {
            w.write("        stage: " + STAGES[rnd.nextInt(STAGES.length)] + "\n");
        }
    }

    /** Information disclosed on application reaches the applicant: no broadcast channel (OGI Art. 27 ff.). */
    private static List<String> applicationChannels(Random rnd) {
        return rnd.nextBoolean() ? List.of("政务服务中心") : List.of("政务服务中心", "公开查阅点");
    }

    private static List<String> channels(Random rnd) {
        List<String> out = new ArrayList<>();
        out.add(CHANNELS[0]);
        int extra = 1 + rnd.nextInt(3);
        for (int k = 0; k < extra; k++) {
            String c = CHANNELS[1 + rnd.nextInt(CHANNELS.length - 1)];
            if (!out.contains(c)) {
                out.add(c);
            }
        }
        if (rnd.nextInt(6) == 0) {
            out.add("\"" + OTHER_CHANNELS[rnd.nextInt(OTHER_CHANNELS.length)] + "\"");
        }
        return out;
    }
}
