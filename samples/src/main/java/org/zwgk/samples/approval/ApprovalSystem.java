package org.zwgk.samples.approval;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import org.zwgk.catalogue.Stage;
import org.zwgk.classify.Classification;
import org.zwgk.classify.ExemptionGround;
import org.zwgk.classify.PublicVersion;
import org.zwgk.classify.Redaction;
import org.zwgk.classify.RedactionCategory;
import org.zwgk.classify.SecrecyReview;
import org.zwgk.gate.Disclosure;
import org.zwgk.gate.DisclosureColumn;
import org.zwgk.gate.Gate;
import org.zwgk.gate.Obligation;
import org.zwgk.gate.UnmetObligationsException;
import org.zwgk.gate.Zwgk;
import org.zwgk.screen.Finding;
import org.zwgk.screen.Screener;
import org.zwgk.screen.ScreeningException;
import org.zwgk.spi.channel.Attachment;
import org.zwgk.spi.channel.DisclosureAttribute;

/**
 * A small approval system (OA 发文 + 事项办理) that embeds zwgk the way a vendor would: its own tables
 * ({@code oa_document}, {@code oa_matter}, {@code oa_step}) in the same database, its own JDBC transactions, and
 * the gate called inside them, so the host's step, the disclosure obligation, the outbox entry and the audit event
 * commit together or not at all (seed 004 S004-2: publication is a mandatory step of the workflow).
 *
 * <p>Every method takes the host's connection with auto-commit off and never commits: the caller decides the
 * transaction boundary (the demo batches one working day's documents into one transaction).
 */
public final class ApprovalSystem {

    /** The people of the sample township office (seed 000: drafter, office review, signer, secrecy review). */
    public record Staff(String drafter, String officeReviewer, String signer, String secrecyReviewer,
                        String leaderInCharge) {
    }

    private final Zwgk zwgk;
    private final Staff staff;

    public ApprovalSystem(Zwgk zwgk, Staff staff) {
        this.zwgk = Objects.requireNonNull(zwgk, "zwgk");
        this.staff = Objects.requireNonNull(staff, "staff");
    }

    public Staff staff() {
        return staff;
    }

