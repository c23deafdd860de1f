package org.zwgk.lifecycle;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zwgk.lifecycle.LogVerification.Finding;
import org.zwgk.lifecycle.LogVerification.Kind;
import org.zwgk.lifecycle.internal.RecordedContent;
import org.zwgk.store.StoreErrors;
import org.zwgk.store.StoreException;
import org.zwgk.store.internal.AttachmentRows;
import org.zwgk.store.internal.EventRows;
import org.zwgk.store.internal.OutboxPayload;
import org.zwgk.store.internal.RecordRows;

/**
 * Verifies the record a disclosure office must be able to prove afterwards:
 * <ol>
 *   <li>every item's event chain — positions, links, hashes (HMAC-SHA256 with the log key for keyed events; an
 *       unkeyed event after a keyed one is a rewrite), and the head kept on the item row;</li>
 *   <li>with {@link #full}: the content the chain recorded — title, body and files at registration, the public
 *       version, each queued payload — against what is stored now (a body edited in the database after review is
 *       found here, and {@code gate.publish} refuses it);</li>
 *   <li>the anchors kept outside the database ({@link Anchor}: the chain positions and hashes each archive hand-over
 *       recorded): a chain rewritten and rehashed — even with the key — no longer has the anchored hash.</li>
 * </ol>
 * Every finding names the item, the event position and the table, entry or file.
 */
public final class LogVerifier {

    private final LogKey key;
    private final boolean content;
    private final java.time.Instant keyedSince;

    private LogVerifier(LogKey key, boolean content, java.time.Instant keyedSince) {
        this.key = key;
        this.content = content;
        this.keyedSince = keyedSince;
    }

    /**
     * With a key, events older than {@code since} may be unkeyed (written before the key was configured); without
     * this, every unkeyed event is a finding when a key is given — the strong setting, for a log keyed from its
     * first event. (An attacker who can write the database can backdate rewritten events before {@code since};
     * the archive's anchors still catch a rewritten chain.)
     */
    public LogVerifier keyedSince(java.time.Instant since) {
        return new LogVerifier(key, content, since);
    }

    /** Chains only; {@code key} null when none is configured. */
    public static LogVerifier chainsOnly(LogKey key) {
        return new LogVerifier(key, false, null);
    }

    /** Chains and content; {@code key} null when none is configured. */
    public static LogVerifier full(LogKey key) {
        return new LogVerifier(key, true, null);
    }

    /**
     * An anchor: the chain position and hash of one item as recorded outside the database (an archive hand-over
     * manifest), and where it was read.
     */
    public record Anchor(String itemId, int position, String hash, String source) {
    }

    public LogVerification verify(Connection c) {
        return verify(c, List.of());
    }

    public LogVerification verify(Connection c, List<Anchor> anchors) {
        List<Finding> out = new ArrayList<>();
        Map<String, EventRows.StoredHead> heads = new HashMap<>();
        Map<String, Chain> chains = new HashMap<>();
        int[] events = {0};
        RecordRows rows = new RecordRows();
        try {
            new EventRows().scan(c, h -> heads.put(h.itemId(), h), e -> {
                events[0]++;
                chains.computeIfAbsent(e.itemId(), k -> new Chain()).add(e, out);
            });
            for (EventRows.StoredHead h : heads.values()) {
                Chain ch = chains.getOrDefault(h.itemId(), new Chain());
                if (!ch.broken && (!ch.hash.equals(h.hash()) || ch.length != h.length())) {
                    out.add(new Finding(Kind.HEAD_MISMATCH, h.itemId(), h.length(), "zwgk_item.log_head",
                            "the chain ends at #" + ch.length + " but the item's head says #" + h.length()
                                    + " (events deleted at the end, or appended outside zwgk)"));
                }
            }
            for (String item : chains.keySet()) {
                if (!heads.containsKey(item)) {
                    out.add(new Finding(Kind.EVENTS_WITHOUT_ITEM, item, 0, "zwgk_event", "events of an item that "
                            + "does not exist (the item row was deleted)"));
                }
            }
            for (Anchor a : anchors) {
                Chain ch = chains.get(a.itemId());
                String stored = ch == null ? null : ch.hashes.get(a.position());
                if (!a.hash().equals(stored)) {
                    out.add(new Finding(Kind.ANCHOR_MISMATCH, a.itemId(), a.position(), a.source(), stored == null
                            ? "the anchored event does not exist in the database" : "the anchored hash " + a.hash()
                            + " differs from the stored " + stored + " (the chain was rewritten)"));
                }
            }
            if (content) {
                verifyContent(c, rows, chains, out);
            }
        } catch (SQLException e) {
            throw new StoreException(StoreErrors.DATABASE_ERROR, e, "verify", StoreException.describe(e));
        }
        return new LogVerification(heads.size(), events[0], out);
    }

