package org.zwgk.gate;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.zwgk.catalogue.Stage;
import org.zwgk.classify.Classification;
import org.zwgk.classify.PublicVersion;
import org.zwgk.classify.ReviewOutcome;
import org.zwgk.classify.SecrecyReview;
import org.zwgk.lifecycle.EventLog;
import org.zwgk.lifecycle.LifecycleErrors;
import org.zwgk.lifecycle.LifecycleEvent;
import org.zwgk.lifecycle.LifecycleException;
import org.zwgk.lifecycle.LifecycleState;
import org.zwgk.lifecycle.LogKey;
import org.zwgk.lifecycle.PublicationRules;
import org.zwgk.lifecycle.internal.RecordedContent;
import org.zwgk.publish.OutboxAction;
import org.zwgk.screen.Finding;
import org.zwgk.screen.Screener;
import org.zwgk.screen.ScreeningErrors;
import org.zwgk.screen.ScreeningException;
import org.zwgk.screen.ScreeningReport;
import org.zwgk.spi.channel.DisclosureAttribute;
import org.zwgk.spi.channel.Publication;
import org.zwgk.store.StoreErrors;
import org.zwgk.store.StoreException;
import org.zwgk.store.internal.AttachmentRows;
import org.zwgk.store.internal.ColumnLimits;
import org.zwgk.store.internal.ItemRecord;
import org.zwgk.store.internal.ObligationRows;
import org.zwgk.store.internal.OutboxPayload;
import org.zwgk.store.internal.PayloadCodec;
import org.zwgk.store.internal.Persistence;
import org.zwgk.store.internal.PublicVersionRows;
import org.zwgk.store.internal.ScreeningRecords;

/**
 * The gate, bound to the host's JDBC connection. Every call writes in the host's transaction: obligations, outbox
 * rows and lifecycle events commit with the host's own data, and a rollback leaves nothing. The gate never
 * commits, rolls back or closes the connection.
 *
 * <p>Per item and channel the newest intent wins: a withdrawal or a new version supersedes, in the same
 * transaction, every older entry of the item that is still waiting for delivery (see {@code docs/gate.md}).
 *
 * <p>Obtain one with {@link Zwgk#gate(Connection)}; it is cheap and meant to be used for one transaction.
 */
public final class Gate {

    private final Zwgk zwgk;
    private final Persistence db;
    private final EventLog log;
    private final Duties duties;
    private final Connection c;

    Gate(Zwgk zwgk, Connection connection) {
        this.zwgk = zwgk;
        this.db = zwgk.persistence();
        this.log = zwgk.eventLog();
        this.duties = new Duties(zwgk.dutyPolicy(), zwgk.clock());
        this.c = Objects.requireNonNull(connection, "connection");
        try {
            if (c.getAutoCommit()) {
                throw new GateException(GateErrors.CONNECTION_STATE);
            }
        } catch (SQLException e) {
            throw db("autoCommit", e);
        }
    }

    /** What {@link #register} created. */
    public record Registration(String itemId, List<Obligation> obligations) {
        public Registration {
            obligations = List.copyOf(obligations);
        }
    }

    /** What {@link #publish} queued: one outbox entry per channel. */
    public record PublishRequest(String itemId, int version, String indexNumber, List<Long> outboxIds) {
        public PublishRequest {
            outboxIds = List.copyOf(outboxIds);
        }
    }

