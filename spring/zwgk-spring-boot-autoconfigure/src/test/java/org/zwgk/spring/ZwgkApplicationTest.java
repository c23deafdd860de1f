package org.zwgk.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zwgk.gate.UnmetObligationsException;
import org.zwgk.spi.ZwgkException;
import org.zwgk.spi.channel.DeliveryStatus;
import org.zwgk.spring.testapp.Documents;
import org.zwgk.spring.testapp.TestApplication;

/**
 * The starter in a real application: embedded server on a random port, H2, the archive channel writing packages
 * and a website channel whose CMS is unreachable (its deliveries are quarantined), the dispatcher running. One
 * context for the whole class (and the Boot 4 module runs this same class on Boot 4.0): transactions first, then
 * health and metrics over HTTP, the database destroyed last.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ZwgkApplicationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void channels(DynamicPropertyRegistry registry) throws IOException {
        Path out = Files.createTempDirectory("zwgk-starter-archive-");
        registry.add("zwgk.channel.archive.out", out::toString);
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort(); // nothing listens there once closed: connection refused, a transient error
        }
        int port = closed;
        registry.add("zwgk.channel.website.endpoint", () -> "http://127.0.0.1:" + port + "/cms/api");
    }

    @Autowired
    Documents documents;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    SpringGate springGate;
    @Autowired
    ApplicationContext context;
    @Autowired
    Environment environment;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    @Order(1)
    void healthIsUpOnAFreshDatabase() throws Exception {
        HttpResponse<String> r = get("/actuator/health");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode zwgk = JSON.readTree(r.body()).path("components").path("zwgk");
        assertThat(zwgk.path("status").asText()).isEqualTo("UP");
        assertThat(zwgk.path("details").path("backlog").asLong()).isZero();
        assertThat(zwgk.path("details").path("outbox").size()).isEqualTo(DeliveryStatus.values().length);
        // The bean Boot registered is the indicator of the Boot line this test runs on.
        String expected = SpringBootVersion.getVersion().startsWith("3.") ? "Boot3ZwgkHealthIndicator"
                : "Boot4ZwgkHealthIndicator";
        assertThat(context.getBean("zwgkHealthIndicator").getClass().getSimpleName()).isEqualTo(expected);
    }

    @Test
    @Order(2)
    void transactionalMethodCommitsTheHostRowAndTheObligationTogether() {
        documents.draft("t-commit", TODAY);
        assertThat(hostRows("t-commit")).isEqualTo(1);
        assertThat(zwgkRows("t-commit")).isEqualTo(3); // item, obligation, first event
    }

    @Test
    @Order(3)
    void rollbackOfATransactionalMethodLeavesNoZwgkRows() {
        assertThatThrownBy(() -> documents.draftThenFail("t-rollback", TODAY))
                .isInstanceOf(IllegalStateException.class);
        assertThat(hostRows("t-rollback")).isZero();
        assertThat(zwgkRows("t-rollback")).isZero();
    }

    @Test
    @Order(4)
    void theGateRefusingRollsBackTheHostsStepToo() {
        documents.draft("t-refused", TODAY);
        assertThatThrownBy(() -> documents.issueWithoutPublishing("t-refused"))
                .isInstanceOf(UnmetObligationsException.class)
                .hasMessageContaining("ZWGK-3201").hasMessageContaining(Documents.step("t-refused"));
        assertThat(jdbc.queryForObject("SELECT state FROM host_document WHERE id = ?", String.class, "t-refused"))
                .isEqualTo("拟稿");
    }

    @Test
    @Order(5)
    void transactionTemplateCommitsAndRollsBack() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(s -> {
            jdbc.update("INSERT INTO host_document (id, state) VALUES (?, '拟稿')", "t-template");
            springGate.current().register(Documents.disclosure("t-template", TODAY));
        });
        assertThat(hostRows("t-template")).isEqualTo(1);
        assertThat(zwgkRows("t-template")).isEqualTo(3);

        tx.executeWithoutResult(s -> {
            jdbc.update("INSERT INTO host_document (id, state) VALUES (?, '拟稿')", "t-template-rb");
            springGate.current().register(Documents.disclosure("t-template-rb", TODAY));
            s.setRollbackOnly();
        });
        assertThat(hostRows("t-template-rb")).isZero();
        assertThat(zwgkRows("t-template-rb")).isZero();
    }

    @Test
    @Order(6)
    void withoutATransactionTheGateRefusesInsteadOfAutoCommitting() {
        assertThatThrownBy(() -> documents.withoutTransaction()).isInstanceOf(ZwgkException.class)
                .hasMessageStartingWith("ZWGK-7001");
        assertThatThrownBy(() -> documents.readOnly()).isInstanceOf(ZwgkException.class)
                .hasMessageStartingWith("ZWGK-7002");
    }

    @Test
    @Order(7)
    void aQuarantinedDeliveryTurnsHealthToWarningWithHttp200() throws Exception {
        documents.draft("t-publish", TODAY);
        documents.publishAndIssue("t-publish", TODAY);
        assertThat(jdbc.queryForObject("SELECT state FROM host_document WHERE id = ?", String.class, "t-publish"))
                .isEqualTo("签发");
        // The dispatcher (running in the application) delivers: the archive accepts, the CMS is unreachable.
        JsonNode zwgk = awaitComponent(c -> c.path("status").asText().equals("WARNING")
                && c.path("details").path("backlog").asLong() == 0);
        JsonNode d = zwgk.path("details");
        assertThat(d.path("quarantined").asLong()).as(zwgk.toString()).isEqualTo(1);
        assertThat(d.path("outbox").path("QUARANTINED").asLong()).as(zwgk.toString()).isEqualTo(1);
        assertThat(d.path("outbox").path("ACCEPTED").asLong()).as(zwgk.toString()).isEqualTo(1);
        assertThat(d.path("attention").toString()).contains("zwgk outbox retry");
        HttpResponse<String> whole = get("/actuator/health");
        assertThat(whole.statusCode()).as("a warning must not fail a probe").isEqualTo(200);
        assertThat(JSON.readTree(whole.body()).path("status").asText()).isEqualTo("WARNING");
        assertThat(whole.body()).doesNotContain("test-token-s3cret");
    }

    @Test
    @Order(8)
    void metricsAppearUnderActuatorMetrics() throws Exception {
        JsonNode names = JSON.readTree(get("/actuator/metrics").body()).path("names");
        assertThat(names.toString()).contains("zwgk.deliveries", "zwgk.delivery.duration", "zwgk.publication.lag",
                "zwgk.outbox.entries", "zwgk.outbox.backlog", "zwgk.channels.paused", "zwgk.obligations.overdue",
                "zwgk.obligations.due.soon");
        JsonNode quarantined = JSON.readTree(get("/actuator/metrics/zwgk.outbox.entries?tag=status:quarantined")
                .body());
        assertThat(quarantined.path("measurements").get(0).path("value").asDouble()).isEqualTo(1.0);
        JsonNode failed = JSON.readTree(get("/actuator/metrics/zwgk.deliveries?tag=channel:website"
                + "&tag=outcome:transient").body());
        assertThat(failed.path("measurements").get(0).path("value").asDouble()).isEqualTo(1.0);
        JsonNode accepted = JSON.readTree(get("/actuator/metrics/zwgk.deliveries?tag=channel:archive"
                + "&tag=outcome:accepted").body());
        assertThat(accepted.path("measurements").get(0).path("value").asDouble()).isEqualTo(1.0);
        JsonNode dueSoon = JSON.readTree(get("/actuator/metrics/zwgk.obligations.due.soon").body());
        assertThat(dueSoon.path("measurements").get(0).path("value").asDouble()).isGreaterThanOrEqualTo(0.0);
    }

    @Test
    @Order(9)
    @DirtiesContext
    void healthIsDownWhenTheDatabaseIsGone() throws Exception {
        jdbc.execute("SHUTDOWN"); // the in-memory database and zwgk's tables with it
        HttpResponse<String> r = get("/actuator/health");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
        JsonNode zwgk = JSON.readTree(r.body()).path("components").path("zwgk");
        assertThat(zwgk.path("status").asText()).isEqualTo("DOWN");
        assertThat(zwgk.path("details").path("error").asText()).startsWith("ZWGK-4001");
    }

    private JsonNode awaitComponent(java.util.function.Predicate<JsonNode> done) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            last = JSON.readTree(get("/actuator/health/zwgk").body());
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("zwgk health never reached the expected state; last: " + last);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        URI uri = URI.create("http://localhost:" + environment.getProperty("local.server.port") + path);
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private int hostRows(String id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM host_document WHERE id = ?", Integer.class, id);
    }

    /** Rows of the item in every zwgk table that names it. */
    private int zwgkRows(String id) {
        int n = 0;
        for (String table : new String[] {"zwgk_item", "zwgk_obligation", "zwgk_event", "zwgk_outbox",
                "zwgk_attachment"}) {
            n += jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE item_id = ?", Integer.class, id);
        }
        return n;
    }
}