    private void verifyContent(Connection c, RecordRows rows, Map<String, Chain> chains, List<Finding> out)
            throws SQLException {
        rows.items(c, (itemId, title, body) -> {
            Chain ch = chains.get(itemId);
            if (ch == null || ch.registered == null) {
                return; // registered before digests were recorded, or its chain is already reported
            }
            compare(out, itemId, ch.registeredAt, "zwgk_item.title", ch.registered.titleSha256(), title);
            compare(out, itemId, ch.registeredAt, "zwgk_item.content", ch.registered.contentSha256(), body);
        });
        rows.publicVersions(c, (itemId, title, body) -> {
            Chain ch = chains.get(itemId);
            if (ch == null || ch.publicVersion == null) {
                if (ch != null) {
                    out.add(new Finding(Kind.CONTENT_EDITED, itemId, 0, "zwgk_public_version", "a public version the "
                            + "chain never recorded"));
                }
                return;
            }
            compare(out, itemId, ch.publicVersionAt, "zwgk_public_version.title", ch.publicVersion.titleSha256(), title);
            compare(out, itemId, ch.publicVersionAt, "zwgk_public_version.content",
                    ch.publicVersion.contentSha256(), body);
        });
        for (Map.Entry<String, Chain> e : chains.entrySet()) {
            Chain ch = e.getValue();
            if (ch.registered != null) {
                files(c, rows.attachments(), e.getKey(), ch.registered, ch.registeredAt, "zwgk_attachment", out);
            }
            if (ch.publicVersion != null) {
                files(c, rows.publicAttachments(), e.getKey(), ch.publicVersion, ch.publicVersionAt,
                        "zwgk_public_attachment", out);
            }
        }
        rows.publicationPayloads(c, (entryId, itemId, version, payload) -> {
            Chain ch = chains.get(itemId);
            String recorded = ch == null ? null : ch.payloads.get(version);
            if (recorded != null && !recorded.equals(LogKey.sha256Hex(payload))) {
                out.add(new Finding(Kind.PAYLOAD_EDITED, itemId, ch.payloadAt.get(version), "zwgk_outbox#" + entryId,
                        "the payload of version " + version + " differs from the one recorded when it was queued"));
            }
        });
    }

    /** The stored files (their digests as stored, and each file's content) against the recorded manifest digest. */
    private static void files(Connection c, AttachmentRows rows, String itemId, RecordedContent recorded, int at,
                              String table, List<Finding> out) throws SQLException {
        List<AttachmentRows.StoredFile> files = rows.read(c, itemId);
        List<OutboxPayload.FileRef> refs = new ArrayList<>();
        for (AttachmentRows.StoredFile f : files) {
            if (!f.sha256().equals(LogKey.sha256Hex(f.content()))) {
                out.add(new Finding(Kind.CONTENT_EDITED, itemId, at, table + " " + f.position() + " (" + f.fileName()
                        + ")", "the file's content no longer has its recorded digest"));
            }
            refs.add(f.ref());
        }
        if (!recorded.filesSha256().equals(RecordedContent.filesDigest(refs))) {
            out.add(new Finding(Kind.CONTENT_EDITED, itemId, at, table, "files added, removed, renamed or replaced "
                    + "since the chain recorded them"));
        }
    }

    private static void compare(List<Finding> out, String itemId, int at, String where, String recorded,
                                String current) {
        if (!recorded.equals(LogKey.sha256Hex(current))) {
            out.add(new Finding(Kind.CONTENT_EDITED, itemId, at, where, "differs from what event #" + at
                    + " recorded"));
        }
    }