    /**
     * Registers a piece of information and its publication obligation, with a due date from the catalogue item's
     * time limit (Art. 26 default: 20 working days) counted from its formation date.
     */
    public Registration register(Disclosure d) {
        CatalogueEntry entry = null;
        if (d.catalogueItemId() != null) {
            entry = zwgk.catalogue().item(d.catalogueItemId())
                    .orElseThrow(() -> new GateException(GateErrors.UNKNOWN_CATALOGUE_ITEM, d.catalogueItemId()));
        }
        List<String> channels = !d.channels().isEmpty() ? d.channels() : entry == null ? List.of() : entry.channels();
        if (channels.isEmpty()) {
            throw new GateException(GateErrors.NO_CHANNEL, d.itemId());
        }
        // Checked before anything is written: a refused value or attachment leaves the host transaction untouched.
        checkLengths(d, channels);
        List<AttachmentRules.Checked> files = d.column() == DisclosureColumn.ANNUAL_REPORT
                ? AnnualReportDisclosure.check(d, zwgk.attachmentPolicy())
                : AttachmentRules.check(d.itemId(), d.attachments(), zwgk.attachmentPolicy());
        OffsetDateTime now = now();
        try {
            // The digests of title, body and files go into the first event: the chain (verifyLog) covers what was
            // registered, and publish() compares the stored content with it.
            List<AttachmentRows.StoredFile> stored = stored(files);
            String details = "step=" + d.stepId() + "; catalogue=" + d.catalogueItemId()
                    + (d.validity() == Validity.VALID ? "" : "; validity=" + d.validity().name())
                    // In the chain too: the annual report counts the item by it (section 二), so the log keeps what was registered.
                    + (d.reportKind() == null ? "" : "; reportKind=" + d.reportKind().name())
                    + (d.column() == DisclosureColumn.STATUTORY ? "" : "; column=" + d.column().name())
                    + (files.isEmpty() ? "" : "; attachments=" + files.stream()
                    .map(f -> f.fileName() + ":sha256:" + f.sha256()).collect(Collectors.joining(",")))
                    + "; titleSha256=" + LogKey.sha256Hex(d.title()) + "; contentSha256=" + LogKey.sha256Hex(d.content())
                    + "; filesSha256=" + RecordedContent.filesDigest(Outgoing.refs(stored));
            LifecycleEvent first = log.first(d.itemId(), "REGISTERED", LifecycleState.REGISTERED, d.publisher(),
                    now.toInstant(), details);
            Long waiting = d.matterId() == null || d.catalogueItemId() == null ? null
                    : db.obligations().waitingFor(c, d.matterId(), d.catalogueItemId()).orElse(null);
            List<Obligation> obligations = new ArrayList<>();
            if (waiting == null) {
                String phrase = entry != null ? entry.timeLimit() : DueDateCalculator.DEFAULT_PUBLICATION_RULE;
                ObligationRows.NewObligation o = new ObligationRows.NewObligation("publish:" + d.itemId(),
                        ObligationKind.PUBLISH, d.title(), d.stepId(), d.matterId(), d.itemId(), d.catalogueItemId(),
                        d.formedOn(), zwgk.dueDates().compute(d.formedOn(), phrase));
                if (db.registrations().oneStatement()) {
                    OptionalLong id = db.registrations().registerInOneStatement(c, d, channels, first, o, now);
                    if (id.isEmpty()) {
                        throw alreadyRegistered(d.itemId());
                    }
                    db.attachments().insert(c, d.itemId(), stored, now);
                    return new Registration(d.itemId(), List.of(ObligationRows.inserted(id.getAsLong(), o)));
                }
                insertItem(d, channels, first, now);
                obligations.add(ObligationRows.inserted(db.obligations().insert(c, o, now), o));
            } else {
                insertItem(d, channels, first, now);
                db.obligations().attachItem(c, waiting, d.itemId(), d.stepId(), d.title());
                obligations.addAll(db.obligations().byItem(c, d.itemId()));
            }
            db.events().insert(c, first);
            db.attachments().insert(c, d.itemId(), stored, now);
            return new Registration(d.itemId(), obligations);
        } catch (SQLException e) {
            throw db("register", e);
        }
    }

    /** No existence query first: the insert itself detects a duplicate (one statement fewer). */
    private void insertItem(Disclosure d, List<String> channels, LifecycleEvent first, OffsetDateTime now)
            throws SQLException {
        if (!db.items().insertIfAbsent(c, d, channels, first.hash(), now)) {
            throw alreadyRegistered(d.itemId());
        }
    }

    private static void checkLengths(Disclosure d, List<String> channels) {
        ColumnLimits.fields()
                .add("bodyCode", d.bodyCode(), ColumnLimits.BODY_CODE)
                .add("catalogueItemId", d.catalogueItemId(), ColumnLimits.CATALOGUE_ITEM_ID)
                .add("title", d.title(), ColumnLimits.TITLE)
                .add("publisher", d.publisher(), ColumnLimits.PUBLISHER)
                .add("documentNumber", d.documentNumber(), ColumnLimits.DOCUMENT_NUMBER)
                .add("channels", String.join(",", channels), ColumnLimits.CHANNELS)
                .add("stepId", d.stepId(), ColumnLimits.STEP_ID)
                .add("matterId", d.matterId(), ColumnLimits.MATTER_ID)
                .firstExcess().ifPresent(x -> {
                    throw new GateException(GateErrors.VALUE_TOO_LONG, d.itemId(), x.field(), x.length(), x.max());
                });
    }

