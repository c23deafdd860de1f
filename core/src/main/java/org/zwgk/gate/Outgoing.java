package org.zwgk.gate;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.zwgk.lifecycle.LifecycleEvent;
import org.zwgk.lifecycle.LifecycleException;
import org.zwgk.lifecycle.LogKey;
import org.zwgk.lifecycle.RecordErrors;
import org.zwgk.lifecycle.internal.RecordedContent;
import org.zwgk.screen.Screener;
import org.zwgk.screen.ScreeningReport;
import org.zwgk.spi.channel.Attachment;
import org.zwgk.spi.channel.LogAnchor;
import org.zwgk.store.internal.AttachmentRows;
import org.zwgk.store.internal.ItemRecord;
import org.zwgk.store.internal.OutboxPayload;
import org.zwgk.store.internal.Persistence;
import org.zwgk.store.internal.PublicVersionRows;

/**
 * What leaves for the channels when an item is published: the original, or for 部分公开 its public version, with the
 * file contents and the chain anchor — read and checked against what the item's event chain recorded (ZWGK-3361
 * when the database was changed behind zwgk's back).
 */
record Outgoing(String title, String body, List<AttachmentRows.StoredFile> files, boolean publicVersion,
                LogAnchor anchor) {

    static Outgoing read(Persistence db, Connection c, ItemRecord item, Optional<PublicVersionRows.Stored> pv)
            throws SQLException {
        String itemId = item.itemId();
        List<LifecycleEvent> events = db.events().events(c, itemId);
        LifecycleEvent last = events.get(events.size() - 1); // the decisions that allow this version to leave
        LogAnchor anchor = new LogAnchor(last.position(), last.hash());
        List<AttachmentRows.StoredFile> originalFiles = db.attachments().read(c, itemId);
        Optional<RecordedContent> registered = RecordedContent.registered(events);
        if (registered.isPresent()) {
            verifyUnchanged(itemId, registered.get(), item.title(), item.content(), originalFiles, "原件 / original");
        }
        if (pv.isEmpty()) {
            return new Outgoing(item.title(), item.content(), originalFiles, false, anchor);
        }
        // 部分公开: only the public version leaves, never the original (Art. 37)
        List<AttachmentRows.StoredFile> publicFiles = db.publicAttachments().read(c, itemId);
        RecordedContent recorded = RecordedContent.publicVersion(events).orElseThrow(
                () -> new LifecycleException(RecordErrors.CONTENT_CHANGED, itemId, "公开版本 / public version"));
        verifyUnchanged(itemId, recorded, pv.get().title(), pv.get().content(), publicFiles,
                "公开版本 / public version");
        return new Outgoing(pv.get().title(), pv.get().content(), publicFiles, true, anchor);
    }

    /** The stored content is what the chain recorded, or nothing may be queued (ZWGK-3361). */
    private static void verifyUnchanged(String itemId, RecordedContent recorded, String title, String body,
                                        List<AttachmentRows.StoredFile> files, String what) {
        if (!recorded.titleSha256().equals(LogKey.sha256Hex(title))
                || !recorded.contentSha256().equals(LogKey.sha256Hex(body))
                || !recorded.filesSha256().equals(RecordedContent.filesDigest(refs(files)))) {
            throw new LifecycleException(RecordErrors.CONTENT_CHANGED, itemId, what);
        }
    }

    static List<OutboxPayload.FileRef> refs(List<AttachmentRows.StoredFile> files) {
        return files.stream().map(AttachmentRows.StoredFile::ref).toList();
    }

    List<OutboxPayload.FileRef> fileRefs() {
        return refs(files);
    }

    /** The personal-data screening of what leaves; empty when the host turned it off. */
    Optional<ScreeningReport> screen(Optional<Screener> screener) {
        return screener.map(s -> s.screen(title, body, files.stream()
                .map(f -> new Attachment(f.fileName(), f.mediaType(), f.content())).toList()));
    }
}