    /** Creates the host's own tables (idempotent; H2 and PostgreSQL). */
    public static void migrate(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS oa_matter (matter_id VARCHAR(64) PRIMARY KEY, "
                    + "title VARCHAR(400) NOT NULL, stage VARCHAR(20), updated_on DATE)");
            s.execute("CREATE TABLE IF NOT EXISTS oa_document (doc_id VARCHAR(64) PRIMARY KEY, matter_id VARCHAR(64), "
                    + "catalogue_item_id VARCHAR(64), doc_type VARCHAR(32) NOT NULL, title VARCHAR(400) NOT NULL, "
                    + "doc_number VARCHAR(100), full_text VARCHAR(20000) NOT NULL, attribute VARCHAR(20) NOT NULL, "
                    + "status VARCHAR(20) NOT NULL, drafted_on DATE NOT NULL, issued_on DATE, repealed_on DATE)");
            s.execute("CREATE TABLE IF NOT EXISTS oa_step (step_id VARCHAR(100) PRIMARY KEY, subject_id VARCHAR(64) "
                    + "NOT NULL, kind VARCHAR(20) NOT NULL, status VARCHAR(20) NOT NULL, actor VARCHAR(100), "
                    + "completed_on DATE, note VARCHAR(4000))");
        }
    }

    /** Whether the document is already in the host's table (re-runs resume instead of duplicating). */
    public static boolean documentExists(Connection c, String docId) throws SQLException {
        return exists(c, "SELECT 1 FROM oa_document WHERE doc_id = ?", docId);
    }

    public static boolean stepCompleted(Connection c, String stepId) throws SQLException {
        return exists(c, "SELECT 1 FROM oa_step WHERE step_id = ? AND status = 'COMPLETED'", stepId);
    }

    /**
     * 拟稿 → 定属性 → 保密审查 → 签发 of one document, in the caller's transaction. The signing step cannot complete
     * until {@code gate.require(step)} passes: for public information that means it was queued for publication;
     * for withheld information that the obligation was lawfully exempted with grounds.
     */
    public IssueOutcome issue(Connection c, DocumentDraft d) throws SQLException {
        Gate gate = zwgk.gate(c);
        String step = signStep(d.docId());
        insertDocument(c, d);
        insertStep(c, step, d.docId(), "SIGN");
        // The gate keeps the original; what may leave is decided below (部分公开: a public version).
        gate.register(new Disclosure(d.docId(), SampleBody.ORG_CODE, d.catalogueItemId(), d.title(), d.fullText(),
                SampleBody.NAME, d.docNumber(), d.draftedOn(), d.policyDocument(), d.channels(), step, d.matterId())
                .withAttachments(d.attachments()).withReportKind(d.docType().reportKind())
                .withColumn(d.docType() == DocumentDraft.DocType.RULES ? DisclosureColumn.RULES : null));
        gate.classify(d.docId(), d.classification());
        IssueOutcome outcome = IssueOutcome.AS_DRAFTED;
        if (d.classification().attribute() == DisclosureAttribute.PARTIAL) {
            gate.publicVersion(d.docId(), masked(d), staff.drafter());
        }
        if (d.classification().attribute().isPublicChannelAllowed()) {
            // 《政府公开保密审查表》: reviewed by the drafting unit, signed by the leader in charge (seed 000 S000-3).
            gate.review(d.docId(), review(d));
            try {
                gate.publish(d.docId(), staff.signer());
            } catch (ScreeningException stopped) {
                // The gate found personal data in what would leave (here: a 公示 list attached unmasked). The
                // drafter masks it, the document becomes 部分公开 with that public version (Art. 37), is reviewed
                // again and published; the original stays in the store.
                gate.classify(d.docId(), Classification.partial(Set.of(ExemptionGround.THIRD_PARTY_RIGHTS),
                        "附件名单含公民身份号码、联系电话等个人信息，公开会损害第三方合法权益（条例第十五条）",
                        redactions(d), staff.drafter(), staff.officeReviewer(), staff.signer(), d.draftedOn()));
                gate.publicVersion(d.docId(), masked(d), staff.drafter());
                gate.review(d.docId(), review(d));
                gate.publish(d.docId(), staff.signer());
                outcome = new IssueOutcome(stopped.findings().size(), stopped.code());
            }
        }
        gate.require(step);
        completeStep(c, step, staff.signer(), d.draftedOn(), null);
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE oa_document SET status = 'ISSUED', issued_on = ? WHERE doc_id = ?")) {
            ps.setDate(1, Date.valueOf(d.draftedOn()));
            ps.setString(2, d.docId());
            ps.executeUpdate();
        }
        return outcome;
    }

    /**
     * What the gate did with a document beyond the draft: {@code screeningFindings} personal-data findings that
     * stopped its first publication (then masked and published as 部分公开), 0 when none.
     */
    public record IssueOutcome(int screeningFindings, String code) {
        static final IssueOutcome AS_DRAFTED = new IssueOutcome(0, null);
    }

    private SecrecyReview review(DocumentDraft d) {
        return SecrecyReview.passed(staff.secrecyReviewer(), staff.leaderInCharge(), d.draftedOn());
    }

    /**
     * The public version of a document with personal data: title as it is; the body and every text attachment
     * masked with zwgk's screening ({@code Screener.mask}: 350524********1234, 138****0000); one redaction record per
     * value masked, located (body or file, line and column or cell).
     */
    private PublicVersion masked(DocumentDraft d) {
        Screener screener = zwgk.screener().orElseThrow();
        List<Attachment> files = new ArrayList<>();
        for (Attachment a : d.attachments()) {
            boolean text = a.mediaType().startsWith("text/");
            files.add(!text ? a : new Attachment(a.fileName(), a.mediaType(),
                    screener.mask(new String(a.content(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)));
        }
        return new PublicVersion(d.title(), screener.mask(d.fullText()), files, redactions(d));
    }

    private List<Redaction> redactions(DocumentDraft d) {
        List<Redaction> out = new ArrayList<>();
        for (Finding f : zwgk.screener().orElseThrow().screen(d.title(), d.fullText(), d.attachments()).findings()) {
            out.add(new Redaction(f.detector().label(java.util.Locale.CHINA) + " " + f.maskedValue(),
                    ExemptionGround.THIRD_PARTY_RIGHTS, "个人信息，与公示目的无关", RedactionCategory.PERSONAL_DATA,
                    f.source() + " " + f.location().describe(java.util.Locale.CHINA)));
        }
        return out;
    }

    /** What happened when a matter entered a stage. */
    public record StageEntry(String stepId, List<Obligation> obligations, UnmetObligationsException refusal) {
        public StageEntry {
            obligations = List.copyOf(obligations);
        }
    }

    /**
     * The matter enters a 五公开 stage: the gate turns every catalogue item of the matter's domains tagged with the
     * stage into an obligation; the host's stage step tries to complete at once and is refused while information
     * is missing.
     *
     * @param domains the catalogue domain codes the matter concerns (empty: all)
     */
    public StageEntry enterStage(Connection c, String matterId, String matterTitle, Set<String> domains, Stage stage,
                                 LocalDate on) throws SQLException {
        String step = stageStep(matterId, stage);
        try (PreparedStatement ps = c.prepareStatement("UPDATE oa_matter SET stage = ?, updated_on = ? WHERE matter_id = ?")) {
            ps.setString(1, stage.name());
            ps.setDate(2, Date.valueOf(on));
            ps.setString(3, matterId);
            if (ps.executeUpdate() == 0) {
                try (PreparedStatement ins = c.prepareStatement(
                        "INSERT INTO oa_matter (matter_id, title, stage, updated_on) VALUES (?, ?, ?, ?)")) {
                    ins.setString(1, matterId);
                    ins.setString(2, matterTitle);
                    ins.setString(3, stage.name());
                    ins.setDate(4, Date.valueOf(on));
                    ins.executeUpdate();
                }
            }
        }
        if (!exists(c, "SELECT 1 FROM oa_step WHERE step_id = ?", step)) {
            insertStep(c, step, matterId, "STAGE_" + stage.name());
        }
        Gate gate = zwgk.gate(c);
        List<Obligation> obligations = gate.enterStage(matterId, stage, step, on, domains);
        UnmetObligationsException refusal = null;
        try {
            gate.require(step);
        } catch (UnmetObligationsException e) {
            refusal = e;
        }
        return new StageEntry(step, obligations, refusal);
    }

    /** Completes a matter's stage step; throws {@link UnmetObligationsException} listing what is still missing. */
    public void completeStage(Connection c, String matterId, Stage stage, LocalDate on) throws SQLException {
        String step = stageStep(matterId, stage);
        zwgk.gate(c).require(step);
        completeStep(c, step, staff.signer(), on, null);
    }

    /** 废止: the host repeals a normative document; the gate withdraws it from every channel it reached. */
    public void repeal(Connection c, String docId, String reason, LocalDate on) throws SQLException {
        zwgk.gate(c).withdraw(docId, reason, staff.signer());
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE oa_document SET status = 'REPEALED', repealed_on = ? WHERE doc_id = ?")) {
            ps.setDate(1, Date.valueOf(on));
            ps.setString(2, docId);
            ps.executeUpdate();
        }
    }

    public static String signStep(String docId) {
        return docId + ":sign";
    }

    public static String stageStep(String matterId, Stage stage) {
        return matterId + ":" + stage.name();
    }

    /** The open obligations of a step (to draft the documents that meet them). */
    public List<Obligation> obligations(Connection c, String stepId) {
        return new ArrayList<>(zwgk.gate(c).obligations(stepId));
    }

    private static void insertDocument(Connection c, DocumentDraft d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO oa_document (doc_id, matter_id, catalogue_item_id, "
                + "doc_type, title, doc_number, full_text, attribute, status, drafted_on) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'DRAFTED', ?)")) {
            ps.setString(1, d.docId());
            ps.setString(2, d.matterId());
            ps.setString(3, d.catalogueItemId());
            ps.setString(4, d.docType().name());
            ps.setString(5, d.title());
            ps.setString(6, d.docNumber());
            ps.setString(7, d.fullText());
            ps.setString(8, d.classification().attribute().name());
            ps.setDate(9, Date.valueOf(d.draftedOn()));
            ps.executeUpdate();
        }
    }

    private static void insertStep(Connection c, String step, String subject, String kind) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO oa_step (step_id, subject_id, kind, status) VALUES (?, ?, ?, 'PENDING')")) {
            ps.setString(1, step);
            ps.setString(2, subject);
            ps.setString(3, kind);
            ps.executeUpdate();
        }
    }

    private static void completeStep(Connection c, String step, String actor, LocalDate on, String note)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE oa_step SET status = 'COMPLETED', actor = ?, "
                + "completed_on = ?, note = ? WHERE step_id = ?")) {
            ps.setString(1, actor);
            ps.setDate(2, Date.valueOf(on));
            ps.setString(3, note);
            ps.setString(4, step);
            ps.executeUpdate();
        }
    }

    private static boolean exists(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