    /** Every person named in a decision fits its column (refused before anything is written). */
    private static void checkActors(String itemId, String... fieldAndValue) {
        checkLengths(itemId, ColumnLimits.ACTOR, fieldAndValue);
    }

    /** A decision's free text fits the event log (ZWGK-3220, before anything is written). */
    private static void checkNote(String itemId, String field, String value) {
        checkLengths(itemId, ColumnLimits.NOTE, field, value);
    }

    private static void checkLengths(String itemId, int max, String... fieldAndValue) {
        ColumnLimits.Fields f = ColumnLimits.fields();
        for (int i = 0; i + 1 < fieldAndValue.length; i += 2) {
            f.add(fieldAndValue[i], fieldAndValue[i + 1], max);
        }
        f.firstExcess().ifPresent(x -> {
            throw new GateException(GateErrors.VALUE_TOO_LONG, itemId, x.field(), x.length(), x.max());
        });
    }

    private static List<AttachmentRows.StoredFile> stored(List<AttachmentRules.Checked> files) {
        return files.stream().map(f -> new AttachmentRows.StoredFile(f.position(), f.fileName(), f.mediaType(),
                f.content().length, f.sha256(), f.content())).toList();
    }

    /** The insert found the item id taken (no other unique column of zwgk_item is set at registration). */
    private RuntimeException alreadyRegistered(String itemId) throws SQLException {
        if (!db.items().exists(c, itemId)) { // not expected; never report a duplicate that is not one
            return new StoreException(StoreErrors.DATABASE_ERROR, "register",
                    "the item id was reported taken, but no such item exists");
        }
        return new GateException(GateErrors.ALREADY_REGISTERED, itemId);
    }

    /** Records the attribute decision. Withheld and on-request information exempts the publication obligation. */
    public void classify(String itemId, Classification cl) {
        Objects.requireNonNull(cl, "classification");
        checkActors(itemId, "proposer", cl.proposer(), "reviewer", cl.reviewer(), "decider", cl.decider());
        duties.checkClassification(itemId, cl);
        try {
            ItemRecord item = lock(itemId);
            transition(item, LifecycleState.CLASSIFIED, "定属性");
            OffsetDateTime now = now();
            db.items().classify(c, itemId, cl, now);
            if (cl.attribute().isPublicChannelAllowed()) {
                db.obligations().setStatus(c, itemId, ObligationKind.PUBLISH, ObligationStatus.EXEMPTED,
                        ObligationStatus.OPEN, null, now);
            } else {
                String why = cl.attribute().label() + "：" + cl.grounds().stream()
                        .map(g -> g.label() + "（" + g.citationZh() + "）").sorted().collect(Collectors.joining("、"))
                        + " " + cl.reason();
                db.obligations().setStatus(c, itemId, ObligationKind.PUBLISH, ObligationStatus.OPEN,
                        ObligationStatus.EXEMPTED, why, now);
            }
            log.append(c, itemId, "CLASSIFIED", item.state(), LifecycleState.CLASSIFIED, cl.decider(),
                    now.toInstant(), "attribute=" + cl.attribute() + "; grounds=" + cl.grounds()
                            + "; proposer=" + cl.proposer() + "; reviewer=" + cl.reviewer());
        } catch (SQLException e) {
            throw db("classify", e);
        }
    }

