package org.zwgk.samples.spring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.task.api.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zwgk.flowable.StepIds;
import org.zwgk.flowable.ZwgkDelegate;
import org.zwgk.gate.Gate;
import org.zwgk.gate.Obligation;
import org.zwgk.publish.OutboxEntry;
import org.zwgk.spring.SpringGate;

/**
 * The approval system's document service. Each step is one transaction holding the system's own row, the workflow
 * and zwgk's records: if the gate refuses 签发, the row keeps its state and the task stays open.
 */
@Service("documents")
public class Documents {

    /** The 统一社会信用代码 of the body, for the index number (索引号). */
    static final String BODY_CODE = "01432281X";
    static final String PUBLISHER = "凤城镇人民政府";

    private final JdbcTemplate jdbc;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final SpringGate gate;
    private final StepIds stepIds;
    private final Clock clock;

    public Documents(JdbcTemplate jdbc, RuntimeService runtime, TaskService tasks, SpringGate gate, StepIds stepIds) {
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.tasks = tasks;
        this.gate = gate;
        this.stepIds = stepIds;
        this.clock = gate.zwgk().clock();
    }

    public record Draft(String id, String title, String content, String catalogueItem) {
    }

    /** 新建: the document row and its workflow, waiting at 拟稿. */
    @Transactional
    public void create(Draft d) {
        jdbc.update("INSERT INTO sample_document (id, title, content, catalogue_item, state, updated_at) "
                + "VALUES (?, ?, ?, ?, '拟稿', ?)", d.id(), d.title(), d.content(), d.catalogueItem(), now());
        Map<String, Object> v = new HashMap<>();
        v.put(ZwgkDelegate.ITEM_ID, d.id());
        v.put(ZwgkDelegate.BODY_CODE, BODY_CODE);
        v.put(ZwgkDelegate.PUBLISHER, PUBLISHER);
        v.put(ZwgkDelegate.TITLE, d.title());
        v.put(ZwgkDelegate.CONTENT, d.content());
        if (d.catalogueItem() != null) {
            v.put(ZwgkDelegate.CATALOGUE_ITEM, d.catalogueItem());
        }
        String pi = runtime.startProcessInstanceByKey("document-approval", d.id(), v).getId();
        jdbc.update("UPDATE sample_document SET process_id = ? WHERE id = ?", pi, d.id());
    }

    /** 拟稿 done: the document is formed today; the service task after it registers the disclosure obligation. */
    @Transactional
    public void submitDraft(String id, String drafter) {
        complete(id, "draft", "定属性", Map.of(ZwgkDelegate.FORMED_ON, today(), "drafter", drafter));
    }

    /** 定属性: the attribute decision (主动公开 / 依申请公开 / 不予公开 with grounds and reason). */
    @Transactional
    public void classify(String id, Map<String, Object> decision) {
        Map<String, Object> v = new HashMap<>(decision);
        v.put(ZwgkDelegate.DECIDED_ON, today());
        complete(id, "classify", "保密审查", v);
    }

    /** 保密审查: the secrecy review record. */
    @Transactional
    public void review(String id, Map<String, Object> review) {
        Map<String, Object> v = new HashMap<>(review);
        v.put(ZwgkDelegate.SECRECY_REVIEWED_ON, today());
        complete(id, "review", "签发", v);
    }

    /** The signer publishes (the outbox rows commit with this transaction; the dispatcher delivers after it). */
    @Transactional
    public void publish(String id, String signer) {
        gate.current().publish(id, signer);
    }

    /** 签发: refused by the gate (ZWGK-3201) while the document's disclosure obligation is unmet. */
    @Transactional
    public void issue(String id, String signer) {
        complete(id, "issue", "签发", Map.of("signer", signer));
    }

    /** Service task after 签发, in the engine's transaction. */
    public void finished(DelegateExecution execution) {
        jdbc.update("UPDATE sample_document SET state = '办结', updated_at = ? WHERE id = ?", now(),
                execution.getProcessInstanceBusinessKey());
    }

    private void complete(String id, String taskKey, String nextState, Map<String, Object> variables) {
        Task task = currentTask(id);
        if (task == null || !task.getTaskDefinitionKey().equals(taskKey)) {
            throw new WrongStepException(id, taskKey, task == null ? "办结" : task.getName());
        }
        jdbc.update("UPDATE sample_document SET state = ?, updated_at = ? WHERE id = ?", nextState, now(), id);
        tasks.complete(task.getId(), new HashMap<>(variables));
    }

    /** What the system shows for a document: its state, the open task, zwgk's obligations and deliveries. */
    public record View(String id, String title, String state, String task, String stepId, List<Obligation> obligations,
                       List<OutboxEntry> deliveries) {
    }

    /** The committed state (called after the step's transaction). */
    public View view(String id) {
        Map<String, Object> row = jdbc.queryForList("SELECT title, state, process_id FROM sample_document WHERE id = ?",
                id).stream().findFirst().orElseThrow(() -> new NoSuchDocumentException(id));
        String pi = (String) row.get("PROCESS_ID");
        Task task = currentTask(id);
        String step = pi == null ? null : stepIds.stepId(pi, "issue");
        List<Obligation> obligations = step == null ? List.of() : obligationsOf(step);
        return new View(id, (String) row.get("TITLE"), (String) row.get("STATE"), task == null ? null : task.getName(),
                step, obligations, gate.zwgk().outbox().forItem(id));
    }

    private List<Obligation> obligationsOf(String step) {
        // Outside the business transactions: the gate's own query in a short transaction of zwgk's DataSource.
        return gate.zwgk().inTransaction((Gate g) -> g.obligations(step));
    }

    private Task currentTask(String id) {
        return tasks.createTaskQuery().processInstanceBusinessKey(id).singleResult();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** The document is not at the step the request is for. */
    public static final class WrongStepException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WrongStepException(String id, String wanted, String actual) {
            super("文件 " + id + " 当前环节为“" + actual + "”，不能办理 " + wanted);
        }
    }

    /** No document with this id. */
    public static final class NoSuchDocumentException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoSuchDocumentException(String id) {
            super("没有文件 " + id);
        }
    }
}
