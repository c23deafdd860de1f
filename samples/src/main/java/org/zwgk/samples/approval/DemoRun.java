package org.zwgk.samples.approval;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.zwgk.calendar.WorkingCalendar;
import org.zwgk.catalogue.Catalogue;
import org.zwgk.catalogue.CatalogueLoader;
import org.zwgk.catalogue.Stage;
import org.zwgk.classify.Classification;
import org.zwgk.classify.ExemptionGround;
import org.zwgk.classify.PublicVersion;
import org.zwgk.classify.Redaction;
import org.zwgk.classify.RedactionCategory;
import org.zwgk.check.CheckHtml;
import org.zwgk.check.CheckJson;
import org.zwgk.check.CheckReport;
import org.zwgk.check.Finding;
import org.zwgk.check.SelfCheck;
import org.zwgk.gate.AnnualReportDisclosure;
import org.zwgk.gate.CatalogueEntry;
import org.zwgk.gate.CatalogueView;
import org.zwgk.gate.Obligation;
import org.zwgk.gate.Zwgk;
import org.zwgk.lifecycle.LifecycleState;
import org.zwgk.publish.Dispatcher;
import org.zwgk.publish.OutboxEntry;
import org.zwgk.report.AnnualReport;
import org.zwgk.report.AnnualReports;
import org.zwgk.report.DisclosedItem;
import org.zwgk.report.GateRecords;
import org.zwgk.report.ProactiveDisclosureFigures;
import org.zwgk.report.ReportHtml;
import org.zwgk.report.ReportJson;
import org.zwgk.report.ReviewLitigationFigures;
import org.zwgk.request.Applicant;
import org.zwgk.request.ApplicantType;
import org.zwgk.request.Application;
import org.zwgk.request.ApplicationDesk;
import org.zwgk.request.ApplicationId;
import org.zwgk.request.ConsultationParty;
import org.zwgk.request.Decision;
import org.zwgk.request.DeliveryMethod;
import org.zwgk.request.DueItem;
import org.zwgk.request.JdbcApplicationRepository;
import org.zwgk.request.NotProcessedReason;
import org.zwgk.request.Registration;
import org.zwgk.request.ReplyType;
import org.zwgk.samples.SampleCatalogues;
import org.zwgk.samples.approval.DocumentDraft.DocType;
import org.zwgk.spi.channel.ChannelAdapter;
import org.zwgk.spi.channel.Attachment;
import org.zwgk.spi.channel.DisclosureAttribute;
import org.zwgk.spi.channel.DeliveryStatus;
import org.zwgk.timelimit.ReceiptRules;

/**
 * One year (2025) of the sample township's approval system, end to end: documents drafted with their attribute,
 * secrecy review, signing through the gate, matters through the five 五公开 stages, publications dispatched to the
 * configured channels, a repeal (废止) withdrawn from them, applications for disclosure with several reply types,
 * and the annual report at the end. Deterministic (ids, content and a {@link SimulatedClock}); re-running against
 * the same store resumes — what exists is skipped.
 *
 * <pre>{@code
 * DemoResult r = DemoRun.builder().dataSource(ds).channels(channels.adapters()).out(dir).items(40).build().run();
 * }</pre>
 */
public final class DemoRun {

    /** The demo year: fully inside the bundled calendar coverage (the report is for this year). */
    public static final int YEAR = 2025;
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** The demo's "today" for the due lists: the last day of the year. */
    public static final LocalDate YEAR_END = LocalDate.of(YEAR, 12, 31);
    /** The report is issued before the 31 January deadline (Art. 49). */
    public static final LocalDate REPORT_DAY = LocalDate.of(YEAR + 1, 1, 20);
    private static final long SEED = 20_250_101L;
    /** The catalogue domains of the demo's matters (village works projects): 重大建设项目 and 财政预决算. */
    static final Set<String> MATTER_DOMAINS = Set.of("major-projects", "fiscal-budgets");

    /** Progress of a long run: {@code done} of {@code total} planned actions. */
    @FunctionalInterface
    public interface Progress {
        void update(int done, int total);
    }

    private final DataSource dataSource;
    private final Map<String, ChannelAdapter> channels;
    private final Path out;
    private final int items;
    private final boolean dispatch;
    private final int threads;
    private final int batchSize;
    private final Progress progress;
    private final SimulatedClock clock;
    private final Path site;
    private final Path archive;
    private final WorkingCalendar calendar = WorkingCalendar.national();

    private DemoRun(Builder b) {
        this.dataSource = Objects.requireNonNull(b.dataSource, "dataSource");
        this.channels = Map.copyOf(b.channels);
        this.out = Objects.requireNonNull(b.out, "out");
        this.items = b.items;
        this.dispatch = b.dispatch;
        this.threads = b.threads;
        this.batchSize = b.batchSize;
        this.progress = b.progress;
        this.clock = b.clock != null ? b.clock : newClock();
        this.site = b.site != null ? b.site : out.resolve("site");
        this.archive = b.archive != null ? b.archive : out.resolve("archive");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Configuration; {@code dataSource} and {@code out} are required. */
    public static final class Builder {
        private DataSource dataSource;
        private Map<String, ChannelAdapter> channels = Map.of();
        private Path out;
        private int items = 200;
        private boolean dispatch = true;
        private int threads = 2;
        private int batchSize = 100;
        private Progress progress = (d, t) -> { };
        private SimulatedClock clock;
        private Path site;
        private Path archive;

        public Builder dataSource(DataSource ds) {
            this.dataSource = ds;
            return this;
        }

        /** The channel adapters by id (website, archive, wechat…), already configured with {@link #clock()}. */
        public Builder channels(Map<String, ChannelAdapter> adapters) {
            this.channels = Map.copyOf(adapters);
            return this;
        }

        /** Where the report is written (the channels write where they are configured). */
        public Builder out(Path dir) {
            this.out = dir;
            return this;
        }

        /** Number of documents of the year (at least 20: the scripted matters and cases need some). */
        public Builder items(int n) {
            if (n < 20 || n > 1_000_000) {
                throw new IllegalArgumentException("items must be 20..1000000: " + n);
            }
            this.items = n;
            return this;
        }

        /** Deliver through the outbox during the run; off = leave everything queued for {@code zwgk dispatch}. */
        public Builder dispatch(boolean on) {
            this.dispatch = on;
            return this;
        }

        /** Dispatcher threads draining the outbox (each with its own claim loop and connection). */
        public Builder threads(int n) {
            if (n < 1 || n > 64) {
                throw new IllegalArgumentException("threads must be 1..64: " + n);
            }
            this.threads = n;
            return this;
        }

        /** Documents of one day per host transaction, at most. */
        public Builder batchSize(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("batchSize must be positive: " + n);
            }
            this.batchSize = n;
            return this;
        }

        public Builder progress(Progress p) {
            this.progress = Objects.requireNonNull(p, "progress");
            return this;
        }

        /** The simulated clock the channels were built with (so pages and batches carry the simulated dates). */
        public Builder clock(SimulatedClock c) {
            this.clock = c;
            return this;
        }

        /** Where the website channel writes (for the summary; default {@code <out>/site}). */
        public Builder site(Path dir) {
            this.site = dir;
            return this;
        }

        /** Where the archive channel writes (for the summary; default {@code <out>/archive}). */
        public Builder archive(Path dir) {
            this.archive = dir;
            return this;
        }

        public DemoRun build() {
            return new DemoRun(this);
        }
    }