    /** Records the secrecy review (保密审查, seed 000). Only a PASSED review allows publication. */
    public void review(String itemId, SecrecyReview r) {
        Objects.requireNonNull(r, "review");
        checkActors(itemId, "reviewer", r.reviewer(), "signer", r.signer());
        try {
            ItemRecord item = lock(itemId);
            if (item.attribute() == null) {
                throw new LifecycleException(LifecycleErrors.NOT_CLASSIFIED, itemId);
            }
            duties.checkReview(item, r);
            LifecycleState to = r.outcome() == ReviewOutcome.PASSED ? LifecycleState.REVIEWED : LifecycleState.CLASSIFIED;
            transition(item, to, "保密审查");
            OffsetDateTime now = now();
            db.items().review(c, itemId, r, to, now);
            log.append(c, itemId, "SECRECY_REVIEW", item.state(), to, r.signer(), now.toInstant(),
                    "outcome=" + r.outcome() + "; reviewer=" + r.reviewer() + "; remarks=" + r.remarks());
        } catch (SQLException e) {
            throw db("review", e);
        }
    }

    /**
     * Queues the item for every channel (one outbox entry each, delivered after commit). Refuses withheld and
     * on-request information, anything without a passed secrecy review, and partial disclosure without its
     * redaction record. Publishing again after publication queues a new version (a correction), which supersedes
     * every entry of an older version still waiting for delivery.
     */
    public PublishRequest publish(String itemId, String actor) {
        checkActors(itemId, "actor", actor);
        try {
            ItemRecord item = lock(itemId);
            Optional<PublicVersionRows.Stored> pv = item.attribute() == DisclosureAttribute.PARTIAL
                    ? db.publicVersions().find(c, itemId) : Optional.empty();
            PublicationRules.whyNotPublishable(itemId, item.attribute(), item.reviewOutcome(), item.redactionCount(),
                    pv.isPresent()).ifPresent(e -> {
                        throw e;
                    });
            transition(item, LifecycleState.PUBLISHED, "发布");
            Outgoing out = Outgoing.read(db, c, item, pv);
            List<OutboxPayload.FileRef> files = out.fileRefs();
            Optional<ScreeningReport> screening = screen(item, out);
            String title = out.title();
            String body = out.body();
            OffsetDateTime now = now();
            String index = item.indexNumber();
            if (index == null) {
                index = zwgk.indexNumbers().issue(c, item.bodyCode(), item.formedOn());
            }
            int version = item.version() + 1;
            db.items().published(c, itemId, index, version, now);
            recordScreening(itemId, version, screening, now);
            String payload = PayloadCodec.encode(new OutboxPayload.Publish(title, body, item.publisher(),
                    item.documentNumber(), item.formedOn(), now.toInstant(), index, item.attribute(),
                    item.validity().label(), files, placement(item), out.publicVersion(), out.anchor()));
            String mac = log.digest(payload);
            List<Long> ids = new ArrayList<>();
            for (String ch : item.channels()) {
                ids.add(db.outbox().insert(c, itemId, ch, OutboxAction.PUBLISH, version, payload, mac, now));
            }
            if (version > 1) { // a first version has nothing older to supersede: no statement on the hot path
                db.outbox().supersedeOlder(c, itemId, now);
            }
            db.obligations().setStatus(c, itemId, ObligationKind.PUBLISH, ObligationStatus.OPEN,
                    ObligationStatus.QUEUED, null, now);
            if (item.policyDocument() && db.obligations().byKey(c, "interpret:" + itemId).isEmpty()) {
                LocalDate start = LocalDate.now(zwgk.clock());
                db.obligations().insert(c, new ObligationRows.NewObligation("interpret:" + itemId,
                        ObligationKind.INTERPRET, item.title(), null, null, itemId, item.catalogueItemId(), start,
                        zwgk.dueDates().compute(start, DueDateCalculator.INTERPRETATION_RULE)), now);
            }
            log.append(c, itemId, "PUBLISH_QUEUED", item.state(), LifecycleState.PUBLISHED, actor, now.toInstant(),
                    "version=" + version + "; index=" + index + "; channels=" + item.channels() + "; source="
                            + (out.publicVersion() ? "PUBLIC_VERSION" : "ORIGINAL") + "; payloadSha256="
                            + LogKey.sha256Hex(payload));
            return new PublishRequest(itemId, version, index, ids);
        } catch (SQLException e) {
            throw db("publish", e);
        }
    }

