package org.zwgk.store.internal;

import java.util.Objects;
import org.zwgk.store.Dialect;

/**
 * The row classes of one database dialect. Cheap to create; engines hold one. The dispatcher's batch size shapes
 * its claim queries, so {@link #deliveries(int)} makes a fresh {@link DeliveryRows} per dispatcher.
 */
public final class Persistence {

    private final Dialect dialect;
    private final ItemRows items;
    private final ObligationRows obligations;
    private final EventRows events;
    private final AttachmentRows attachments;
    private final AttachmentRows publicAttachments;
    private final PublicVersionRows publicVersions;
    private final FindingRows findings;
    private final ScreeningRecords screenings;
    private final OutboxRows outbox;
    private final PauseRows pauses;
    private final JournalRows journal;
    private final IndexRows indexNumbers;
    private final Registrations registrations;
    private final CheckRows checks;

    public Persistence(Dialect dialect) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.items = new ItemRows(dialect);
        this.obligations = new ObligationRows();
        this.events = new EventRows();
        this.attachments = AttachmentRows.original();
        this.publicAttachments = AttachmentRows.publicVersion();
        this.publicVersions = new PublicVersionRows();
        this.findings = new FindingRows(dialect);
        this.screenings = new ScreeningRecords();
        this.outbox = new OutboxRows();
        this.pauses = new PauseRows(dialect);
        this.journal = new JournalRows(dialect);
        this.indexNumbers = new IndexRows(dialect);
        this.registrations = new Registrations(dialect);
        this.checks = new CheckRows();
    }

    public Dialect dialect() {
        return dialect;
    }

    public ItemRows items() {
        return items;
    }

    public ObligationRows obligations() {
        return obligations;
    }

    public EventRows events() {
        return events;
    }

    public AttachmentRows attachments() {
        return attachments;
    }

    /** The files of public versions (部分公开). */
    public AttachmentRows publicAttachments() {
        return publicAttachments;
    }

    public PublicVersionRows publicVersions() {
        return publicVersions;
    }

    public FindingRows findings() {
        return findings;
    }

    /** What the screening found in what each item last published. */
    public ScreeningRecords screenings() {
        return screenings;
    }

    public OutboxRows outbox() {
        return outbox;
    }

    public PauseRows pauses() {
        return pauses;
    }

    public JournalRows journal() {
        return journal;
    }

    public IndexRows indexNumbers() {
        return indexNumbers;
    }

    public Registrations registrations() {
        return registrations;
    }

    /** What the self-check reads. */
    public CheckRows checks() {
        return checks;
    }

    public DeliveryRows deliveries(int batchSize) {
        return new DeliveryRows(dialect, batchSize);
    }
}
