package org.zwgk.samples.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.adapter.archive.ArchiveAdapter;
import org.zwgk.catalogue.Catalogue;
import org.zwgk.catalogue.CatalogueLoader;
import org.zwgk.catalogue.Item;
import org.zwgk.channel.ChannelRegistry;
import org.zwgk.channel.Channels;
import org.zwgk.lifecycle.EventLog;
import org.zwgk.publish.Outbox;
import org.zwgk.publish.OutboxAction;
import org.zwgk.publish.OutboxEntry;
import org.zwgk.report.AnnualReport;
import org.zwgk.report.ProactiveDisclosureFigures;
import org.zwgk.report.ReportJson;
import org.zwgk.report.Section3Row;
import org.zwgk.samples.SampleCatalogues;
import org.zwgk.spi.channel.DeliveryStatus;
import org.zwgk.store.ZwgkStore;

/** The sample approval system's year at a small size, on an H2 file, with the real website and archive channels. */
class DemoRunTest {

    @TempDir
    static Path tmp;

    static DemoResult first;
    static DemoResult second;
    static Map<String, Integer> countsAfterFirst;
    static Map<String, Integer> countsAfterSecond;
    static DataSource ds;

    @BeforeAll
    static void runTwice() throws Exception {
        ds = ZwgkStore.dataSource("jdbc:h2:file:" + tmp.resolve("db/zwgk") + ";QUERY_CACHE_SIZE=100");
        first = run();
        countsAfterFirst = counts();
        second = run();
        countsAfterSecond = counts();
    }

    private static DemoResult run() throws Exception {
        Path config = tmp.resolve("channels.properties");
        Files.writeString(config, DemoRun.defaultChannelConfig(tmp), StandardCharsets.UTF_8);
        DemoRun.writeSampleCatalogue(tmp);
        SimulatedClock clock = DemoRun.newClock();
        try (Channels channels = ChannelRegistry.discovering().load(config, clock)) {
            return DemoRun.builder().dataSource(ds).channels(channels.adapters()).clock(clock).out(tmp).items(60)
                    .build().run();
        }
    }