    /**
     * Findings of the screening that no reviewer accepted refuse the publication (ZWGK-3301). Returns the report,
     * empty when the host turned the screening off.
     */
    private Optional<ScreeningReport> screen(ItemRecord item, Outgoing out) throws SQLException {
        Optional<ScreeningReport> report = out.screen(zwgk.screener());
        if (report.isPresent() && !report.get().isClean()) {
            List<Finding> open = report.get().unaccepted(db.findings().accepted(c, item.itemId()));
            if (!open.isEmpty()) {
                throw new ScreeningException(item.itemId(), open);
            }
        }
        return report;
    }

    /**
     * Keeps the screening of the version being published for the self-check, which then need not extract and screen
     * it again. Nothing is kept — and an older record goes — when the screening was off, or when a part could not be
     * read (a reviewer accepted the file by eye; the check must try to read it itself, perhaps with a better
     * extractor).
     */
    private void recordScreening(String itemId, int version, Optional<ScreeningReport> report, OffsetDateTime now)
            throws SQLException {
        List<Finding> found = report.map(ScreeningReport::findings).orElse(List.of());
        if (report.isEmpty() || found.stream().anyMatch(Finding::unreadable)) {
            db.screenings().delete(c, itemId);
            return;
        }
        db.screenings().record(c, new ScreeningRecords.Screened(itemId, version, zwgk.screener().orElseThrow()
                .signature(), found.stream().map(Finding::fingerprint).collect(Collectors.toSet()),
                found.stream().map(Finding::valueKey).collect(Collectors.toSet())), now);
    }

    /**
     * The withdrawal reason goes out on every channel the item reached (the notice at its address, the feed, the
     * archive package, the CMS), so the screening that guards publication guards it too (ZWGK-3304). There is no
     * acceptance: a reason never needs a person's identity number or telephone.
     */
    private void screenReason(String itemId, String reason) {
        Optional<Screener> s = zwgk.screener();
        if (s.isEmpty()) {
            return;
        }
        List<Finding> found = s.get().screenText("撤回原因", reason).findings();
        if (!found.isEmpty()) {
            throw new ScreeningException(ScreeningErrors.REASON_BLOCKED, itemId, found);
        }
    }

    /**
     * A reviewer accepts one screening finding of what the item would publish — a value that must stay, such as the
     * office's public telephone number — with a reason. The acceptance is stored and an event on the item's chain
     * (with the masked value, never the value); publication then no longer stops at that finding. Refused when the
     * fingerprint is not a current finding (ZWGK-3302) or the reason is blank (ZWGK-3303).
     */
    public void acceptFinding(String itemId, String fingerprint, String reviewer, String reason) {
        Objects.requireNonNull(fingerprint, "fingerprint");
        checkActors(itemId, "reviewer", reviewer);
        checkNote(itemId, "reason", reason);
        if (reason == null || reason.isBlank()) {
            throw new GateException(ScreeningErrors.ACCEPTANCE_REASON, itemId);
        }
        try {
            ItemRecord item = lock(itemId);
            Optional<PublicVersionRows.Stored> pv = item.attribute() == DisclosureAttribute.PARTIAL
                    ? db.publicVersions().find(c, itemId) : Optional.empty();
            Finding f = Outgoing.read(db, c, item, pv).screen(zwgk.screener()).flatMap(r -> r.findings().stream()
                    .filter(x -> x.fingerprint().equals(fingerprint)).findFirst())
                    .orElseThrow(() -> new GateException(ScreeningErrors.UNKNOWN_FINDING, itemId, fingerprint));
            OffsetDateTime now = now();
            if (db.findings().accept(c, itemId, fingerprint, reviewer, reason, now)) {
                log.append(c, itemId, "FINDING_ACCEPTED", item.state(), item.state(), reviewer, now.toInstant(),
                        "fingerprint=" + fingerprint + "; detector=" + f.detector() + "; source=" + f.source()
                                + "; location=" + f.location() + "; masked=" + f.maskedValue() + "; reason=" + reason);
            }
        } catch (SQLException e) {
            throw db("acceptFinding", e);
        }
    }

