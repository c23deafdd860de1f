package org.zwgk.spring.testapp;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zwgk.classify.Classification;
import org.zwgk.classify.SecrecyReview;
import org.zwgk.gate.Disclosure;
import org.zwgk.gate.Gate;
import org.zwgk.spring.SpringGate;

/** The host's document service: its own table and the gate, in one {@code @Transactional} method each. */
@Service
public class Documents {

    private final JdbcTemplate jdbc;
    private final SpringGate gate;

    public Documents(JdbcTemplate jdbc, SpringGate gate) {
        this.jdbc = jdbc;
        this.gate = gate;
    }

    public static String step(String id) {
        return "issue:" + id;
    }

    public static Disclosure disclosure(String id, LocalDate formedOn) {
        return Disclosure.of(id, "01432281X", "SA-001", "关于调整低保标准的通知 " + id, "正文", "凤城镇人民政府", formedOn,
                step(id)).withChannels(List.of("website", "archive"));
    }

    /** Drafting: the host's row and the registration commit together. */
    @Transactional
    public void draft(String id, LocalDate formedOn) {
        jdbc.update("INSERT INTO host_document (id, state) VALUES (?, '拟稿')", id);
        gate.current().register(disclosure(id, formedOn));
    }

    /** As {@link #draft}, then the host fails: both must roll back. */
    @Transactional
    public void draftThenFail(String id, LocalDate formedOn) {
        draft(id, formedOn);
        throw new IllegalStateException("the host failed after the gate call");
    }

    /** Signing without publishing first: the gate refuses, the host's state change rolls back with it. */
    @Transactional
    public void issueWithoutPublishing(String id) {
        jdbc.update("UPDATE host_document SET state = '签发' WHERE id = ?", id);
        gate.current().require(step(id));
    }

    /** Classify, review, publish and complete the step in one transaction. */
    @Transactional
    public void publishAndIssue(String id, LocalDate on) {
        Gate g = gate.current();
        g.classify(id, Classification.proactive("拟稿人", "办公室", "签发人", on));
        g.review(id, SecrecyReview.passed("审查人", "分管领导", on));
        g.publish(id, "签发人");
        g.require(step(id));
        jdbc.update("UPDATE host_document SET state = '签发' WHERE id = ?", id);
    }

    @Transactional(readOnly = true)
    public Gate readOnly() {
        return gate.current();
    }

    /** No transaction at all: the gate must refuse rather than write in auto-commit mode. */
    public Gate withoutTransaction() {
        return gate.current();
    }
}
