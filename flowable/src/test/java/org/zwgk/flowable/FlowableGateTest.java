package org.zwgk.flowable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zwgk.flowable.autoconfigure.ZwgkFlowableAutoConfiguration;
import org.zwgk.flowable.testapp.FlowableTestApplication;
import org.zwgk.flowable.testapp.HostDocuments;
import org.zwgk.gate.UnmetObligationsException;
import org.zwgk.spi.ZwgkException;

/**
 * A real Flowable 7.2 engine on H2 with zwgk on the same DataSource and transaction manager: a gated user task
 * cannot complete while its obligations are unmet, and whatever the engine's transaction holds — the host's rows,
 * the process state, zwgk's obligations and outbox rows — commits or rolls back as one.
 */
@SpringBootTest(classes = FlowableTestApplication.class)
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class FlowableGateTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    RepositoryService repository;
    @Autowired
    HostDocuments host;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StepIds stepIds;

    static Map<String, Object> draft(String id) {
        Map<String, Object> v = new HashMap<>();
        v.put(ZwgkDelegate.ITEM_ID, id);
        v.put(ZwgkDelegate.BODY_CODE, "01432281X");
        v.put(ZwgkDelegate.CATALOGUE_ITEM, "SA-001");
        v.put(ZwgkDelegate.TITLE, "关于调整低保标准的通知 " + id);
        v.put(ZwgkDelegate.CONTENT, "正文");
        v.put(ZwgkDelegate.PUBLISHER, "凤城镇人民政府");
        v.put(ZwgkDelegate.FORMED_ON, TODAY.toString());
        return v;
    }

    static Map<String, Object> classified() {
        return new HashMap<>(Map.of(ZwgkDelegate.ATTRIBUTE, "主动公开", ZwgkDelegate.PROPOSER, "拟稿人",
                ZwgkDelegate.REVIEWER, "办公室", ZwgkDelegate.DECIDER, "签发人", ZwgkDelegate.DECIDED_ON, TODAY));
    }

    static Map<String, Object> reviewed() {
        return new HashMap<>(Map.of(ZwgkDelegate.SECRECY_REVIEWER, "审查人", ZwgkDelegate.SECRECY_SIGNER, "分管领导",
                ZwgkDelegate.SECRECY_REVIEWED_ON, java.sql.Date.valueOf(TODAY), ZwgkDelegate.SECRECY_OUTCOME,
                "PASSED"));
    }

    Task task(String processInstanceId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
    }

    /** Drives a document of process "approval" to its gated 签发 task. */
    String toIssue(String id) {
        host.create(id);
        String pi = runtime.startProcessInstanceByKey("approval", id).getId();
        tasks.complete(task(pi).getId(), draft(id));
        tasks.complete(task(pi).getId(), classified());
        tasks.complete(task(pi).getId(), reviewed());
        assertThat(task(pi).getTaskDefinitionKey()).isEqualTo("issue");
        return pi;
    }

    int rows(String table, String itemId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE item_id = ?", Integer.class, itemId);
    }

    @Test
    void completingTheGatedTaskIsRefusedAndNothingOfTheStepIsCommitted(
            org.springframework.boot.test.system.CapturedOutput output) {
        String pi = toIssue("f-refused");
        Task issue = task(pi);
        String step = stepIds.stepId(pi, "issue");
        assertThat(step).isEqualTo("flowable:" + pi + ":issue");

        assertThatThrownBy(() -> host.sign("f-refused", issue.getId()))
                .isInstanceOf(UnmetObligationsException.class)
                .hasMessageContaining("ZWGK-3201").hasMessageContaining(step)
                .hasMessageContaining("f-refused").hasMessageContaining("截止 ");
        assertThat(host.state("f-refused")).isEqualTo("拟稿");
        assertThat(task(pi).getId()).isEqualTo(issue.getId());
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(pi).singleResult().getEndTime())
                .isNull();
        // The same without a transaction of the host: Flowable's own transaction is rolled back.
        assertThatThrownBy(() -> tasks.complete(issue.getId())).isInstanceOf(UnmetObligationsException.class);
        assertThat(task(pi).getId()).isEqualTo(issue.getId());
        assertThat(rows("zwgk_outbox", "f-refused")).isZero();
        // A refusal is the signer's error, not a fault: Flowable must not log it with a stack trace.
        assertThat(output.getAll()).doesNotContain("Error while closing command context");
    }

    @Test
    void publishingThenCompletingCommitsBothTogether() {
        String pi = toIssue("f-published");
        host.publishAndSign("f-published", task(pi).getId(), "签发人");
        assertThat(task(pi)).isNull();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(pi).singleResult().getEndTime())
                .isNotNull();
        assertThat(host.state("f-published")).isEqualTo("签发");
        assertThat(rows("zwgk_outbox", "f-published")).isEqualTo(1); // SA-001: 政府网站 → here the archive only
        assertThat(jdbc.queryForObject("SELECT status FROM zwgk_obligation WHERE item_id = ?", String.class,
                "f-published")).isEqualTo("QUEUED");
    }

    @Test
    void anEngineRollbackLeavesNoObligationAndNoOutboxRow() {
        Map<String, Object> v = draft("f-rollback");
        v.putAll(classified());
        v.putAll(reviewed());
        v.put(ZwgkDelegate.CHANNELS, List.of("archive"));
        v.put(ZwgkDelegate.PUBLISHED_BY, "签发人");
        v.put("hostFails", true);
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey("automatic", "f-rollback", v))
                .hasRootCauseMessage("the host's step after publishing failed");
        for (String table : List.of("zwgk_item", "zwgk_obligation", "zwgk_outbox", "zwgk_event")) {
            assertThat(rows(table, "f-rollback")).as(table).isZero();
        }
        assertThat(host.state("f-rollback")).isNull();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("f-rollback").count()).isZero();

        // The same command without the failure commits all of it, and the gated task can then complete.
        v.put("hostFails", false);
        String pi = runtime.startProcessInstanceByKey("automatic", "f-commit", withId(v, "f-commit")).getId();
        assertThat(rows("zwgk_outbox", "f-commit")).isEqualTo(1);
        assertThat(host.state("f-commit")).isEqualTo("已发布");
        tasks.complete(task(pi).getId());
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
    }

    static Map<String, Object> withId(Map<String, Object> v, String id) {
        Map<String, Object> out = new HashMap<>(v);
        out.put(ZwgkDelegate.ITEM_ID, id);
        out.put(ZwgkDelegate.TITLE, "关于调整低保标准的通知 " + id);
        return out;
    }

    @Test
    void aTaskMarkedInTheBpmnIsGatedAndOthersAreNot() {
        String pi = runtime.startProcessInstanceByKey("marked", "f-marked").getId();
        // An obligation of the marked step, registered by host code with the documented step id.
        Map<String, Object> v = draft("f-marked");
        host.create("f-marked");
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(s ->
                gate.current().register(org.zwgk.gate.Disclosure.of("f-marked", "01432281X", "SA-001", "通知",
                        "正文", "凤城镇人民政府", TODAY, stepIds.stepId(pi, "sign"))));
        assertThatThrownBy(() -> tasks.complete(task(pi).getId())).isInstanceOf(UnmetObligationsException.class);
        // The exemption route: lawfully withheld, the step may complete.
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(s ->
                gate.current().classify("f-marked", org.zwgk.classify.Classification.withheld(
                        java.util.Set.of(org.zwgk.classify.ExemptionGround.PROCESS_INFORMATION), "过程性信息",
                        "拟稿人", "办公室", "签发人", TODAY)));
        tasks.complete(task(pi).getId());
        assertThat(task(pi).getTaskDefinitionKey()).isEqualTo("other");
        tasks.complete(task(pi).getId()); // not gated
        assertThat(v).isNotEmpty();
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;
    @Autowired
    org.zwgk.spring.SpringGate gate;

    @Test
    void aMissingVariableIsACodedErrorAndRollsBackTheCompletion() {
        host.create("f-missing");
        String pi = runtime.startProcessInstanceByKey("approval", "f-missing").getId();
        Map<String, Object> v = draft("f-missing");
        v.remove(ZwgkDelegate.FORMED_ON);
        Task draftTask = task(pi);
        assertThatThrownBy(() -> tasks.complete(draftTask.getId(), v)).isInstanceOf(ZwgkException.class)
                .hasMessageStartingWith("ZWGK-7050").hasMessageContaining(ZwgkDelegate.FORMED_ON)
                .hasMessageContaining("registerDoc");
        assertThat(task(pi).getTaskDefinitionKey()).isEqualTo("draft");
        assertThat(rows("zwgk_item", "f-missing")).isZero();
    }

    @Test
    void aConfiguredTaskThatTheDeployedProcessLacksStopsTheStart(@Autowired ObjectProvider<RepositoryService> rs) {
        var check = new ZwgkFlowableAutoConfiguration().zwgkGatedTasksCheck(
                new GatedTasks(List.of("approval:isue", "not-deployed:x")), rs);
        assertThatThrownBy(() -> check.onApplicationEvent(null)).isInstanceOf(ZwgkException.class)
                .hasMessageStartingWith("ZWGK-7054").hasMessageContaining("approval:isue");
        assertThatThrownBy(() -> new GatedTasks(List.of("approval"))).hasMessageStartingWith("ZWGK-7053");
        assertThatThrownBy(() -> new GatedTasks(List.of("a:b:c"))).hasMessageStartingWith("ZWGK-7053");
    }
}