    /**
     * Supplies the public version of a partially disclosed item (部分公开, Art. 37): the text and files that may
     * leave, with the record of each redaction. The original stays in the store and never reaches a channel. Refused
     * unless the item is classified 部分公开 (ZWGK-3350), when the version does not differ from the original
     * (ZWGK-3351), or after publication (ZWGK-3353). Supplying it clears a secrecy review already passed: the review
     * must cover what is published. The digests of the public version go into the item's chain.
     */
    public void publicVersion(String itemId, PublicVersion v, String actor) {
        Objects.requireNonNull(v, "publicVersion");
        checkActors(itemId, "actor", actor);
        ColumnLimits.fields().add("title", v.title(), ColumnLimits.TITLE).firstExcess().ifPresent(x -> {
            throw new GateException(GateErrors.VALUE_TOO_LONG, itemId, x.field(), x.length(), x.max());
        });
        List<AttachmentRules.Checked> files = AttachmentRules.check(itemId, v.attachments(), zwgk.attachmentPolicy());
        try {
            ItemRecord item = lock(itemId);
            if (item.attribute() != DisclosureAttribute.PARTIAL) {
                throw new GateException(PublicVersionErrors.NOT_PARTIAL, itemId,
                        item.attribute() == null ? "未定属性 / not classified" : item.attribute().label());
            }
            if (item.state() != LifecycleState.CLASSIFIED && item.state() != LifecycleState.REVIEWED) {
                throw new GateException(PublicVersionErrors.AFTER_PUBLICATION, itemId, item.state().label());
            }
            List<AttachmentRows.StoredFile> stored = stored(files);
            String filesDigest = RecordedContent.filesDigest(Outgoing.refs(stored));
            boolean same = v.title().equals(item.title()) && v.text().equals(item.content())
                    && filesDigest.equals(RecordedContent.filesDigest(db.attachments().manifest(c, itemId)));
            if (same) {
                throw new GateException(PublicVersionErrors.SAME_AS_ORIGINAL, itemId);
            }
            OffsetDateTime now = now();
            db.publicVersions().put(c, itemId, v.title(), v.text(), v.redactions(), actor, now);
            db.publicAttachments().deleteAll(c, itemId);
            db.publicAttachments().insert(c, itemId, stored, now);
            LifecycleState to = LifecycleState.CLASSIFIED; // the review must cover the version that is published
            if (item.state() == LifecycleState.REVIEWED) {
                db.items().clearReview(c, itemId, now);
            }
            log.append(c, itemId, "PUBLIC_VERSION", item.state(), to, actor, now.toInstant(),
                    "redactions=" + v.redactions().stream().map(r -> r.category() + "/" + r.ground() + "@" + r.where())
                            .collect(Collectors.joining(",")) + "; titleSha256=" + LogKey.sha256Hex(v.title())
                            + "; textSha256=" + LogKey.sha256Hex(v.text()) + "; filesSha256=" + filesDigest);
        } catch (SQLException e) {
            throw db("publicVersion", e);
        }
    }

    /** The catalogue context channels file the item by (keys of {@link Publication#catalogue()}). */
    private Map<String, String> placement(ItemRecord item) {
        Map<String, String> catalogue = new LinkedHashMap<>();
        if (item.column().key() != null) {
            catalogue.put(Publication.COLUMN, item.column().key());
        }
        if (item.catalogueItemId() != null) {
            catalogue.put(Publication.ITEM_ID, item.catalogueItemId());
            zwgk.catalogue().item(item.catalogueItemId()).ifPresent(e -> {
                CatalogueEntry.Placement pl = e.placement();
                if (pl != null) {
                    catalogue.put(Publication.CATALOGUE_ID, pl.catalogueId());
                    catalogue.put(Publication.CATALOGUE_TITLE, pl.catalogueTitle());
                    catalogue.put(Publication.DOMAIN_CODE, pl.domainCode());
                    catalogue.put(Publication.DOMAIN_NAME, pl.domainName());
                    catalogue.put(Publication.PATH, String.join(" / ", pl.path()));
                } else {
                    catalogue.put(Publication.PATH, e.title());
                }
                if (e.stage() != null) {
                    catalogue.put(Publication.STAGE, e.stage().label());
                }
            });
        }
        return catalogue;
    }