    /** A new simulated clock at the start of the demo year, for building the channel adapters. */
    public static SimulatedClock newClock() {
        return new SimulatedClock(LocalDate.of(YEAR, 1, 2).atTime(9, 0).atZone(ZONE).toInstant(), ZONE);
    }

    /** The standard catalogue file the demo's website publishes, written next to {@code channels.properties}. */
    public static final String CATALOGUE_FILE = "standard-catalogue.yaml";

    /**
     * Writes the sample township catalogue ({@link SampleCatalogues#TOWNSHIP}, the one the demo's matters follow) to
     * {@code <out>/standard-catalogue.yaml}, for the website's 政务公开事项标准目录 page ({@link #defaultChannelConfig}).
     */
    public static Path writeSampleCatalogue(Path out) throws IOException {
        Path file = out.resolve(CATALOGUE_FILE);
        try (InputStream in = SampleCatalogues.open(SampleCatalogues.TOWNSHIP)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    /** The cover image the demo's WeChat articles get (they carry no image of their own), next to the catalogue. */
    public static final String COVER_FILE = "wechat-cover.png";

    /**
     * Writes the demo's WeChat cover, a PNG ({@code zwgk.channel.wechat.cover}), to {@code <out>/wechat-cover.png}:
     * a WeChat article needs a cover image and the township's documents have none.
     */
    public static Path writeSampleCover(Path out) throws IOException {
        Path file = out.resolve(COVER_FILE);
        Files.write(file, MinimalPng.cover());
        return file;
    }

    /**
     * The default channel configuration of the demo ({@code docs/channels.md} format): the static website under
     * {@code <out>/site} (with the standard catalogue page from {@code <out>/standard-catalogue.yaml}, see
     * {@link #writeSampleCatalogue}) and the archive hand-over under {@code <out>/archive}, both on.
     */
    public static String defaultChannelConfig(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        return String.join("\n",
                "# zwgk demo channels (generated by zwgk demo; edit and pass with --config to change them)",
                "zwgk.channel.website.enabled=true",
                "zwgk.channel.website.mode=static",
                "zwgk.channel.website.out=" + escape(abs.resolve("site").toString()),
                "zwgk.channel.website.base-url=https://www.fengcheng.example.gov.cn/zwgk/",
                "zwgk.channel.website.site-title=凤城镇政府信息公开",
                "# page metadata of 国办发〔2017〕47号: the site's name and its 政府网站标识码 (fictional for the demo)",
                "zwgk.channel.website.site-name=凤城镇人民政府网站",
                "zwgk.channel.website.site-id-code=3505240099",
                "# the online application form the 依申请公开 page links to",
                "zwgk.channel.website.apply-url=https://www.fengcheng.example.gov.cn/ysq/",
                "zwgk.channel.website.body-name=" + SampleBody.NAME,
                "zwgk.channel.website.guide.office=" + SampleBody.OFFICE,
                "zwgk.channel.website.guide.address=" + SampleBody.ADDRESS,
                "zwgk.channel.website.guide.phone=" + SampleBody.PHONE,
                "zwgk.channel.website.guide.hours=" + SampleBody.HOURS,
                "# the 政务公开事项标准目录 published as standard-catalogue.html (54号); rebuilt when this file changes",
                "zwgk.channel.website.catalogue=" + escape(abs.resolve(CATALOGUE_FILE).toString()),
                "# rebuild the index pages at most every 2 s while thousands of items arrive (always on close)",
                "zwgk.channel.website.index-delay=2s",
                "# a scratch demo directory: atomic renames without forcing every file to disk (keep true in production)",
                "zwgk.channel.website.sync=false",
                "zwgk.channel.archive.enabled=true",
                "zwgk.channel.archive.out=" + escape(abs.resolve("archive").toString()),
                "zwgk.channel.archive.fonds-unit=" + SampleBody.NAME,
                "zwgk.channel.archive.archive-name=安溪县档案馆",
                "zwgk.channel.archive.sync=false",
                "# WeChat (两微一端: catalogue items HE-002, HE-003, CE-001): set enabled=true and add api-base-url, app-id,",
                "# app-secret, and the cover every article needs (zwgk demo writes this one):",
                "# zwgk.channel.wechat.cover=" + escape(abs.resolve(COVER_FILE).toString()),
                "zwgk.channel.wechat.enabled=false",
                "");
    }

    /** java.util.Properties escaping of a value (backslashes of Windows paths, leading spaces). */
    private static String escape(String v) {
        return v.replace("\\", "\\\\");
    }

    public SimulatedClock clock() {
        return clock;
    }

    // ------------------------------------------------------------------------------------------------------------

    /** One planned action on a day; {@code order} keeps a day's actions in a fixed sequence. */
    private record Action(LocalDate day, int order, String key, Step step) {
    }

    @FunctionalInterface
    private interface Step {
        void run(Connection c) throws SQLException;
    }

    private Zwgk zwgk;
    private ApprovalSystem host;
    private ApplicationDesk desk;
    private JdbcApplicationRepository repo;
    private CatalogueView view;
    private Catalogue catalogue;
    private int created;
    /** Documents the gate's screening stopped, then published masked as 部分公开 (summary lines). */
    private final List<String> screened = new ArrayList<>();
    private String refusal;
    private int stagesEntered;
    private String withdrawnTitle;
    /** The policy document whose 解读 the host forgets (found by the year-end self-check). */
    private String withoutInterpretation;
    private AnnualReport annualReport;
    private CheckReport checkReport;

    /** Runs the year. Not thread-safe; one run per instance. */
    public DemoResult run() throws SQLException, IOException {
        // An embedded H2 database closes with its last connection and reopening it costs tens of milliseconds:
        // keep one connection open for the whole run (harmless on PostgreSQL).
        try (Connection keepOpen = dataSource.getConnection()) {
            return runYear();
        }
    }

    private DemoResult runYear() throws SQLException, IOException {
        Instant started = Instant.now();
        try (InputStream in = SampleCatalogues.open(SampleCatalogues.TOWNSHIP)) {
            catalogue = CatalogueLoader.load(SampleCatalogues.TOWNSHIP, in);
        }
        view = CatalogueView.of(catalogue);
        ApprovalSystem.migrate(dataSource);
        Zwgk.Builder zb = Zwgk.builder().dataSource(dataSource).catalogue(view).clock(clock);
        channels.values().forEach(zb::channel);
        zwgk = zb.build();
        host = new ApprovalSystem(zwgk, new ApprovalSystem.Staff("民政办 林晓燕", "党政办 陈志明", "镇长 王建华",
                "党政办保密员 黄丽娟", "副镇长 刘国平"));
        repo = new JdbcApplicationRepository(dataSource).migrate();
        desk = ApplicationDesk.builder().repository(repo).periodLocks(repo.periodLocks()).calendar(calendar)
                .clock(clock).build();

        List<Action> plan = plan();
        plan.sort(Comparator.comparing(Action::day).thenComparingInt(Action::order));
        List<Dispatcher> dispatchers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "zwgk-demo-dispatch");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int i = 0; i < threads; i++) {
                dispatchers.add(zwgk.dispatcher().workerId("demo-" + i).build());
            }
            int done = 0;
            int lastTenth = -1;
            int i = 0;
            while (i < plan.size()) {
                LocalDate day = plan.get(i).day();
                clock.set(day, LocalTime.of(9, 30));
                // One host transaction per batch of the day's actions: the demo's throughput comes from here.
                int j = i;
                while (j < plan.size() && plan.get(j).day().equals(day)) {
                    int end = j;
                    while (end < plan.size() && plan.get(end).day().equals(day) && end - j < batchSize) {
                        end++;
                    }
                    transaction(plan.subList(j, end));
                    done += end - j;
                    j = end;
                }
                i = j;
                if (dispatch) {
                    clock.set(day, LocalTime.of(17, 30));
                    drain(dispatchers, pool);
                }
                int tenth = done * 10 / plan.size();
                if (tenth != lastTenth) {
                    lastTenth = tenth;
                    progress.update(done, plan.size());
                }
            }
            clock.set(YEAR_END, LocalTime.of(18, 0));
            if (dispatch) {
                drain(dispatchers, pool);
            }
            List<String> dueSoon = new ArrayList<>();
            List<String> overdue = new ArrayList<>();
            for (Obligation o : zwgk.deadlines().dueWithin(YEAR_END, 30)) {
                dueSoon.add(describe(o));
            }
            for (Obligation o : zwgk.deadlines().overdue(YEAR_END)) {
                overdue.add(describe(o));
            }
            for (DueItem d : desk.dueSoon(20)) {
                dueSoon.add(d.describeZh());
            }
            for (DueItem d : desk.overdue()) {
                overdue.add(d.describeZh());
            }
            // The first hand-over of the new year takes what December published (Art. 25 ¶3, seed 000: 5th/20th):
            // the dispatcher asks the archive about its accepted packages (SPI refresh), which seals the batch and
            // reports them handed over; the items become 已归档.
            clock.set(calendar.workingDayOnOrAfter(LocalDate.of(YEAR + 1, 1, 5)), LocalTime.of(10, 0));
            if (dispatch) {
                drain(dispatchers, pool);
            }
            clock.set(REPORT_DAY, LocalTime.of(10, 0));
            Path[] report = report();
            // The issued report goes to the site's 政府信息公开年报 (and the archive) like any item (Arts. 49–50).
            publishReport();
            if (dispatch) {
                drain(dispatchers, pool);
            }
            Path[] check = check();
            return result(dueSoon, overdue, report, check, Duration.between(started, Instant.now()));
        } finally {
            dispatchers.forEach(Dispatcher::close);
            pool.shutdownNow();
            zwgk.close();
        }
    }

    private void transaction(List<Action> actions) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                for (Action a : actions) {
                    a.step().run(c);
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** Drains the outbox with several dispatchers in parallel until a round finds nothing ready. */
    private void drain(List<Dispatcher> dispatchers, ExecutorService pool) {
        while (true) {
            List<Future<Integer>> rounds = new ArrayList<>();
            for (Dispatcher d : dispatchers) {
                rounds.add(pool.submit(d::drain));
            }
            int total = 0;
            for (Future<Integer> f : rounds) {
                try {
                    total += f.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while dispatching", e);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException re) {
                        throw re;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
            if (total == 0) {
                return;
            }
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // The plan of the year

    private List<Action> plan() {
        List<LocalDate> workingDays = calendar.days(LocalDate.of(YEAR, 1, 2), LocalDate.of(YEAR, 12, 31)).stream()
                .filter(d -> calendar.isWorkingDay(d.date())).map(d -> d.date()).toList();
        List<Action> plan = new ArrayList<>();
        int matters = Math.max(1, Math.min(12, items / 100));
        int matterDocs = 0;
        for (int m = 0; m < matters; m++) {
            matterDocs += planMatter(plan, m, matters);
        }
        // The body's disclosure rules (政府信息公开制度) on the year's first working day: one of the requested documents.
        DocumentDraft rules = rulesDraft(workingDays.get(0));
        plan.add(new Action(rules.draftedOn(), 5, rules.docId(), c -> issueOnce(c, rules)));
        int standalone = Math.max(0, items - matterDocs - 1);
        String firstNormative = null;
        LocalDate firstNormativeDay = null;
        String lastPolicy = null;
        List<org.zwgk.catalogue.Item> cat = catalogue.items();
        int column = 0; // the catalogue items in turn, so every column is updated through the year
        for (int i = 0; i < standalone; i++) {
            LocalDate day = workingDays.get((int) ((long) i * workingDays.size() / standalone));
            org.zwgk.catalogue.Item item = cat.get((column * 7) % cat.size());
            if (i % 25 != 12) { // a withheld document (standaloneDraft) files under no catalogue item
                column++;
            }
            DocumentDraft d = standaloneDraft(i, item, day);
            plan.add(new Action(day, 10, d.docId(), c -> issueOnce(c, d)));
            if (firstNormative == null && d.docType() == DocType.NORMATIVE_DOCUMENT
                    && d.classification().attribute() == DisclosureAttribute.PROACTIVE
                    && day.isBefore(LocalDate.of(YEAR, 9, 1))) {
                firstNormative = d.docId();
                firstNormativeDay = day;
                withdrawnTitle = d.title();
            } else if (d.policyDocument() && d.classification().attribute() == DisclosureAttribute.PROACTIVE
                    && !day.isAfter(LocalDate.of(YEAR, 12, 24))) {
                lastPolicy = d.docId();
            }
        }
        // The host forgets one 解读: the year's last policy document (its 3 working days end before 31 December), so
        // that the self-check has something to find besides the forgotten 管理 obligation.
        withoutInterpretation = lastPolicy;
        if (firstNormative != null) {
            String id = firstNormative;
            LocalDate on = calendar.workingDayOnOrAfter(LocalDate.of(YEAR, 10, 15));
            plan.add(new Action(on, 30, "repeal:" + id, c -> repealOnce(c, id, on)));
        }
        planApplications(plan);
        return plan;
    }

    /** Stage days of matter {@code m}: spread over the year, a few days apart per matter. */
    private int planMatter(List<Action> plan, int m, int matters) {
        String village = DemoContent.VILLAGES.get(m % DemoContent.VILLAGES.size());
        String matterId = String.format("SX-%d-%03d", YEAR, m + 1);
        String title = YEAR + "年" + village + "农村人居环境整治提升项目";
        boolean last = m == matters - 1;
        int[][] days = {{2, 10}, {4, 14}, {6, 16}, {9, 8}, {11, 10}};
        Stage[] stages = Stage.values();
        int docs = 0;
        for (int s = 0; s < stages.length; s++) {
            Stage stage = stages[s];
            LocalDate on = calendar.workingDayOnOrAfter(LocalDate.of(YEAR, days[s][0], days[s][1]).plusDays(m * 3L));
            // The last matter shows the monitor: one 管理 obligation left unmet (overdue by the year's end) and the
            // 结果 stage entered just before the year's end (due soon).
            boolean leaveOne = last && stage == Stage.MANAGEMENT;
            boolean leaveAll = last && stage == Stage.RESULT;
            if (leaveAll) {
                on = calendar.workingDayOnOrAfter(LocalDate.of(YEAR, 12, 24));
            }
            LocalDate day = on;
            int expected = (int) view.itemsForStage(stage).stream()
                    .filter(e -> e.method().isPublicChannelAllowed())
                    .filter(e -> MATTER_DOMAINS.contains(e.placement().domainCode())).count();
            if (!leaveAll) {
                docs += leaveOne ? Math.max(0, expected - 1) : expected;
            }
            plan.add(new Action(day, 20 + s, matterId + ":" + stage,
                    c -> stageOnce(c, matterId, title, village, stage, day, leaveOne, leaveAll)));
        }
        return docs;
    }

    private void stageOnce(Connection c, String matterId, String title, String village, Stage stage, LocalDate day,
                           boolean leaveOne, boolean leaveAll) throws SQLException {
        String step = ApprovalSystem.stageStep(matterId, stage);
        if (ApprovalSystem.stepCompleted(c, step)) {
            return;
        }
        ApprovalSystem.StageEntry entry = host.enterStage(c, matterId, title, MATTER_DOMAINS, stage, day);
        stagesEntered++;
        if (refusal == null && entry.refusal() != null) {
            refusal = entry.refusal().getMessage();
        }
        if (leaveAll) {
            return;
        }
        List<Obligation> waiting = entry.obligations().stream().filter(o -> o.itemId() == null).toList();
        int n = 0;
        for (Obligation o : waiting) {
            if (leaveOne && n == waiting.size() - 1) {
                return; // the host forgot one: the stage step stays open and the monitor reports it
            }
            CatalogueEntry ce = view.item(o.catalogueItemId()).orElseThrow();
            String docId = matterId + "-" + stage.name().charAt(0) + "-" + o.catalogueItemId();
            Random r = new Random(SEED ^ docId.hashCode());
            DemoContent.Template t = DemoContent.TEMPLATES.getOrDefault(ce.id(),
                    new DemoContent.Template(ce.title(), DocType.NOTICE, false));
            String docTitle = title + "：" + String.format(t.title(), DemoContent.month(day), village);
            issueOnce(c, draft(docId, matterId, ce, t.type(), docTitle, day, r, t.personalData(), 900 + n));
            n++;
        }
        host.completeStage(c, matterId, stage, day);
    }

    /** 政府信息公开工作制度: published under 政府信息公开制度 (the column's second part). */
    private DocumentDraft rulesDraft(LocalDate day) {
        String title = SampleBody.NAME + "政府信息公开工作制度";
        String text = String.join("\n", title,
                "第一条 为规范本机关政府信息公开工作，依据《中华人民共和国政府信息公开条例》，制定本制度。",
                "第二条 党政办公室是本机关政府信息公开工作机构，负责信息公开的日常工作。",
                "第三条 公文在拟稿时标注公开属性（主动公开、依申请公开、不予公开），不予公开的写明法定理由。",
                "第四条 拟公开的政府信息经保密审查，由分管领导签发后公开（保密审查制度）。",
                "第五条 主动公开的政府信息自形成或者变更之日起20个工作日内公开；政策文件与解读同步发布。",
                "第六条 依申请公开按登记、审核、办理、答复、送达、归档办理，20个工作日内答复。",
                "第七条 每年1月31日前编制并发布上一年度政府信息公开工作年度报告。",
                "第八条 本制度自印发之日起施行。");
        Classification cl = Classification.proactive(host.staff().drafter(), host.staff().officeReviewer(),
                host.staff().signer(), day);
        return new DocumentDraft("ZD-" + YEAR + "-001", null, null, DocType.RULES, title,
                DemoContent.docNumber(DocType.RULES, 1), text, cl, day, false, channelsFor(null));
    }

    private DocumentDraft standaloneDraft(int i, org.zwgk.catalogue.Item item, LocalDate day) {
        String docId = String.format("FW-%d-%05d", YEAR, i + 1);
        Random r = new Random(SEED * 31 + i);
        CatalogueEntry ce = view.item(item.id()).orElseThrow();
        if (i % 25 == 12) {
            DemoContent.Withheld w = DemoContent.WITHHELD.get((i / 25) % DemoContent.WITHHELD.size());
            String title = DemoContent.withheldTitle(w, day, r);
            String text = DemoContent.body(title, w.type(), r);
            Classification cl = Classification.withheld(Set.of(w.ground()), w.reason(), host.staff().drafter(),
                    host.staff().officeReviewer(), host.staff().signer(), day);
            return new DocumentDraft(docId, null, null, w.type(), title, DemoContent.docNumber(w.type(), i + 1), text,
                    cl, day, false, channelsFor(null));
        }
        DemoContent.Template t = DemoContent.TEMPLATES.getOrDefault(item.id(),
                new DemoContent.Template(ce.title(), DocType.NOTICE, false));
        if (i == 18) {
            // A notice whose 公示 list is attached unmasked, marked 主动公开 by mistake: the gate's screening stops it.
            String title = DemoContent.title(t, day, r) + "（附名单）";
            String list = DemoContent.listCsv(r, 6);
            ApprovalSystem.Staff s = host.staff();
            return new DocumentDraft(docId, null, ce.id(), DocType.NOTICE, title, DemoContent.docNumber(DocType.NOTICE,
                    i + 1), DemoContent.body(title, DocType.NOTICE, r) + "\n附件：名单.csv",
                    Classification.proactive(s.drafter(), s.officeReviewer(), s.signer(), day), day, false,
                    channelsFor(ce), List.of(new Attachment("名单.csv", "text/csv",
                    list.getBytes(StandardCharsets.UTF_8))));
        }
        return draft(docId, null, ce, t.type(), DemoContent.title(t, day, r), day, r, t.personalData(), i + 1);
    }

    private DocumentDraft draft(String docId, String matterId, CatalogueEntry ce, DocType type, String title,
                                LocalDate day, Random r, boolean personalData, int serial) {
        ApprovalSystem.Staff s = host.staff();
        List<String> ch = channelsFor(ce);
        if (ce.method() == DisclosureAttribute.ON_REQUEST) {
            String text = DemoContent.listFull(title, r, 3);
            Classification cl = Classification.onRequest("审批档案含申请人家庭经济状况，按目录属依申请公开事项（条例第二十七条）",
                    s.drafter(), s.officeReviewer(), s.signer(), day);
            return new DocumentDraft(docId, matterId, ce.id(), type, title, "", text, cl, day, false, ch);
        }
        if (personalData) {
            // Lists name people: 部分公开 (Art. 37); the host's approval step derives the public version with ID
            // numbers and phones masked (ApprovalSystem.issue), the original stays in zwgk's store.
            String full = DemoContent.listFull(title, r, 4 + r.nextInt(5));
            Classification cl = Classification.partial(Set.of(ExemptionGround.THIRD_PARTY_RIGHTS),
                    "名单含公民身份证号码、联系电话等个人隐私，公开会损害第三方合法权益（条例第十五条）",
                    List.of(new Redaction("身份证号码中间8位、手机号码中间4位", ExemptionGround.THIRD_PARTY_RIGHTS,
                            "个人隐私，与公示目的无关")), s.drafter(), s.officeReviewer(), s.signer(), day);
            return new DocumentDraft(docId, matterId, ce.id(), type, title, "", full, cl, day,
                    false, ch);
        }
        String text = DemoContent.body(title, type, r);
        Classification cl = Classification.proactive(s.drafter(), s.officeReviewer(), s.signer(), day);
        String number = DemoContent.docNumber(type, serial);
        // 行政规范性文件 are issued as signed files: the PDF, named by its 文号 as portals list it, goes to every
        // channel as the document's 附件.
        List<Attachment> files = type != DocType.NORMATIVE_DOCUMENT ? List.of()
                : List.of(new Attachment(number + ".pdf", "application/pdf",
                        MinimalPdf.page(title, List.of((number + "\n" + text).split("\n")))));
        return new DocumentDraft(docId, matterId, ce.id(), type, title, number, text, cl, day,
                type == DocType.NORMATIVE_DOCUMENT, ch, files);
    }

    /** The catalogue's channels this installation runs, plus the archive (every proactive item, Art. 25 ¶3). */
    private List<String> channelsFor(CatalogueEntry ce) {
        List<String> out = new ArrayList<>();
        List<String> wanted = ce == null || ce.channels().isEmpty() ? List.of("website") : ce.channels();
        for (String id : wanted) {
            if (channels.containsKey(id)) {
                out.add(id);
            }
        }
        if (channels.containsKey("archive")) {
            out.add("archive");
        }
        if (out.isEmpty()) {
            out.add("website"); // queued for a dispatcher configured elsewhere (zwgk dispatch)
        }
        return out;
    }

    private void issueOnce(Connection c, DocumentDraft d) throws SQLException {
        if (ApprovalSystem.documentExists(c, d.docId())) {
            return;
        }
        ApprovalSystem.IssueOutcome outcome = host.issue(c, d);
        if (outcome.screeningFindings() > 0) {
            screened.add(d.docId() + "「" + d.title() + "」：" + outcome.code() + " " + outcome.screeningFindings()
                    + " 处个人信息 → 遮盖后以部分公开发布 / " + outcome.screeningFindings()
                    + " personal-data findings → masked, published as a partial disclosure");
        }
        if (d.policyDocument() && !d.docId().equals(withoutInterpretation)) {
            // 解读 published with the policy (seed 004: 同步起草、同步审签、同步发布).
            zwgk.gate(c).interpret(d.docId(), host.staff().officeReviewer(), "政策解读与文件同步发布");
        }
        created++;
    }

    private void repealOnce(Connection c, String docId, LocalDate on) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT status FROM oa_document WHERE doc_id = ?")) {
            ps.setString(1, docId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || !"ISSUED".equals(rs.getString(1))) {
                    return;
                }
            }
        }
        host.repeal(c, docId, "该文件已被新出台的规范性文件替代，自" + on + "起废止", on);
    }

    // ------------------------------------------------------------------------------------------------------------
    // Applications for disclosure (Arts. 27–45)

    @FunctionalInterface
    private interface AppStep {
        void run(ApplicationId id);
    }

    private void planApplications(List<Action> plan) {
        app(plan, 1, new Applicant(ApplicantType.NATURAL_PERSON, "张秀英", "350524196803120027", "13859001234"),
                "本村2024年低保评议会议记录及评议结果", ReceiptRules.Channel.IN_PERSON, d(3, 3),
                step(d(3, 4), id -> desk.startReview(id, d(3, 4))),
                step(d(3, 5), id -> desk.startHandling(id, d(3, 5))),
                step(d(3, 20), id -> desk.decide(id, d(3, 20), Decision.of(ReplyType.DISCLOSED))),
                step(d(3, 21), id -> desk.deliver(id, d(3, 21), DeliveryMethod.IN_PERSON)),
                step(d(3, 24), id -> desk.archive(id, d(3, 24), "WS·2025-Y-0001")));
        app(plan, 2, new Applicant(ApplicantType.NATURAL_PERSON, "林建国", "350524197501150011", "13905951234"),
                "我家所在片区征地补偿安置方案及补偿标准", ReceiptRules.Channel.ONLINE, d(4, 7),
                step(d(4, 8), id -> desk.startReview(id, d(4, 8))),
                // Art. 30: the request does not say which plot; one supplement notice within 7 working days.
                step(d(4, 10), id -> desk.requestSupplement(id, d(4, 10), d(4, 24))),
                step(d(4, 18), id -> desk.receiveSupplement(id, d(4, 18))),
                step(d(4, 21), id -> desk.startHandling(id, d(4, 21))),
                step(d(5, 12), id -> desk.decide(id, d(5, 12), Decision.partial("补偿名册含其他被征地农户的身份证号码和银行账号，已作区分处理",
                        releasedRoster(), ExemptionGround.THIRD_PARTY_RIGHTS))),
                step(d(5, 13), id -> desk.deliver(id, d(5, 13), DeliveryMethod.POST)),
                step(d(5, 15), id -> desk.archive(id, d(5, 15), "WS·2025-Y-0002")));
        app(plan, 3, new Applicant(ApplicantType.COMMERCIAL_ENTERPRISE, "福建某建材有限公司", "91350524MA0000000X",
                        "0595-2300000"), "镇级小额工程项目其他投标人的报价明细",
                ReceiptRules.Channel.SIGNED_POST, d(6, 3),
                step(d(6, 4), id -> desk.startReview(id, d(6, 4))),
                step(d(6, 5), id -> desk.startHandling(id, d(6, 5))),
                // Art. 32: the information concerns third parties' commercial secrets; the clock stops meanwhile.
                step(d(6, 6), id -> desk.startConsultation(id, d(6, 6), ConsultationParty.THIRD_PARTY)),
                step(d(6, 20), id -> desk.endConsultation(id, d(6, 20), ConsultationParty.THIRD_PARTY)),
                step(d(7, 8), id -> desk.decide(id, d(7, 8), Decision.withheld(ReplyType.NOT_DISCLOSED,
                        "第三方书面不同意公开，报价明细属商业秘密，不公开不会对公共利益造成重大影响",
                        ExemptionGround.THIRD_PARTY_RIGHTS))),
                step(d(7, 9), id -> desk.deliver(id, d(7, 9), DeliveryMethod.POST)),
                step(d(7, 11), id -> desk.archive(id, d(7, 11), "WS·2025-Y-0003")));
        app(plan, 4, new Applicant(ApplicantType.RESEARCH_INSTITUTION, "某大学乡村振兴研究院", "12350000000000000A",
                        "0591-80000000"), "2010年以来本镇历年耕地保护目标责任书",
                ReceiptRules.Channel.ONLINE, d(8, 4),
                step(d(8, 5), id -> desk.startReview(id, d(8, 5))),
                step(d(8, 6), id -> desk.startHandling(id, d(8, 6))),
                // Art. 33 ¶2: one extension, at most 20 working days, approved by the head of the OGI office.
                step(d(8, 28), id -> desk.extend(id, d(8, 28), 15, "党政办主任 陈志明", "需调阅2010年以来的纸质档案")),
                step(d(9, 19), id -> desk.decide(id, d(9, 19), Decision.of(ReplyType.NOT_EXIST))),
                step(d(9, 22), id -> desk.deliver(id, d(9, 22), DeliveryMethod.EMAIL)),
                step(d(9, 24), id -> desk.archive(id, d(9, 24), "WS·2025-Y-0004")));
        app(plan, 5, new Applicant(ApplicantType.NATURAL_PERSON, "黄明辉", "350524198209080035", "13600001111"),
                "本镇2025年镇本级预算", ReceiptRules.Channel.IN_PERSON, d(9, 9),
                step(d(9, 10), id -> desk.startReview(id, d(9, 10))),
                step(d(9, 11), id -> desk.startHandling(id, d(9, 11))),
                step(d(9, 12), id -> desk.decide(id, d(9, 12), Decision.of(ReplyType.ALREADY_PUBLIC))),
                step(d(9, 12), id -> desk.deliver(id, d(9, 12), DeliveryMethod.IN_PERSON)),
                step(d(9, 15), id -> desk.archive(id, d(9, 15), "WS·2025-Y-0005")));
        app(plan, 6, new Applicant(ApplicantType.COMMERCIAL_ENTERPRISE, "凤城某房地产开发有限公司",
                        "91350524MA0000001Y", "0595-2300001"), "某地块国有建设用地使用权出让合同",
                ReceiptRules.Channel.ONLINE, d(10, 13),
                step(d(10, 14), id -> desk.startReview(id, d(10, 14))),
                step(d(10, 15), id -> desk.startHandling(id, d(10, 15))),
                step(d(10, 20), id -> desk.decide(id, d(10, 20), Decision.notResponsible("安溪县自然资源局"))),
                step(d(10, 21), id -> desk.deliver(id, d(10, 21), DeliveryMethod.ONLINE_PLATFORM)),
                step(d(10, 23), id -> desk.archive(id, d(10, 23), "WS·2025-Y-0006")));
        app(plan, 7, new Applicant(ApplicantType.NATURAL_PERSON, "吴淑珍", "350524196011110048", ""),
                "有关部门的那个文件", ReceiptRules.Channel.ORDINARY_MAIL, d(11, 3),
                step(d(11, 4), id -> desk.startReview(id, d(11, 4))),
                step(d(11, 6), id -> desk.requestSupplement(id, d(11, 6), d(11, 20))),
                step(d(11, 24), id -> desk.closeAsAbandoned(id, d(11, 24))),
                step(d(11, 25), id -> desk.archive(id, d(11, 25), "WS·2025-Y-0007")));
        // Received just before the year's end: still being handled — carried over and due soon.
        app(plan, 8, new Applicant(ApplicantType.PUBLIC_INTEREST_ORGANISATION, "某生态环境保护志愿者协会",
                        "51350000000000000B", "0595-2300002"), "本镇2025年农村生活污水治理设施运行维护情况",
                ReceiptRules.Channel.ONLINE, d(12, 22),
                step(d(12, 23), id -> desk.startReview(id, d(12, 23))),
                step(d(12, 24), id -> desk.startHandling(id, d(12, 24))));
    }

    private record Dated(LocalDate day, AppStep step) {
    }

    private static Dated step(LocalDate day, AppStep s) {
        return new Dated(day, s);
    }

    private static LocalDate d(int month, int day) {
        return LocalDate.of(YEAR, month, day);
    }

    /** Registers the application and plans its steps; on a re-run, steps already in its record are skipped. */
    private void app(List<Action> plan, int n, Applicant applicant, String request, ReceiptRules.Channel channel,
                     LocalDate received, Dated... steps) {
        ApplicationId id = ApplicationId.of(String.format("YSQ-%d-%04d", YEAR, n));
        plan.add(new Action(received, 40, id + ":0", c -> {
            if (repo.find(id).isEmpty()) {
                desk.register(new Registration(id, SampleBody.NAME, applicant, request, channel, received));
            }
        }));
        for (int k = 0; k < steps.length; k++) {
            int index = k + 1;
            Dated s = steps[k];
            plan.add(new Action(s.day(), 40 + index, id + ":" + index, c -> {
                Application a = repo.find(id).orElseThrow();
                if (a.events().size() < index) {
                    s.step().run(id);
                }
            }));
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // The annual report and the result

    private Path[] report() throws SQLException, IOException {
        // Section 二 from the gate's own records: the documents and decisions registered with their report kind,
        // counted once published, normative documents repealed on the day of their withdrawal.
        List<DisclosedItem> disclosed = new ArrayList<>(
                GateRecords.disclosedItems(dataSource, SampleBody.ORG_CODE, YEAR, clock.getZone()));
        // Fees collected: the host's finance records (here one yearly figure).
        disclosed.add(DisclosedItem.fee(LocalDate.of(YEAR, 12, 31), new BigDecimal("12.50")));
        // Section 四 comes from the legal office's records: one reconsideration (upheld), nothing litigated.
        ReviewLitigationFigures review = new ReviewLitigationFigures(ReviewLitigationFigures.Results.of(1, 0, 0, 0),
                ReviewLitigationFigures.Results.NONE, ReviewLitigationFigures.Results.NONE);
        annualReport = AnnualReports.compute(new AnnualReports.Input(SampleBody.NAME, YEAR,
                repo.findByBody(SampleBody.NAME), ProactiveDisclosureFigures.countFrom(YEAR, disclosed), review, null),
                clock);
        AnnualReport report = annualReport;
        if (repo.periodLocks().issuedOn(SampleBody.NAME, YEAR).isEmpty()) {
            AnnualReports.issue(report, repo.periodLocks(), REPORT_DAY);
        }
        Path dir = out.resolve("report");
        Files.createDirectories(dir);
        Path json = dir.resolve("annual-report-" + YEAR + ".json");
        Path html = dir.resolve("annual-report-" + YEAR + ".html");
        Files.writeString(json, ReportJson.write(report), StandardCharsets.UTF_8);
        Files.writeString(html, ReportHtml.render(report), StandardCharsets.UTF_8);
        return new Path[] {json, html};
    }

    /** The item id of the year's annual report as published. */
    static final String REPORT_ITEM = "AR-" + YEAR;

    private void publishReport() throws SQLException {
        if (!zwgk.outbox().forItem(REPORT_ITEM).isEmpty()) {
            return; // published by an earlier run
        }
        ApprovalSystem.Staff s = host.staff();
        transaction(List.of(new Action(REPORT_DAY, 0, REPORT_ITEM, c -> {
            var gate = zwgk.gate(c);
            gate.register(AnnualReportDisclosure.of(annualReport, REPORT_ITEM, SampleBody.ORG_CODE, REPORT_DAY,
                    channelsFor(null), null));
            gate.classify(REPORT_ITEM, Classification.proactive(s.drafter(), s.officeReviewer(), s.signer(),
                    REPORT_DAY));
            gate.review(REPORT_ITEM, org.zwgk.classify.SecrecyReview.passed(s.secrecyReviewer(), s.leaderInCharge(),
                    REPORT_DAY));
            gate.publish(REPORT_ITEM, s.signer());
        })));
    }

    /**
     * The self-check of the year as assessors would see it on 31 December ({@code zwgk check}), written next to the
     * site: {@code check/self-check-2025.html} and {@code .json}. The site's index pages still pending (the demo's
     * {@code index-delay}) are written first — the website adapter's close does that — so the check reads the site as
     * the public will.
     */
    private Path[] check() throws IOException {
        ChannelAdapter web = channels.get("website");
        if (web != null) {
            web.close();
        }
        SelfCheck.Builder b = SelfCheck.builder().zwgk(zwgk).storeLabel("zwgk demo " + YEAR)
                .catalogue(catalogue).asOf(YEAR_END).zone(ZONE).calendar(calendar).bodies(List.of(SampleBody.NAME));
        if (web != null && Files.isRegularFile(site.resolve("index.html"))) {
            b.site(site);
        }
        checkReport = b.build().run();
        Path dir = out.resolve("check");
        Files.createDirectories(dir);
        Path html = dir.resolve("self-check-" + YEAR + ".html");
        Path json = dir.resolve("self-check-" + YEAR + ".json");
        Files.writeString(html, CheckHtml.render(checkReport, java.util.Locale.CHINA), StandardCharsets.UTF_8);
        Files.writeString(json, CheckJson.write(checkReport), StandardCharsets.UTF_8);
        return new Path[] {html, json};
    }

    private DemoResult result(List<String> dueSoon, List<String> overdue, Path[] report, Path[] check,
                              Duration elapsed) throws SQLException, IOException {
        Map<String, Integer> byAttribute = new TreeMap<>();
        Map<LifecycleState, Integer> byState = new java.util.EnumMap<>(LifecycleState.class); // lifecycle order
        List<DemoResult.WithheldItem> withheld = new ArrayList<>();
        Map<String, Map<String, Integer>> deliveries = new TreeMap<>();
        int documents = 0;
        int matters = 0;
        int queued = 0;
        List<String> quarantined = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT attribute, COUNT(*) FROM oa_document GROUP BY attribute");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byAttribute.put(DisclosureAttribute.valueOf(rs.getString(1)).label(), rs.getInt(2));
                    documents += rs.getInt(2);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM oa_matter");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                matters = rs.getInt(1);
            }
        }
        // zwgk's own records only through its public API: the sample is what a vendor would write.
        zwgk.reReviewDue(java.time.Period.ZERO).stream()
                .filter(i -> i.attribute() == DisclosureAttribute.WITHHELD || i.attribute() == DisclosureAttribute.ON_REQUEST)
                .sorted(java.util.Comparator.comparing(Zwgk.ReReviewCandidate::itemId))
                .forEach(i -> {
                    String grounds = i.grounds() == null || i.grounds().isBlank() ? ""
                            : String.join("、", Stream.of(i.grounds().split(","))
                                    .map(g -> ExemptionGround.valueOf(g).label() + "（"
                                            + ExemptionGround.valueOf(g).citationZh() + "）").toList());
                    withheld.add(new DemoResult.WithheldItem(i.itemId(), i.title(), i.attribute().label(), grounds,
                            i.reason()));
                });
        zwgk.itemsByState().forEach((st, n) -> {
            if (n > 0) {
                byState.put(st, n);
            }
        });
        for (Map.Entry<String, Map<DeliveryStatus, Integer>> ch : zwgk.outbox().countsByChannel().entrySet()) {
            ch.getValue().forEach((st, n) -> {
                if (n > 0) {
                    deliveries.computeIfAbsent(ch.getKey(), k -> new LinkedHashMap<>()).put(st.name(), n);
                }
            });
            queued += ch.getValue().get(DeliveryStatus.QUEUED) + ch.getValue().get(DeliveryStatus.FAILED);
        }
        zwgk.outbox().list(DeliveryStatus.QUARANTINED, Integer.MAX_VALUE).stream()
                .sorted(java.util.Comparator.comparing(OutboxEntry::channel).thenComparing(OutboxEntry::itemId)
                        .thenComparing(OutboxEntry::id))
                .forEach(e -> quarantined.add(e.channel() + " " + e.itemId() + " " + e.lastErrorKind() + ": "
                        + e.lastError()));
        List<String> apps = new ArrayList<>();
        for (Application a : repo.findByBody(SampleBody.NAME)) {
            String outcome = a.decision().map(dc -> dc.code().labelZh() + "（" + dc.code().citationZh() + "）")
                    .orElse("尚未答复（当前环节：" + a.stage().labelZh() + "）");
            apps.add(a.id() + " " + a.registration().applicant().type().labelZh() + " 收到 " + a.receivedOn() + " → "
                    + outcome + (a.pauses().isEmpty() ? "" : "，征求意见暂停")
                    + (a.supplementRequest().isPresent() ? "，补正" : "")
                    + (a.extension().isPresent() ? "，延期" : ""));
        }
        Path site = channels.containsKey("website") ? siteIndex() : null;
        Path archive = archiveDir();
        List<Path> batches = new ArrayList<>();
        if (archive != null && Files.isDirectory(archive.resolve("batches"))) {
            try (Stream<Path> s = Files.list(archive.resolve("batches"))) {
                s.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().forEach(batches::add);
            }
        }
        boolean reconciles;
        try {
            ReportJson.read(Files.readString(report[0], StandardCharsets.UTF_8));
            reconciles = true;
        } catch (RuntimeException e) {
            reconciles = false;
        }
        Map<String, Integer> states = new LinkedHashMap<>();
        byState.forEach((st, n) -> states.put(st.label(), n));
        List<DemoResult.CheckFinding> findings = new ArrayList<>();
        for (Finding f : checkReport.findings()) {
            findings.add(new DemoResult.CheckFinding(f.id(), f.severity().name(), f.message(java.util.Locale.CHINA),
                    f.message(java.util.Locale.ENGLISH)));
        }
        return new DemoResult(documents, created, byAttribute, states, withheld, refusal, matters, stagesEntered,
                withdrawnTitle, deliveries, queued, quarantined, screened, zwgk.verifyLog().problems(), apps, dueSoon,
                overdue, site, archive, batches, report[0],
                report[1], reconciles, YEAR_END, elapsed, findings, check[0], check[1]);
    }

    /**
     * The compensation roster as the applicant receives it (部分公开, Art. 37): other households' identity numbers and
     * bank accounts removed, each removal recorded — the same public-version mechanism as the gate.
     */
    private static PublicVersion releasedRoster() {
        return PublicVersion.of("征地补偿名册（申请人所在户）", "户主：申请人本户\n补偿金额：按名册所列\n其他农户信息已删除。",
                List.of(new Redaction("其他被征地农户的姓名、公民身份号码", ExemptionGround.THIRD_PARTY_RIGHTS, "个人隐私",
                        RedactionCategory.PERSONAL_DATA, "名册第2至15行 第2、3列"),
                        new Redaction("其他被征地农户的银行账号", ExemptionGround.THIRD_PARTY_RIGHTS, "个人隐私",
                                RedactionCategory.PERSONAL_DATA, "名册第2至15行 第6列")));
    }

    private Path siteIndex() {
        return site.resolve("index.html");
    }

    private Path archiveDir() {
        return channels.containsKey("archive") ? archive : null;
    }

    private static String describe(Obligation o) {
        return o.describe() + (o.matterId() != null ? "（事项 " + o.matterId() + "）" : "");
    }

}
