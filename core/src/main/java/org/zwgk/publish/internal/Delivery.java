package org.zwgk.publish.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.zwgk.lifecycle.PublicationRules;
import org.zwgk.publish.OutboxAction;
import org.zwgk.spi.ZwgkException;
import org.zwgk.spi.channel.Attachment;
import org.zwgk.spi.channel.ChannelAdapter;
import org.zwgk.spi.channel.ChannelErrorKind;
import org.zwgk.spi.channel.ChannelException;
import org.zwgk.spi.channel.DisclosureAttribute;
import org.zwgk.spi.channel.Publication;
import org.zwgk.spi.channel.Receipt;
import org.zwgk.spi.channel.Withdrawal;
import org.zwgk.store.StoreErrors;
import org.zwgk.store.internal.AttachmentRows;
import org.zwgk.store.internal.DeliveryRows.Claimed;
import org.zwgk.store.internal.ItemRows;
import org.zwgk.store.internal.OutboxPayload;
import org.zwgk.store.internal.PayloadCodec;

/**
 * One claimed entry, from the last check to the channel's answer. Right before the channel is called, in one short
 * transaction, it re-reads the item and refuses to send a publication of a withdrawn item or of an older version
 * than the item's current one (the entry becomes SUPERSEDED), re-applies the publication rules (withheld, not
 * reviewed, no redaction record, attachments changed since registration: QUARANTINED with ZWGK-4013), and renews
 * the claim's lease under its fence — if another dispatcher took the entry over meanwhile, nothing is sent.
 */
final class Delivery {

    private final DispatchContext ctx;
    private final Recorder recorder;

    Delivery(DispatchContext ctx, Recorder recorder) {
        this.ctx = ctx;
        this.recorder = recorder;
    }

    /** What to send: exactly one of the two. */
    record Message(Publication publication, Withdrawal withdrawal) {
    }