    /** Records the 解读 (or response to public concern) of a published item. */
    public void interpret(String itemId, String actor, String note) {
        checkActors(itemId, "actor", actor);
        checkNote(itemId, "note", note);
        try {
            ItemRecord item = lock(itemId);
            requirePublished(item, "解读");
            transition(item, LifecycleState.INTERPRETED, "解读");
            OffsetDateTime now = now();
            db.items().setState(c, itemId, LifecycleState.INTERPRETED, now);
            db.obligations().setStatus(c, itemId, ObligationKind.INTERPRET, ObligationStatus.OPEN,
                    ObligationStatus.FULFILLED, null, now);
            log.append(c, itemId, "INTERPRETED", item.state(), LifecycleState.INTERPRETED, actor,
                    now.toInstant(), note);
        } catch (SQLException e) {
            throw db("interpret", e);
        }
    }

    /** Records the hand-over to the archives and library (两馆, Art. 25 ¶3). */
    public void archive(String itemId, String actor, String note) {
        checkActors(itemId, "actor", actor);
        checkNote(itemId, "note", note);
        try {
            ItemRecord item = lock(itemId);
            requirePublished(item, "归档");
            transition(item, LifecycleState.ARCHIVED, "归档");
            OffsetDateTime now = now();
            db.items().setState(c, itemId, LifecycleState.ARCHIVED, now);
            log.append(c, itemId, "ARCHIVED", item.state(), LifecycleState.ARCHIVED, actor, now.toInstant(),
                    note);
        } catch (SQLException e) {
            throw db("archive", e);
        }
    }

    /**
     * Withdraws (废止/撤回) a published item from every channel it was queued for. In the same transaction every
     * entry of the item still waiting for delivery is superseded (a publication that never left must not leave
     * now), the withdrawal entries are queued after everything a dispatcher may still be delivering, and open
     * obligations of the item end as {@link ObligationStatus#WITHDRAWN}. The reason is public and is screened for
     * personal data like a publication (ZWGK-3304, nothing written).
     */
    public List<Long> withdraw(String itemId, String reason, String actor) {
        Objects.requireNonNull(reason, "reason");
        checkActors(itemId, "actor", actor);
        checkNote(itemId, "reason", reason);
        screenReason(itemId, reason);
        try {
            ItemRecord item = lock(itemId);
            requirePublished(item, "撤回");
            transition(item, LifecycleState.WITHDRAWN, "撤回");
            OffsetDateTime now = now();
            // The public title (部分公开: the public version's) names what is withdrawn.
            String title = item.attribute() == DisclosureAttribute.PARTIAL
                    ? db.publicVersions().find(c, itemId).map(PublicVersionRows.Stored::title).orElse(item.title())
                    : item.title();
            String payload = PayloadCodec.encode(new OutboxPayload.Withdraw(title, item.indexNumber(), reason,
                    now.toInstant()));
            String mac = log.digest(payload);
            List<Long> ids = new ArrayList<>();
            for (String ch : db.outbox().publicationChannels(c, itemId)) {
                ids.add(db.outbox().insert(c, itemId, ch, OutboxAction.WITHDRAW, item.version(), payload, mac, now));
            }
            db.outbox().supersedeOlder(c, itemId, now);
            db.items().setState(c, itemId, LifecycleState.WITHDRAWN, now);
            for (ObligationKind kind : ObligationKind.values()) {
                for (ObligationStatus from : List.of(ObligationStatus.OPEN, ObligationStatus.QUEUED)) {
                    db.obligations().setStatus(c, itemId, kind, from, ObligationStatus.WITHDRAWN, reason, now);
                }
            }
            log.append(c, itemId, "WITHDRAWN", item.state(), LifecycleState.WITHDRAWN, actor, now.toInstant(),
                    reason);
            return ids;
        } catch (SQLException e) {
            throw db("withdraw", e);
        }
    }

    /**
     * 五公开: the matter enters a stage; every catalogue item tagged with that stage becomes an obligation, due by
     * the item's time limit counted from {@code startOn}, to be met by registering and publishing the information
     * (with {@link Disclosure#matterId()} and {@link Disclosure#catalogueItemId()} set).
     */
    public List<Obligation> enterStage(String matterId, Stage stage, String stepId, LocalDate startOn) {
        return enterStage(matterId, stage, stepId, startOn, Set.of());
    }

