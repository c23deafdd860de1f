package org.zwgk.samples.approval;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What one demo run did and produced, for the summary and the tests.
 *
 * @param documents          documents in the host table after the run (this run and earlier ones)
 * @param createdThisRun     documents drafted and issued by this run (the rest were already there: resumed)
 * @param byAttribute        documents by 公开属性 label (主动公开, 部分公开, 依申请公开, 不予公开)
 * @param byState            disclosure items by lifecycle state label, in lifecycle order (已审查, 已发布, 已解读,
 *                           已归档 — handed over to the archives —, 已撤回, …)
 * @param withheld           examples of information kept off every public channel, with grounds and reasons
 * @param refusal            the first approval step the gate refused (ZWGK-3201 with every unmet obligation)
 * @param deliveries         outbox entries per channel and delivery status (e.g. website → LIVE → 120)
 * @param queued             outbox entries not yet delivered (all of them with {@code --no-dispatch})
 * @param quarantined        outbox entries a channel refused for good (e.g. content WeChat does not accept), one
 *                           line each: channel, item, error kind and the adapter's message — they need a person
 * @param screened           documents the gate's personal-data screening stopped (ZWGK-3301), then published masked
 *                           as 部分公开 — one line each
 * @param logProblems        what {@code zwgk.verifyLog()} found at the end of the run (chains, content, payloads);
 *                           empty when the record proves itself
 * @param dueSoon            disclosure obligations and applications due within 30 days of the year's end
 * @param overdue            those already past due at the year's end
 * @param checkFindings      what the year-end self-check ({@code zwgk check}, as of 31 December) found
 * @param checkHtml          its report, next to the site ({@code check/self-check-2025.html})
 * @param checkJson          the same as JSON ({@code schemas/check-report.schema.json})
 */
public record DemoResult(int documents, int createdThisRun, Map<String, Integer> byAttribute,
                         Map<String, Integer> byState,
                         List<WithheldItem> withheld, String refusal, int matters, int stagesEntered,
                         String withdrawn, Map<String, Map<String, Integer>> deliveries, int queued,
                         List<String> quarantined, List<String> screened, List<String> logProblems,
                         List<String> applications, List<String> dueSoon, List<String> overdue,
                         Path site, Path archive, List<Path> archiveBatches, Path reportJson, Path reportHtml,
                         boolean reportReconciles, LocalDate today, Duration elapsed,
                         List<CheckFinding> checkFindings, Path checkHtml, Path checkJson) {
    public DemoResult {
        byAttribute = Map.copyOf(byAttribute);
        byState = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byState));
        withheld = List.copyOf(withheld);
        deliveries = Map.copyOf(deliveries);
        quarantined = List.copyOf(quarantined);
        screened = List.copyOf(screened);
        logProblems = List.copyOf(logProblems);
        applications = List.copyOf(applications);
        dueSoon = List.copyOf(dueSoon);
        overdue = List.copyOf(overdue);
        archiveBatches = List.copyOf(archiveBatches);
        checkFindings = List.copyOf(checkFindings);
    }

    /** One finding of the self-check: its indicator id, weight and message. */
    public record CheckFinding(String id, String severity, String messageZh, String messageEn) {
    }

    /** A document kept off the public channels, with what the decision recorded. */
    public record WithheldItem(String docId, String title, String attribute, String grounds, String reason) {
    }
}