    private static Map<String, Integer> counts() throws SQLException {
        Map<String, Integer> m = new LinkedHashMap<>();
        try (Connection c = ds.getConnection()) {
            for (String t : List.of("oa_document", "oa_matter", "oa_step", "zwgk_item", "zwgk_obligation",
                    "zwgk_outbox", "zwgk_event")) {
                try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + t);
                     ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    m.put(t, rs.getInt(1));
                }
            }
        }
        return m;
    }

    private static List<String> column(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /**
     * Issue 12: the original of every partially disclosed document — its whole text, and every identity number and
     * mobile number in its text and its files — is nowhere in the demo's output (site, its state, archive packages
     * with their base64-embedded files decoded, report, configuration); only the store (db/) holds it.
     */
    @Test
    void theOriginalOfAPartialDisclosureIsNowhereInTheOutput() throws Exception {
        // Originals whose text was redacted (the list stopped by the screening had a clean body, only its file).
        List<String> originals = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT i.content, "
                + "p.content FROM zwgk_item i JOIN zwgk_public_version p ON p.item_id = i.item_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (!rs.getString(1).equals(rs.getString(2))) {
                    originals.add(rs.getString(1));
                }
            }
        }
        assertThat(originals).hasSizeGreaterThan(3);
        List<String> files = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT a.content FROM "
                + "zwgk_attachment a JOIN zwgk_item i ON i.item_id = a.item_id WHERE i.attribute = 'PARTIAL'");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                files.add(new String(rs.getBytes(1), StandardCharsets.UTF_8));
            }
        }
        assertThat(files).as("the list stopped by the screening, attached unmasked").isNotEmpty();
        assertThat(first.screened()).singleElement().asString().contains("ZWGK-3301");
        assertThat(first.logProblems()).as("the record proves itself").isEmpty();
        Set<String> numbers = new java.util.TreeSet<>();
        Matcher m = Pattern.compile("350524\\d{11}[\\dX]|1[3-9]\\d{9}").matcher(String.join("\n", originals)
                + "\n" + String.join("\n", files));
        while (m.find()) {
            numbers.add(m.group());
        }
        assertThat(numbers).hasSizeGreaterThan(20);
        Path store = tmp.resolve("db");
        List<Path> outputs;
        try (Stream<Path> all = Files.walk(tmp)) {
            outputs = all.filter(Files::isRegularFile).filter(p -> !p.startsWith(store)).toList();
        }
        assertThat(outputs).anyMatch(p -> p.toString().endsWith(".eep.xml"));
        Pattern base64 = Pattern.compile("[A-Za-z0-9+/=\\r\\n]{200,}");
        for (Path f : outputs) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
            StringBuilder decoded = new StringBuilder(text);
            Matcher b = base64.matcher(text);
            while (b.find()) {
                try {
                    decoded.append('\n').append(new String(java.util.Base64.getMimeDecoder().decode(b.group()),
                            StandardCharsets.UTF_8));
                } catch (IllegalArgumentException notBase64) {
                    // plain text that merely looks long
                }
            }
            String all = decoded.toString();
            for (String original : originals) {
                assertThat(all).as(f.toString()).doesNotContain(original);
            }
            for (String n : numbers) {
                assertThat(all).as(f + " holds " + n.substring(0, 4) + "…").doesNotContain(n);
            }
        }
    }

    @Test
    void registersTheRequestedNumberOfDocumentsWithEveryAttribute() {
        assertThat(first.documents()).isEqualTo(60);
        assertThat(first.createdThisRun()).isEqualTo(60);
        assertThat(first.byAttribute()).containsKeys("主动公开", "部分公开", "依申请公开", "不予公开");
        assertThat(first.withheld()).anySatisfy(w -> {
            assertThat(w.attribute()).isEqualTo("不予公开");
            assertThat(w.grounds()).contains("条例第十六条");
            assertThat(w.reason()).isNotBlank();
        });
    }

    @Test
    void theGateRefusedAStepFirstListingWhatWasUnmetThenItPassed() throws SQLException {
        assertThat(first.refusal()).startsWith("ZWGK-3201").contains("SX-2025-001:DECISION").contains("截止");
        assertThat(column("SELECT status FROM oa_step WHERE step_id = 'SX-2025-001:DECISION'"))
                .containsExactly("COMPLETED");
        // The last matter's 结果 stage is open and due soon; one 管理 obligation is overdue.
        assertThat(first.dueSoon()).anySatisfy(l -> assertThat(l).contains("SX-2025-001"));
        assertThat(first.overdue()).anySatisfy(l -> assertThat(l).contains("SX-2025-001"));
        assertThat(first.stagesEntered()).isEqualTo(5);
    }

    @Test
    void siteHasIndexItemPagesAndTheWithdrawalNoticeButNothingWithheld() throws Exception {
        Path site = tmp.resolve("site");
        assertThat(first.site()).isEqualTo(site.resolve("index.html"));
        assertThat(site.resolve("index.html")).exists();
        String all = siteText(site);
        List<String> published = column("SELECT title FROM zwgk_item WHERE attribute IN ('PROACTIVE', 'PARTIAL') "
                + "AND state <> 'WITHDRAWN'");
        assertThat(published).hasSizeGreaterThan(20);
        try (Stream<Path> pages = Files.list(site.resolve("items"))) {
            assertThat(pages.filter(p -> p.toString().endsWith(".html")).count())
                    .isGreaterThanOrEqualTo(published.size());
        }
        for (String title : published) {
            assertThat(all).contains(escapeHtml(title));
        }
        // Filed under the catalogue's domains (the gate hands each channel the item's domain), not under 其他.
        try (Stream<Path> domains = Files.list(site.resolve("domains"))) {
            assertThat(domains.map(p -> p.getFileName().toString()).toList())
                    .contains("social-assistance.html").doesNotContain("other.html");
        }
        // Withheld and on-request information never reaches the site — neither title nor body.
        List<String> withheldTitles = column("SELECT title FROM zwgk_item WHERE attribute IN ('WITHHELD', 'ON_REQUEST')");
        assertThat(withheldTitles).isNotEmpty();
        for (String t : withheldTitles) {
            assertThat(all).doesNotContain(escapeHtml(t));
        }
        // 部分公开: the full ID numbers and phones in the host's table never appear; the masked ones do.
        List<String> fullTexts = column("SELECT full_text FROM oa_document WHERE attribute = 'PARTIAL'");
        assertThat(fullTexts).isNotEmpty();
        Matcher ids = Pattern.compile("350524\\d{12}|350524\\d{11}X").matcher(String.join("\n", fullTexts));
        int n = 0;
        while (ids.find()) {
            assertThat(all).doesNotContain(ids.group());
            n++;
        }
        assertThat(n).isGreaterThan(5);
        assertThat(all).contains("350524********");
        // The repealed document shows the withdrawal notice at its URL.
        assertThat(first.withdrawn()).isNotNull();
        assertThat(all).contains("已撤回").contains("废止");
    }

    @Test
    void siteHasTheStandardCataloguePageWithEveryItemAsCoreReadsIt() throws Exception {
        Path page = tmp.resolve("site/standard-catalogue.html");
        assertThat(tmp.resolve(DemoRun.CATALOGUE_FILE)).exists();
        assertThat(page).exists();
        String html = Files.readString(page, StandardCharsets.UTF_8);
        Catalogue c;
        try (var in = SampleCatalogues.open(SampleCatalogues.TOWNSHIP)) {
            c = CatalogueLoader.load(SampleCatalogues.TOWNSHIP, in);
        }
        assertThat(c.items()).hasSizeGreaterThan(20);
        assertThat(html).contains("<h1>" + escapeHtml(c.metadata().title()) + "</h1>");
        for (Item item : c.items()) {
            // The website reads the file itself (no core): its rows agree with core's loader, 同上 resolved alike.
            Matcher row = Pattern.compile("<tr><th scope=\"row\">" + Pattern.quote(item.id()) + "</th>.*?</tr>")
                    .matcher(html);
            assertThat(row.find()).as(item.id()).isTrue();
            assertThat(row.group()).as(item.id()).contains("<td>" + escapeHtml(item.content()),
                    "<td>" + escapeHtml(item.timeLimit().effective()) + "</td>", "<td>" + escapeHtml(item.subject()) + "</td>");
        }
        assertThat(html).doesNotContain("<td>同上</td>");
        assertThat(Files.readString(tmp.resolve("site/index.html"), StandardCharsets.UTF_8))
                .contains("href=\"standard-catalogue.html\"");
    }

    @Test
    void demoConfigurationEscapesAHostileCatalogue() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("hostile"));
        String config = DemoRun.defaultChannelConfig(dir);
        Path yaml = DemoRun.writeSampleCatalogue(dir);
        Files.writeString(yaml, Files.readString(yaml, StandardCharsets.UTF_8)
                .replace("title: 凤城镇政务公开事项标准目录", "title: \"<script>alert('t')</script>\"")
                .replaceFirst("content: [^\n]+", "content: \"<script>alert(1)</script>低保\""), StandardCharsets.UTF_8);
        Path file = dir.resolve("channels.properties");
        Files.writeString(file, config, StandardCharsets.UTF_8);
        try (Channels channels = ChannelRegistry.discovering().load(file, DemoRun.newClock())) {
            assertThat(channels.adapters()).containsKey("website");
        }
        String html = Files.readString(dir.resolve("site/standard-catalogue.html"), StandardCharsets.UTF_8);
        assertThat(html.replace("<script src=\"site.js\" defer></script>", "")).doesNotContain("<script")
                .contains("<h1>&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;</h1>",
                "<td>&lt;script&gt;alert(1)&lt;/script&gt;低保");
    }

    @Test
    void archiveBatchesVerifyWithTheirSm3Manifest() throws Exception {
        assertThat(first.archiveBatches()).isNotEmpty();
        for (Path batch : first.archiveBatches()) {
            assertThat(batch.resolve(ArchiveAdapter.MANIFEST)).exists();
            assertThat(ArchiveAdapter.verifyBatch(batch)).as("batch %s", batch).isEmpty();
        }
        // A tampered package is detected (the check can fail).
        Path batch = first.archiveBatches().get(0);
        Path pkg;
        try (Stream<Path> s = Files.list(batch)) {
            pkg = s.filter(p -> p.toString().endsWith(".eep.xml")).findFirst().orElseThrow();
        }
        Path copy = tmp.resolve("tampered");
        copyTree(batch, copy);
        Files.writeString(copy.resolve(pkg.getFileName()), "x", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(ArchiveAdapter.verifyBatch(copy)).isNotEmpty();
    }

    /**
     * The fifth lifecycle stage: every publication the archive took over in a sealed batch is handed over in the
     * outbox (LIVE, remote id = its place in the batch), and its item is 已归档 exactly once — the repealed one
     * before its withdrawal. The dispatcher's refresh sealed the batches; the demo never calls sealDue.
     */
    @Test
    void everythingHandedOverToTheArchiveIsArchivedOnce() throws Exception {
        Set<String> sealed = new TreeSet<>();
        int withdrawalNotices = 0;
        for (Path batch : first.archiveBatches()) {
            try (Stream<Path> s = Files.list(batch)) {
                for (String n : s.map(p -> p.getFileName().toString()).toList()) {
                    if (n.endsWith("-withdrawal.eep.xml")) {
                        withdrawalNotices++;
                    } else if (n.endsWith(".eep.xml")) {
                        sealed.add("batches/" + batch.getFileName() + "/" + n);
                    }
                }
            }
        }
        assertThat(withdrawalNotices).isEqualTo(1);
        // Only the annual report, published on 2026-01-20, waits for the next hand-over day (2026-02-05).
        String report = column("SELECT index_number FROM zwgk_item WHERE item_id = 'AR-2025'").get(0).replace('/', '-');
        try (Stream<Path> s = Files.list(tmp.resolve("archive/pending"))) {
            assertThat(s.map(p -> p.getFileName().toString()).toList())
                    .as("nothing else left waiting after the hand-over of 2026-01-05")
                    .containsExactlyInAnyOrder(report + "-v1.eep.xml", report + "-v1.eep.xml.meta");
        }
        // The operator API (what `zwgk outbox list` prints) tells a handed-over package from a pending one.
        List<OutboxEntry> archive = new Outbox(ZwgkStore.openExisting(ds, java.time.Clock.systemUTC()))
                .list(null, 100_000).stream()
                .filter(e -> e.channel().equals("archive") && e.action() == OutboxAction.PUBLISH)
                .filter(e -> !e.itemId().equals("AR-2025")).toList();
        assertThat(archive).isNotEmpty().allSatisfy(e -> {
            assertThat(e.status()).isEqualTo(DeliveryStatus.LIVE);
            assertThat(e.publicUrl()).isNull();
            assertThat(tmp.resolve("archive").resolve(e.remoteId())).exists();
        });
        assertThat(archive).extracting(OutboxEntry::remoteId).containsExactlyInAnyOrderElementsOf(sealed);

        Set<String> handedOver = new TreeSet<>(archive.stream().map(OutboxEntry::itemId).toList());
        List<String> withdrawn = column("SELECT item_id FROM zwgk_item WHERE state = 'WITHDRAWN'");
        assertThat(withdrawn).hasSize(1);
        Set<String> expected = new TreeSet<>(handedOver);
        expected.removeAll(withdrawn);
        assertThat(column("SELECT item_id FROM zwgk_item WHERE state = 'ARCHIVED'"))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(column("SELECT item_id FROM zwgk_event WHERE event_type = 'ARCHIVED'"))
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(handedOver);
        // 已发布: the annual report alone, until its hand-over on 2026-02-05
        assertThat(first.byState()).containsEntry("已归档", expected.size()).containsEntry("已撤回", 1)
                .containsEntry("已发布", 1).doesNotContainKeys("已解读");
        assertThat(second.byState()).isEqualTo(first.byState());
        try (Connection c = ds.getConnection()) {
            assertThat(EventLog.verify(c).intact()).isTrue();
        }
    }

    @Test
    void reportReconcilesAndRendersTheOfficialTable() throws Exception {
        assertThat(first.reportReconciles()).isTrue();
        AnnualReport r = ReportJson.read(Files.readString(first.reportJson(), StandardCharsets.UTF_8));
        assertThat(r.year()).isEqualTo(2025);
        assertThat(r.applications().get(Section3Row.NEW_THIS_YEAR).total()).isEqualTo(8);
        assertThat(r.applications().get(Section3Row.CARRIED_TO_NEXT_YEAR).total()).isEqualTo(1);
        assertThat(r.applications().get(Section3Row.PARTIALLY_DISCLOSED).total()).isEqualTo(1);
        assertThat(r.applications().get(Section3Row.WITHHELD_THIRD_PARTY_RIGHTS).total()).isEqualTo(1);
        assertThat(r.proactiveDisclosure().normativeDocuments().repealed()).isEqualTo(1);
        // Section 二 comes from the gate's records; the host's own table, counted independently, agrees: only what
        // was proactively disclosed (主动公开 or 部分公开), normative documents repealed on the host's 废止 date.
        String published = " FROM oa_document WHERE attribute IN ('PROACTIVE', 'PARTIAL') "
                + "AND EXTRACT(YEAR FROM issued_on) = 2025 AND doc_type = ";
        int normative = count("SELECT COUNT(*)" + published + "'NORMATIVE_DOCUMENT'");
        int repealed = count("SELECT COUNT(*)" + published + "'NORMATIVE_DOCUMENT' AND repealed_on IS NOT NULL");
        assertThat(normative).isGreaterThan(1);
        assertThat(r.proactiveDisclosure().normativeDocuments())
                .isEqualTo(new ProactiveDisclosureFigures.DocumentCounts(normative, repealed, normative - repealed));
        int licensing = count("SELECT COUNT(*)" + published + "'LICENSING_DECISION'");
        int penalty = count("SELECT COUNT(*)" + published + "'PENALTY_DECISION'");
        assertThat(licensing + penalty).isPositive();
        assertThat(r.proactiveDisclosure().licensingDecisions()).isEqualTo(licensing);
        assertThat(r.proactiveDisclosure().penaltyDecisions()).isEqualTo(penalty);
        assertThat(r.proactiveDisclosure().rules()).isEqualTo(new ProactiveDisclosureFigures.DocumentCounts(0, 0, 0));
        assertThat(r.proactiveDisclosure().coercionDecisions()).isZero();
        assertThat(r.proactiveDisclosure().feesTenThousandYuan()).isEqualByComparingTo("12.50");
        String html = Files.readString(first.reportHtml(), StandardCharsets.UTF_8);
        assertThat(html).contains("凤城镇人民政府2025年政府信息公开工作年度报告").contains("本列数据的勾稽关系为")
                .contains("rowspan=\"22\"");
    }

    private static int count(String sql) throws SQLException {
        return Integer.parseInt(column(sql).get(0));
    }

    @Test
    void reRunResumesWithoutDuplicating() {
        assertThat(second.createdThisRun()).isZero();
        assertThat(countsAfterSecond).isEqualTo(countsAfterFirst);
        assertThat(second.documents()).isEqualTo(first.documents());
        assertThat(second.archiveBatches()).isEqualTo(first.archiveBatches());
    }

    /** Normative documents carry their signed PDF: the website links the file, the archive embeds it. */
    @Test
    void normativeDocumentsArePublishedWithTheirPdfAttachment() throws Exception {
        List<String> files = column("SELECT a.file_name FROM zwgk_attachment a JOIN zwgk_item i "
                + "ON i.item_id = a.item_id WHERE i.attribute = 'PROACTIVE' AND i.disclosure_column IS NULL "
                + "ORDER BY a.item_id"); // the annual report (政府信息公开年报) carries its page and JSON instead
        assertThat(files).isNotEmpty().allSatisfy(f -> assertThat(f).endsWith(".pdf"));
        List<Path> pdfs;
        try (Stream<Path> s = Files.walk(tmp.resolve("site"))) {
            pdfs = s.filter(p -> p.toString().endsWith(".pdf")).toList();
        }
        assertThat(pdfs).hasSizeGreaterThanOrEqualTo(files.size() - 1); // one normative document is repealed
        for (Path pdf : pdfs) {
            assertThat(new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1)).startsWith("%PDF-1.4")
                    .endsWith("%%EOF\n");
        }
        String pages = siteText(tmp.resolve("site"));
        assertThat(pages).contains(pdfs.get(0).getFileName().toString());
        String sums;
        StringBuilder b = new StringBuilder();
        for (Path batch : first.archiveBatches()) {
            try (Stream<Path> s = Files.walk(batch)) {
                for (Path p : s.filter(p -> p.getFileName().toString().equals("SM3SUMS")
                        || p.toString().endsWith(".xml")).toList()) {
                    b.append(Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        sums = b.toString();
        assertThat(sums).contains(files.get(0));
    }

    private static String siteText(Path site) throws Exception {
        StringBuilder b = new StringBuilder();
        try (Stream<Path> s = Files.walk(site)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                // Attachments (PDF) are binary: read byte for byte so the checks still see every file.
                byte[] bytes = Files.readAllBytes(p);
                boolean pdf = new String(bytes, 0, Math.min(5, bytes.length), StandardCharsets.ISO_8859_1)
                        .equals("%PDF-");
                b.append(pdf ? new String(bytes, StandardCharsets.ISO_8859_1)
                        : StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes))).append('\n');
            }
        }
        return b.toString();
    }

    private static String escapeHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /**
     * The year ends with the self-check as of 31 December: it finds the one 管理 obligation the host forgot and the
     * policy document whose 解读 it forgot — and nothing else — and its report lies next to the site.
     */
    @Test
    void theYearEndSelfCheckFindsTheTwoDeliberateGapsAndNothingElse() throws Exception {
        assertThat(first.checkFindings()).extracting(DemoResult.CheckFinding::id)
                .containsExactlyInAnyOrder("ZWGK-8001", "ZWGK-8008");
        assertThat(first.checkFindings()).filteredOn(f -> f.id().equals("ZWGK-8001")).singleElement()
                .satisfies(f -> assertThat(f.messageZh()).contains("事项 SX-2025-001", "FB-004", "截至 2025-12-31 仍未公开"));
        String forgotten = column("SELECT item_id FROM zwgk_obligation WHERE kind = 'INTERPRET' AND status = 'OPEN'")
                .get(0);
        assertThat(first.checkFindings()).filteredOn(f -> f.id().equals("ZWGK-8008")).singleElement()
                .satisfies(f -> assertThat(f.messageZh()).contains("政策文件 " + forgotten, "仍未发布"));
        assertThat(first.checkHtml()).isEqualTo(tmp.resolve("check/self-check-2025.html"));
        assertThat(Files.readString(first.checkHtml())).contains("政务公开自查报告（截至 2025-12-31）", "ZWGK-8008");
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(first.checkJson().toFile());
        assertThat(json.at("/summary/deduction").asInt()).isEqualTo(2);
        assertThat(json.at("/site").asText()).isEqualTo(tmp.resolve("site").toString());
        assertThat(json.at("/skipped").size()).as("every indicator was looked at").isZero();
        assertThat(second.checkFindings()).isEqualTo(first.checkFindings());
    }

    /**
     * The site is the standard 政府信息公开专栏: its four first-level parts, the annual report reachable from the index
     * (front → 政府信息公开年报 → the report's page → its official layout), the rules under 政府信息公开制度, and the 47号
     * tags on every page.
     */
    @Test
    void siteIsTheStandardColumnWithTheAnnualReportAndTheTagsOnEveryPage() throws Exception {
        Path site = tmp.resolve("site");
        String index = Files.readString(site.resolve("index.html"));
        for (String part : List.of("guide.html\">政府信息公开指南", "rules.html\">政府信息公开制度",
                "statutory.html\">法定主动公开内容", "annual-reports.html\">政府信息公开年报", "apply.html\">依申请公开")) {
            assertThat(index).contains("<a href=\"" + part + "</a>");
        }
        assertThat(Files.readString(site.resolve("rules.html"))).contains("凤城镇人民政府政府信息公开工作制度");
        String reports = Files.readString(site.resolve("annual-reports.html"));
        Matcher item = Pattern.compile("<a href=\"(items/[^\"]+\\.html)\">凤城镇人民政府2025年政府信息公开工作年度报告</a>")
                .matcher(reports);
        assertThat(item.find()).as(reports).isTrue();
        String reportItem = Files.readString(site.resolve(item.group(1)));
        Matcher page = Pattern.compile("href=\"([^\"]+annual-report-2025\\.html)\"").matcher(reportItem);
        assertThat(page.find()).isTrue();
        String official = Files.readString(site.resolve("items").resolve(page.group(1)));
        assertThat(official).contains("<h1>凤城镇人民政府2025年政府信息公开工作年度报告</h1>", "三、收到和处理政府信息公开申请情况",
                "<meta name=\"ColumnName\" content=\"政府信息公开年报\">");
        int pages = 0;
        try (Stream<Path> all = Files.walk(site)) {
            for (Path f : all.filter(p -> p.toString().endsWith(".html")).toList()) {
                pages++;
                String html = Files.readString(f);
                for (String tag : List.of("SiteName", "SiteDomain", "SiteIDCode", "ColumnName", "ColumnType")) {
                    assertThat(html).as("%s on %s", tag, f).containsPattern("<meta name=\"" + tag + "\" content=\"[^\"]+\">");
                }
                String rel = site.relativize(f).toString();
                if (rel.startsWith("items/") && rel.indexOf('/', 6) < 0) {
                    for (String tag : List.of("ArticleTitle", "PubDate", "ContentSource", "Keywords", "Description")) {
                        assertThat(html).as("%s on %s", tag, f).containsPattern("<meta name=\"" + tag + "\" content=\"[^\"]+\">");
                    }
                }
            }
        }
        assertThat(pages).isGreaterThan(60);
        // the search index holds the report and every published item; the archive received the report too
        assertThat(Files.readString(site.resolve("search-index.js"))).contains("凤城镇人民政府2025年政府信息公开工作年度报告");
        assertThat(column("SELECT status FROM zwgk_outbox WHERE item_id = 'AR-2025' AND channel = 'archive'"))
                .containsExactly("ACCEPTED");
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }
}