    /**
     * As {@link #enterStage(String, Stage, String, LocalDate)}, for a matter that concerns only some of the
     * catalogue's domains (领域): a township road project is a 重大建设项目 matter and has no 社会救助 obligations.
     * An empty set means every domain. A domain code the catalogue does not have is refused (ZWGK-3207) rather than
     * silently yielding no obligations.
     */
    public List<Obligation> enterStage(String matterId, Stage stage, String stepId, LocalDate startOn,
                                       Set<String> domainCodes) {
        Set<String> scope = Set.copyOf(domainCodes);
        if (!scope.isEmpty()) {
            Set<String> known = zwgk.catalogue().domainCodes();
            for (String d : new TreeSet<>(scope)) {
                if (!known.contains(d)) {
                    throw new GateException(GateErrors.UNKNOWN_DOMAIN, d, String.join(", ", new TreeSet<>(known)));
                }
            }
        }
        ColumnLimits.fields().add("matterId", matterId, ColumnLimits.MATTER_ID)
                .add("stepId", stepId, ColumnLimits.STEP_ID).firstExcess().ifPresent(x -> {
                    throw new GateException(GateErrors.VALUE_TOO_LONG, matterId, x.field(), x.length(), x.max());
                });
        OffsetDateTime now = now();
        try {
            db.items().matterStage(c, matterId, stage.name(), now);
            List<Obligation> out = new ArrayList<>();
            for (CatalogueEntry e : zwgk.catalogue().itemsForStage(stage)) {
                if (!e.method().isPublicChannelAllowed()) {
                    continue; // 依申请公开 items create no proactive obligation
                }
                if (!scope.isEmpty() && (e.placement() == null || !scope.contains(e.placement().domainCode()))) {
                    continue;
                }
                String key = "matter:" + matterId + ":" + stage.name() + ":" + e.id();
                if (db.obligations().byKey(c, key).isEmpty()) {
                    db.obligations().insert(c, new ObligationRows.NewObligation(key, ObligationKind.PUBLISH,
                            e.title(), stepId, matterId, null, e.id(), startOn,
                            zwgk.dueDates().compute(startOn, e.timeLimit())), now);
                }
                db.obligations().byKey(c, key).ifPresent(out::add);
            }
            return out;
        } catch (SQLException e) {
            throw db("enterStage", e);
        }
    }

    /**
     * Checks that a host step may complete: every obligation attached to it is queued for publication, fulfilled
     * or lawfully exempted. Otherwise throws {@link UnmetObligationsException} listing all unmet ones.
     */
    public void require(String stepId) {
        List<Obligation> unmet = obligations(stepId).stream().filter(o -> !o.status().satisfiesStep()).toList();
        if (!unmet.isEmpty()) {
            throw new UnmetObligationsException(stepId, unmet);
        }
    }

    /** The obligations attached to a host step. */
    public List<Obligation> obligations(String stepId) {
        try {
            return db.obligations().byStep(c, stepId);
        } catch (SQLException e) {
            throw db("obligations", e);
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private void requirePublished(ItemRecord item, String what) {
        if (item.state() != LifecycleState.PUBLISHED && item.state() != LifecycleState.INTERPRETED
                && item.state() != LifecycleState.ARCHIVED) {
            throw new LifecycleException(LifecycleErrors.NOT_PUBLISHED, item.itemId(), what);
        }
    }

    private static void transition(ItemRecord item, LifecycleState to, String what) {
        if (!item.state().canMoveTo(to)) {
            String missing = switch (item.state()) {
                case REGISTERED -> "尚未定属性 / not classified";
                case CLASSIFIED -> "尚未通过保密审查 / secrecy review not passed";
                case WITHDRAWN -> "已撤回 / withdrawn";
                default -> "当前状态不允许" + what;
            };
            throw new LifecycleException(LifecycleErrors.ILLEGAL_TRANSITION, item.itemId(), item.state().label(),
                    to.label(), missing);
        }
    }

    /** Locks the item row for the rest of the host transaction: serialises work (and the log chain) per item. */
    private ItemRecord lock(String itemId) throws SQLException {
        return db.items().lock(c, itemId)
                .orElseThrow(() -> new LifecycleException(LifecycleErrors.UNKNOWN_ITEM, itemId));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(zwgk.clock());
    }

    private static StoreException db(String op, SQLException e) {
        return new StoreException(StoreErrors.DATABASE_ERROR, e, op, StoreException.describe(e));
    }
}
