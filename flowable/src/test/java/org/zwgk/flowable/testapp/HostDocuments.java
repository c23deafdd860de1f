package org.zwgk.flowable.testapp;

import org.flowable.engine.TaskService;
import org.flowable.engine.delegate.DelegateExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zwgk.spring.SpringGate;

/** The host's own rows, written inside the engine's commands and in the host's own transactions. */
@Component("hostDocuments")
public class HostDocuments {

    private final JdbcTemplate jdbc;
    private final TaskService tasks;
    private final SpringGate gate;

    public HostDocuments(JdbcTemplate jdbc, TaskService tasks, SpringGate gate) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.gate = gate;
    }

    /** Service task after 签发: the host marks its document issued, in the engine's transaction. */
    public void issued(DelegateExecution execution) {
        jdbc.update("UPDATE host_document SET state = '签发' WHERE id = ?", execution.getVariable("zwgkItemId"));
    }

    /** Service task after the automatic publication: the host writes its row, or fails when told to. */
    public void afterPublish(DelegateExecution execution) {
        jdbc.update("INSERT INTO host_document (id, state) VALUES (?, '已发布')", execution.getVariable("zwgkItemId"));
        if (Boolean.TRUE.equals(execution.getVariable("hostFails"))) {
            throw new IllegalStateException("the host's step after publishing failed");
        }
    }

    public void create(String id) {
        jdbc.update("INSERT INTO host_document (id, state) VALUES (?, '拟稿')", id);
    }

    /** The signer's button: the host's change and the task completion in one transaction of the host. */
    @Transactional
    public void sign(String id, String taskId) {
        jdbc.update("UPDATE host_document SET state = '已签' WHERE id = ?", id);
        tasks.complete(taskId);
    }

    /** 签发并发布: publish, then complete the gated task, in one transaction. */
    @Transactional
    public void publishAndSign(String id, String taskId, String signer) {
        gate.current().publish(id, signer);
        tasks.complete(taskId);
    }

    public String state(String id) {
        return jdbc.query("SELECT state FROM host_document WHERE id = ?", rs -> rs.next() ? rs.getString(1) : null, id);
    }
}