    /**
     * The last check before the call, committed on {@code c}. Empty when nothing is to be sent (the outcome, if
     * any, is already recorded).
     */
    Optional<Message> prepare(Connection c, Claimed cl) throws SQLException {
        try {
            Optional<Message> m = check(c, cl);
            c.commit();
            return m;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    private Optional<Message> check(Connection c, Claimed cl) throws SQLException {
        if (cl.attempts() > ctx.settings.maxAttempts()) {
            // Claimed again after its lease ran out, time after time: the dispatcher died or hung in each attempt.
            recorder.refuse(c, cl, StoreErrors.DELIVERY_DID_NOT_FINISH.code(),
                    new ZwgkException(StoreErrors.DELIVERY_DID_NOT_FINISH, cl.id(), cl.attempts() - 1).getMessage());
            return Optional.empty();
        }
        Optional<ItemRows.Policy> item = ctx.db.items().policy(c, cl.itemId());
        if (cl.action() == OutboxAction.PUBLISH) {
            if (item.isEmpty()) {
                recorder.refuse(c, cl, StoreErrors.DISPATCH_POLICY_BLOCKED.code(), "item not found");
                return Optional.empty();
            }
            ItemRows.Policy i = item.get();
            if (PublicationRules.isStale(i.state(), i.version(), cl.version())) {
                recorder.supersede(c, cl);
                return Optional.empty();
            }
            Optional<ZwgkException> why = PublicationRules.whyNotPublishable(cl.itemId(), i.attribute(),
                    i.reviewOutcome(), i.redactionCount(), i.hasPublicVersion());
            if (why.isPresent()) {
                recorder.refuse(c, cl, StoreErrors.DISPATCH_POLICY_BLOCKED.code(), why.get().getMessage());
                return Optional.empty();
            }
        }
        // A claim younger than half its lease cannot have been taken over (only an operator's release could have
        // ended it; then the result is recorded as late). An older one — it waited behind slow deliveries of its
        // batch — is renewed under its fence first, or left to whoever took it over.
        boolean fresh = java.time.Duration.between(cl.claimedAt(), ctx.now())
                .compareTo(ctx.settings.lease().dividedBy(2)) < 0;
        if (!fresh && !ctx.rows.renew(c, cl.id(), cl.fence(), ctx.now().plus(ctx.settings.lease()))) {
            return Optional.empty(); // taken over by another dispatcher (or released): it is theirs now
        }
        if (cl.payloadMac() != null && !ctx.settings.eventLog().matches(cl.payload(), cl.payloadMac())) {
            recorder.refuse(c, cl, StoreErrors.DISPATCH_POLICY_BLOCKED.code(), "the payload was changed after it was "
                    + "queued (its digest no longer matches" + (ctx.settings.eventLog().key().isPresent()
                    ? "; or the dispatcher has another zwgk.log.key" : "") + ")");
            return Optional.empty();
        }
        OutboxPayload payload;
        try {
            payload = PayloadCodec.decode(cl.action(), cl.payload());
        } catch (PayloadCodec.UnreadablePayload e) {
            recorder.refuse(c, cl, StoreErrors.UNREADABLE_PAYLOAD.code(),
                    new ZwgkException(StoreErrors.UNREADABLE_PAYLOAD, cl.id(), e.getMessage()).getMessage());
            return Optional.empty();
        }
        if (payload instanceof OutboxPayload.Withdraw w) {
            return Optional.of(new Message(null, new Withdrawal(cl.itemId(), w.indexNumber(), w.title(), w.reason(),
                    cl.key(), w.withdrawnAt(), item.map(ItemRows.Policy::version).orElse(cl.version()), cl.id())));
        }
        OutboxPayload.Publish p = (OutboxPayload.Publish) payload;
        DisclosureAttribute attribute = item.get().attribute();
        if (attribute == DisclosureAttribute.PARTIAL && !p.publicVersion()) {
            // Queued from the original of an item now partial (re-classified, or a payload of an older build):
            // the original of a partially disclosed item never leaves.
            recorder.refuse(c, cl, StoreErrors.DISPATCH_POLICY_BLOCKED.code(), "partial disclosure queued without "
                    + "its public version");
            return Optional.empty();
        }
        List<Attachment> files = List.of();
        if (!p.attachments().isEmpty()) { // only items with files pay for the query
            Optional<List<Attachment>> checked = attachments(c, cl, p.attachments(), p.publicVersion());
            if (checked.isEmpty()) {
                return Optional.empty();
            }
            files = checked.get();
        }
        // The attribute is the item's current one (checked above), not the one queued: never more open than now.
        return Optional.of(new Message(new Publication(cl.itemId(), cl.version(), cl.key(), p.indexNumber(), p.title(),
                p.body(), attribute, p.publisher(), p.documentNumber(), p.formedOn(), p.publishedAt(),
                p.validity(), p.catalogue(), files, cl.id(), p.anchor()), null));
    }

    /**
     * The item's files, checked against the manifest queued with this version: a file added, removed, renamed or
     * changed behind zwgk's back (its SHA-256 no longer the one recorded at registration) refuses the publication
     * like any other tampering — nothing unreviewed reaches a channel. Empty when refused.
     */
    private Optional<List<Attachment>> attachments(Connection c, Claimed cl, List<OutboxPayload.FileRef> manifest,
                                                   boolean publicVersion) throws SQLException {
        List<Attachment> out = new ArrayList<>();
        List<AttachmentRows.StoredFile> stored = (publicVersion ? ctx.db.publicAttachments() : ctx.db.attachments())
                .read(c, cl.itemId());
        String problem = null;
        for (AttachmentRows.StoredFile f : stored) {
            OutboxPayload.FileRef m = out.size() < manifest.size() ? manifest.get(out.size()) : null;
            if (m == null || m.position() != f.position() || !m.fileName().equals(f.fileName())
                    || !m.mediaType().equals(f.mediaType()) || !m.sha256().equals(sha256(f.content()))) {
                problem = "attachment " + f.position() + " (" + f.fileName() + ") differs from the one registered "
                        + "and reviewed (sha256 " + (m == null ? "none" : m.sha256()) + ")";
                break;
            }
            out.add(new Attachment(f.fileName(), f.mediaType(), f.content()));
        }
        if (problem == null && out.size() != manifest.size()) {
            problem = "attachments missing: " + manifest.size() + " registered, " + out.size() + " found";
        }
        if (problem != null) {
            recorder.refuse(c, cl, StoreErrors.DISPATCH_POLICY_BLOCKED.code(), problem);
            return Optional.empty();
        }
        return Optional.of(out);
    }

    /** Calls the channel. Never throws: every failure is an outcome with a kind that says whether to retry. */
    Outcome call(ChannelAdapter adapter, Message m) {
        try {
            Receipt r = m.publication() != null ? adapter.publish(m.publication(), ctx.settings.journal())
                    : adapter.withdraw(m.withdrawal(), ctx.settings.journal());
            return new Outcome.Delivered(r);
        } catch (ChannelException e) {
            return new Outcome.Failed(e.kind(), e.getMessage(), e.retryAfter().orElse(null),
                    e.remoteCode().orElse(null));
        } catch (ZwgkException e) {
            return new Outcome.Failed(ChannelErrorKind.PERMANENT, e.getMessage(), null, null);
        } catch (RuntimeException e) {
            // An adapter bug or an unexpected I/O failure: the outcome is unknown, so retry (idempotent key).
            return new Outcome.Failed(ChannelErrorKind.TRANSIENT, e.getClass().getSimpleName() + ": "
                    + e.getMessage(), null, null);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