    /** One item's chain as it is read, event by event, and the content digests its events recorded. */
    private final class Chain {
        String hash = EventLog.GENESIS;
        int length;
        boolean broken;
        boolean keyedSeen;
        final Map<Integer, String> hashes = new HashMap<>();
        RecordedContent registered;
        int registeredAt;
        RecordedContent publicVersion;
        int publicVersionAt;
        final Map<Integer, String> payloads = new HashMap<>();
        final Map<Integer, Integer> payloadAt = new HashMap<>();
        final Set<String> reportedKeys = new HashSet<>();

        void add(LifecycleEvent e, List<Finding> out) {
            hashes.put(e.position(), e.hash());
            if (broken) {
                return; // report the first break of a chain only
            }
            Finding f = check(e);
            if (f != null) {
                broken = f.kind() != Kind.KEY_REQUIRED && f.kind() != Kind.OTHER_KEY;
                if (f.kind() == Kind.KEY_REQUIRED || f.kind() == Kind.OTHER_KEY) {
                    if (reportedKeys.add(f.kind() + e.macAlg())) {
                        out.add(f);
                    }
                } else {
                    out.add(f);
                }
            }
            hash = e.hash();
            length = e.position();
            record(e);
        }

        private Finding check(LifecycleEvent e) {
            if (e.position() != length + 1) {
                return e.position() > length + 1
                        ? new Finding(Kind.EVENT_DELETED, e.itemId(), length + 1, "zwgk_event", "event #" + (length + 1)
                        + " is missing (the next stored event is #" + e.position() + ")")
                        : new Finding(Kind.CHAIN_BROKEN, e.itemId(), e.position(), "zwgk_event", "position "
                        + e.position() + " repeated");
            }
            if (!e.prevHash().equals(hash)) {
                return new Finding(Kind.CHAIN_BROKEN, e.itemId(), e.position(), "zwgk_event", "prev_hash does not "
                        + "match the previous event (an event was inserted or replaced)");
            }
            if (!e.keyed()) {
                if (keyedSeen) {
                    return new Finding(Kind.UNKEYED, e.itemId(), e.position(), "zwgk_event", "an unkeyed event "
                            + "after keyed ones (rewritten without the key)");
                }
                if (key != null && (keyedSince == null || !e.at().isBefore(keyedSince))) {
                    return new Finding(Kind.UNKEYED, e.itemId(), e.position(), "zwgk_event", "not signed with the "
                            + "key (written before it was configured, or rewritten without it)");
                }
                return EventLog.hash(e.prevHash(), e.itemId(), e.position(), e.type(), e.from(), e.to(), e.actor(),
                        e.at(), e.details()).equals(e.hash()) ? null : edited(e);
            }
            keyedSeen = true;
            if (key == null) {
                return new Finding(Kind.KEY_REQUIRED, e.itemId(), e.position(), "zwgk_event", "signed with "
                        + e.macAlg() + "; give zwgk.log.key to check it");
            }
            if (!e.macAlg().equals(key.algorithm())) {
                return new Finding(Kind.OTHER_KEY, e.itemId(), e.position(), "zwgk_event", "signed with "
                        + e.macAlg() + ", not with the given key (" + key.algorithm() + ")");
            }
            return EventLog.keyedHash(key, e.prevHash(), e.itemId(), e.position(), e.type(), e.from(), e.to(),
                    e.actor(), e.at(), e.details()).equals(e.hash()) ? null : edited(e);
        }

        private Finding edited(LifecycleEvent e) {
            return new Finding(Kind.EVENT_EDITED, e.itemId(), e.position(), "zwgk_event", e.type() + ": its content "
                    + "does not match its hash (the event was edited)");
        }

        private void record(LifecycleEvent e) {
            switch (e.type()) {
                case "REGISTERED" -> {
                    registered = RecordedContent.registered(List.of(e)).orElse(null);
                    registeredAt = e.position();
                }
                case "PUBLIC_VERSION" -> {
                    publicVersion = RecordedContent.publicVersion(List.of(e)).orElse(null);
                    publicVersionAt = e.position();
                }
                case "PUBLISH_QUEUED" -> {
                    Optional<String> v = RecordedContent.field(e.details(), "version");
                    Optional<String> p = RecordedContent.field(e.details(), "payloadSha256");
                    if (v.isPresent() && p.isPresent()) {
                        payloads.put(Integer.parseInt(v.get()), p.get());
                        payloadAt.put(Integer.parseInt(v.get()), e.position());
                    }
                }
                default -> {
                }
            }
        }
    }
}
