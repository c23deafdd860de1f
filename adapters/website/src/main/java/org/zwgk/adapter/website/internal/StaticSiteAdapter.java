package org.zwgk.adapter.website.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.zwgk.adapter.support.AtomicFiles;
import org.zwgk.adapter.support.Sequences;
import org.zwgk.adapter.support.Slugs;
import org.zwgk.spi.channel.Attachment;
import org.zwgk.spi.channel.ChannelAdapter;
import org.zwgk.spi.channel.ChannelErrorKind;
import org.zwgk.spi.channel.ChannelException;
import org.zwgk.spi.channel.DeliveryJournal;
import org.zwgk.spi.channel.DeliveryStatus;
import org.zwgk.spi.channel.Publication;
import org.zwgk.spi.channel.Receipt;
import org.zwgk.spi.channel.Withdrawal;

/**
 * Writes the body's disclosure column (Art. 23: the government website is the first platform) as a static site:
 * one page per item at {@code items/<slug>.html} (slug from the 索引号, stable for ever), an index per domain, the
 * catalogue (Art. 12), the guide (Art. 12), an Atom feed and a sitemap. Every page is replaced atomically. A
 * withdrawn item keeps its URL and shows a notice of withdrawal; its attachments are deleted.
 *
 * <p>The adapter's own records live in the state directory ({@link StaticSettings#state()}), outside the web root:
 * nothing under {@code out} holds text that is not public. A site written by an older version, with its records in
 * {@code <out>/.zwgk/}, is moved there by {@link #start()}.
 *
 * <p>Ordering (SPI 1.2): each record keeps the highest sequence applied for its item; a publication or withdrawal
 * with a lower one is dropped and answered with a receipt marked {@code stale=true} (see {@code Sequences}).
 *
 * <p>One adapter instance per output directory: writes are serialised by an in-process lock.
 */
public final class StaticSiteAdapter implements ChannelAdapter {

    /** The page of the standard catalogue (政务公开事项标准目录), next to catalogue.html (政府信息公开目录). */
    public static final String STANDARD_CATALOGUE = "standard-catalogue.html";

    private final StaticSettings s;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();

    /** Monotonic nanos between index rebuilds (0 = after every delivery); a throughput knob, not domain time. */
    private final long indexDelayNanos;
    private boolean indexDirty;
    private long lastIndexBuild;
    private boolean built;
    /** Whether {@code <out>/.zwgk/} of an older version has been looked for (guarded by {@link #lock}). */
    private boolean legacyChecked;

    private final boolean sync;
    /** The state directory (guarded by {@link #lock}). */
    private final SiteRecords records;

    /** The standard catalogue file's reader, and the version on the site (null: none configured or none valid). */
    private final StandardCatalogueReader catalogueReader = new StandardCatalogueReader();
    private StandardCatalogue catalogue;
    /** Size and modification time of the file when last read: a cheap test for a new version between reads. */
    private String catalogueStamp = "";
    private List<String> catalogueProblems = List.of();

    public StaticSiteAdapter(StaticSettings settings, Clock clock) {
        this(settings, clock, java.time.Duration.ZERO, true);
    }

    /**
     * @param indexDelay rebuild the index pages, feed and sitemap at most this often; each rebuild reads every record,
     *                   so bulk loads (thousands of items) use a few seconds here. Item pages are always written at
     *                   once; pending index changes are written on {@link #close()} and {@link #rebuild()}.
     * @param sync       force every file to disk before its atomic rename (default); off only for bulk loads and demos
     */
    public StaticSiteAdapter(StaticSettings settings, Clock clock, java.time.Duration indexDelay, boolean sync) {
        this.s = settings;
        this.clock = clock;
        this.indexDelayNanos = indexDelay.toNanos();
        this.sync = sync;
        this.records = new SiteRecords(settings.state(), sync);
    }

    /**
     * Start-up: moves the records of an older version out of the web root ({@link #migrateLegacyState()}), then
     * reads the standard catalogue (if configured) and, when it is not the version already on the site (its SHA-256
     * is recorded in {@code <state>/standard-catalogue.sha256}) or the site has no index yet, rewrites
     * {@code standard-catalogue.html} with the index pages, so the page is there before the first delivery.
     *
     * @throws IOException when the records cannot be moved, the catalogue file cannot be read or is invalid (the
     *                     provider validated it just before; this is a change in between), or the site cannot be written
     */
    public void start() throws IOException {
        lock.lock();
        try {
            boolean migrated = migrateLegacyState();
            legacyChecked = true;
            if (s.catalogue() == null) {
                if (migrated) {
                    rebuildIndexes();
                }
                return;
            }
            if (!reloadCatalogue() && catalogue == null) {
                throw new IOException(String.join("; ", catalogueProblems));
            }
            records.create();
            Path recorded = records.catalogueDigest();
            boolean current = Files.exists(recorded) && Files.exists(s.out().resolve(STANDARD_CATALOGUE))
                    && Files.exists(s.out().resolve("index.html"))
                    && Files.readString(recorded, StandardCharsets.UTF_8).strip().equals(catalogue.digest());
            if (!current || migrated) {
                rebuildIndexes();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Moves the records an older version kept under {@code <out>/.zwgk/} (inside the web root, with every body in
     * full) to the state directory, then deletes that directory. A record already in the state directory is newer
     * and wins. Withdrawn items are then cleaned as a withdrawal does today: body and attachment list dropped from
     * the record, attachments deleted from the site, the notice page rewritten. Caller holds the lock.
     *
     * @return whether there was anything to move
     */
    private boolean migrateLegacyState() throws IOException {
        if (!records.adoptLegacy(s.out().resolve(".zwgk"))) {
            return false;
        }
        for (ItemRecord r : records.all()) {
            if (r.withdrawn() && !r.tombstone()) {
                ItemRecord clean = r.holdsWithdrawnText()
                        ? r.withdraw(r.withdrawKey(), r.withdrawReason(), r.withdrawnAt(), r.sequence()) : r;
                if (clean != r) {
                    save(clean);
                }
                takeDown(clean);
            }
        }
        return true;
    }

    /**
     * Reads the catalogue file again if its size or modification time changed (caller holds the lock). A valid new
     * version replaces the current one; an invalid one leaves the last valid version on the site (never half a
     * page) and is kept in {@link #catalogueProblems()}. Returns whether a valid catalogue was (re)loaded.
     */
    private boolean reloadCatalogue() {
        if (s.catalogue() == null) {
            return false;
        }
        String stamp;
        try {
            stamp = Files.size(s.catalogue()) + "@" + Files.getLastModifiedTime(s.catalogue()).toMillis();
        } catch (IOException e) {
            stamp = "missing";
        }
        if (stamp.equals(catalogueStamp)) {
            return false;
        }
        catalogueStamp = stamp;
        StandardCatalogueReader.Result r = catalogueReader.read(s.catalogue());
        catalogueProblems = r.problems();
        r.catalogue().ifPresent(c -> catalogue = c);
        return r.catalogue().isPresent();
    }

    /** Problems of the catalogue file's latest version when it could not replace the one on the site; else empty. */
    public List<String> catalogueProblems() {
        lock.lock();
        try {
            return catalogueProblems;
        } finally {
            lock.unlock();
        }
    }

    private void write(Path target, byte[] content) throws IOException {
        AtomicFiles.write(target, content, sync);
    }

    /** Rebuilds the indexes now, or marks them stale until the delay has passed (caller holds the lock). */
    private void indexesChanged() throws IOException {
        indexDirty = true;
        if (indexDelayNanos <= 0 || !built || System.nanoTime() - lastIndexBuild >= indexDelayNanos) {
            rebuildIndexes();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (indexDirty) {
                rebuildIndexes();
            }
        } catch (IOException e) {
            // Nothing to report to: the next delivery or rebuild() writes the indexes again from the records.
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String channelId() {
        return "website";
    }

    @Override
    public Receipt publish(Publication p, DeliveryJournal journal) throws ChannelException {
        if (p.title().isBlank()) {
            throw new ChannelException(ChannelErrorKind.REJECTED_CONTENT, "标题为空 / empty title: " + p.indexNumber());
        }
        if (p.body().length() > s.maxBodyChars()) {
            throw new ChannelException(ChannelErrorKind.REJECTED_CONTENT, "正文超过 " + s.maxBodyChars()
                    + " 个字符 / body longer than " + s.maxBodyChars() + " characters: " + p.indexNumber());
        }
        String slug = Slugs.of(p.indexNumber());
        lock.lock();
        try {
            ensureOutDir();
            ItemRecord existing = load(slug);
            if (existing != null && !existing.itemId().equals(p.itemId())) {
                throw new ChannelException(ChannelErrorKind.PERMANENT, "索引号 " + p.indexNumber() + " 的网址已被事项 "
                        + existing.itemId() + " 使用 / URL of index number already used by another item");
            }
            if (existing != null) {
                Receipt unchanged = unchangedByPublication(existing, p);
                if (unchanged != null) {
                    return unchanged;
                }
            }
            Map<String, String> c = p.catalogue();
            List<String> files = writeAttachments(slug, p.attachments(), SiteMeta.columnName(c));
            String summary = p.body().strip().replaceAll("\\s+", " ");
            summary = summary.length() > 120 ? summary.substring(0, 120) + "…" : summary;
            ItemRecord r = new ItemRecord(slug, p.itemId(), p.version(), p.idempotencyKey(), p.indexNumber(), p.title(),
                    summary, p.body(), p.attribute().label(), p.publisher(), p.documentNumber(), p.formedOn(),
                    p.publishedAt(), p.validity(), c.getOrDefault(Publication.DOMAIN_CODE, "other"),
                    c.getOrDefault(Publication.DOMAIN_NAME, "其他"), c.getOrDefault(Publication.PATH, ""),
                    c.getOrDefault(Publication.STAGE, ""), String.join("\n", files), clock.instant(), false, "", "",
                    null, method(c), Sequences.next(existing == null ? 0 : existing.sequence(), p.sequence()), false,
                    c.getOrDefault(Publication.COLUMN, ""));
            // Page first, then the record: a crash in between leaves a page that the retry rewrites identically.
            write(itemPath(slug), itemPage(r).getBytes(StandardCharsets.UTF_8));
            save(r);
            // An earlier version's files that this one does not carry are no longer public.
            deleteAttachmentsExcept(slug, files.stream().map(f -> f.substring(0, f.indexOf('\t'))).toList());
            indexesChanged();
            journal.record(p.idempotencyKey(), "website.slug", slug);
            return receipt(r, DeliveryStatus.LIVE);
        } catch (IOException e) {
            throw new ChannelException(ChannelErrorKind.TRANSIENT, "写入网站目录失败 / cannot write the site: "
                    + e.getClass().getSimpleName(), null, null, null, e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * The receipt when {@code p} must not change the site, or {@code null} to apply it: a lower sequence than the
     * one applied (stale), a repeat of the delivery on the page (same key), or — for a caller that gives no
     * sequence (SPI 1.1) — an older version than the one on the site.
     */
    private Receipt unchangedByPublication(ItemRecord existing, Publication p) {
        DeliveryStatus now = existing.withdrawn() ? DeliveryStatus.WITHDRAWN : DeliveryStatus.LIVE;
        if (Sequences.isStale(existing.sequence(), p.sequence())) {
            return stale(existing, now);
        }
        if (existing.publishKey().equals(p.idempotencyKey())) {
            // A repeat: withdrawn since, and a repeat never brings it back; or the page is there. A page deleted
            // behind the adapter's back (a web root wiped and restored without the state) is written again.
            if (existing.withdrawn()) {
                return stale(existing, now);
            }
            return Files.exists(itemPath(existing.slug())) ? receipt(existing, now) : null;
        }
        if (p.sequence() == 0 && !existing.tombstone() && existing.version() > p.version()) {
            return stale(existing, now); // an older version arriving late must not overwrite a correction
        }
        return null;
    }

    @Override
    public Receipt withdraw(Withdrawal w, DeliveryJournal journal) throws ChannelException {
        String slug = Slugs.of(w.indexNumber());
        lock.lock();
        try {
            ensureOutDir();
            ItemRecord existing = load(slug);
            if (existing == null || !existing.itemId().equals(w.itemId())) {
                if (existing != null || w.sequence() == 0) {
                    // Documented rule: withdrawing what this site never published is an error, not a silent success.
                    throw new ChannelException(ChannelErrorKind.PERMANENT, "网站上没有该事项，无法撤回 / no such item on "
                            + "the site: " + w.indexNumber());
                }
                // A numbered withdrawal overtook its publication (still on its way): remember it, so the late
                // publication is dropped. Nothing was public, so nothing is written under the web root.
                ItemRecord t = ItemRecord.tombstone(slug, w.itemId(), w.version(), w.indexNumber(), w.title(),
                        w.idempotencyKey(), w.reason(), w.withdrawnAt(), clock.instant(), w.sequence());
                save(t);
                journal.record(w.idempotencyKey(), "website.slug", slug);
                return receipt(t, DeliveryStatus.WITHDRAWN);
            }
            if (Sequences.isStale(existing.sequence(), w.sequence())) {
                // A newer publication was applied after this withdrawal was queued: the newest intent stands.
                return stale(existing, existing.withdrawn() ? DeliveryStatus.WITHDRAWN : DeliveryStatus.LIVE);
            }
            long seq = Sequences.next(existing.sequence(), w.sequence());
            ItemRecord r = !existing.withdrawn() ? existing.withdraw(w.idempotencyKey(), w.reason(), w.withdrawnAt(), seq)
                    : existing.holdsWithdrawnText() // withdrawn by an older version, which kept the body
                    ? existing.withdraw(existing.withdrawKey(), existing.withdrawReason(), existing.withdrawnAt(), seq)
                    : existing.withSequence(seq);
            // The record first: a crash after it leaves a withdrawn record whose repeat finishes the take-down.
            if (!r.equals(existing)) {
                save(r);
            }
            takeDown(r);
            indexesChanged();
            journal.record(w.idempotencyKey(), "website.slug", slug);
            return receipt(r, DeliveryStatus.WITHDRAWN);
        } catch (IOException e) {
            throw new ChannelException(ChannelErrorKind.TRANSIENT, "写入网站目录失败 / cannot write the site: "
                    + e.getClass().getSimpleName(), null, null, null, e);
        } finally {
            lock.unlock();
        }
    }

    /** The notice of withdrawal at the item's URL, and none of its attachments left (caller holds the lock). */
    private void takeDown(ItemRecord r) throws IOException {
        if (r.tombstone()) {
            return;
        }
        write(itemPath(r.slug()), itemPage(r).getBytes(StandardCharsets.UTF_8));
        deleteAttachmentsExcept(r.slug(), List.of());
    }

    /** Deletes the files under {@code items/<slug>/} not named in {@code keep}, and the directory when empty. */
    private void deleteAttachmentsExcept(String slug, List<String> keep) throws IOException {
        Path dir = s.out().resolve("items").resolve(slug);
        if (!Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                if (!keep.contains(f.getFileName().toString())) {
                    Files.delete(f);
                }
            }
        }
        if (keep.isEmpty()) {
            Files.deleteIfExists(dir);
        }
    }

    private Receipt stale(ItemRecord r, DeliveryStatus status) {
        Receipt current = receipt(r, status);
        return new Receipt(current.remoteId(), current.publicUrl(), current.at(), status,
                Sequences.staleDetails(current.details(), r.sequence()));
    }

    /** Rewrites every index page, the feed and the sitemap from the stored records (also useful after a restore). */
    public void rebuild() throws IOException {
        lock.lock();
        try {
            for (ItemRecord r : records.published()) {
                write(itemPath(r.slug()), itemPage(r).getBytes(StandardCharsets.UTF_8));
                if (r.withdrawn()) {
                    deleteAttachmentsExcept(r.slug(), List.of());
                }
            }
            rebuildIndexes();
        } finally {
            lock.unlock();
        }
    }

    private void ensureOutDir() throws ChannelException {
        if (Files.exists(s.out()) && !Files.isDirectory(s.out())) {
            throw new ChannelException(ChannelErrorKind.CONFIGURATION, "网站输出路径不是目录 / out is not a directory: "
                    + s.out());
        }
        try {
            Files.createDirectories(s.out().resolve("items"));
        } catch (IOException e) {
            throw new ChannelException(ChannelErrorKind.CONFIGURATION, "无法创建网站输出目录 / cannot create out: "
                    + s.out(), null, null, null, e);
        }
        try {
            records.create();
        } catch (IOException e) {
            throw new ChannelException(ChannelErrorKind.CONFIGURATION, "无法创建网站状态目录 / cannot create the state "
                    + "directory: " + s.state(), null, null, null, e);
        }
        if (!legacyChecked) { // an adapter used without start(): move an older version's records before anything
            try {
                if (migrateLegacyState()) {
                    indexDirty = true;
                }
                legacyChecked = true;
            } catch (IOException e) {
                throw new ChannelException(ChannelErrorKind.TRANSIENT, "无法迁移网站状态目录 / cannot move the records "
                        + "out of the web root: " + e.getClass().getSimpleName(), null, null, null, e);
            }
        }
    }

    /**
     * 公开方式 of the catalogue item the publication belongs to (主动公开 / 依申请公开), kept with the record so the page
     * says what the catalogue said when it was published. Without a catalogue entry: 主动公开, because only proactive
     * information ever reaches this channel (a Publication cannot carry 依申请公开 or 不予公开).
     */
    private String method(Map<String, String> placement) {
        String itemId = placement.get(Publication.ITEM_ID);
        // Item ids are unique within one catalogue only: an item of another catalogue is not looked up here.
        if (catalogue != null && itemId != null
                && placement.getOrDefault(Publication.CATALOGUE_ID, catalogue.id()).equals(catalogue.id())) {
            return catalogue.entry(itemId).map(StandardCatalogue.Entry::method).orElse("主动公开");
        }
        return "主动公开";
    }

    private Receipt receipt(ItemRecord r, DeliveryStatus status) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("slug", r.slug());
        d.put("version", Integer.toString(r.version()));
        if (r.tombstone()) {
            d.put("published", "false"); // withdrawn before any publication arrived: no page, no URL
        }
        return new Receipt(r.slug(), r.tombstone() ? null : itemUrl(r.slug()),
                status == DeliveryStatus.WITHDRAWN && r.withdrawnAt() != null ? r.withdrawnAt() : r.deliveredAt(),
                status, d);
    }

    private URI itemUrl(String slug) {
        return SiteFeeds.itemUrl(s, slug);
    }

    private ItemRecord load(String slug) throws IOException {
        return records.load(slug);
    }

    private void save(ItemRecord r) throws IOException {
        records.save(r);
    }

    private Path itemPath(String slug) {
        return s.out().resolve("items").resolve(slug + ".html");
    }

    private List<String> writeAttachments(String slug, List<Attachment> attachments, String column)
            throws IOException {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < attachments.size(); i++) {
            Attachment a = attachments.get(i);
            // The display name is untrusted: the file name on disk is derived, never taken from it.
            String name = (i + 1) + "-" + Slugs.of(a.fileName());
            boolean reportPage = SiteMeta.ANNUAL_REPORTS.equals(column)
                    && a.mediaType().toLowerCase(java.util.Locale.ROOT).startsWith("text/html");
            if (!reportPage && !passiveOnTheSite(name)) {
                // an HTML, SVG or script file from the host — or one a web server might execute (.php, .jsp …) —
                // would run on the site's origin: anything not known to be a plain download is offered as text
                name = name + ".txt";
            }
            // A page on the site carries the 47号 tags like every other (the annual report's official layout, the
            // only HTML attachment served as a page: the gate renders it from the report's data).
            byte[] content = reportPage ? pages().withTags(a.content(), column) : a.content();
            write(s.out().resolve("items").resolve(slug).resolve(name), content);
            names.add(name + "\t" + a.fileName() + "\t" + content.length);
        }
        return names;
    }

    /**
     * Extensions a browser or web server treats as a download or a picture, never as something to run: the
     * documents the gate lets out (PDF, OFD, Word, Excel, WPS, CSV, JPEG, PNG) and plain text and JSON (the annual
     * report's data). An allow-list: an unknown extension is not assumed harmless.
     */
    private static final java.util.Set<String> PASSIVE = java.util.Set.of("pdf", "ofd", "doc", "docx", "xls", "xlsx",
            "wps", "et", "csv", "png", "jpg", "jpeg", "txt", "json");

    /** Whether the file is served as a download or picture by its extension (see {@link #PASSIVE}). */
    static boolean passiveOnTheSite(String name) {
        int dot = name.lastIndexOf('.');
        return dot >= 0 && PASSIVE.contains(name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
    }

    // ------------------------------------------------------------------ rendering

    /** The column's pages over the current standard catalogue (it may change while running). */
    private ColumnPages pages() {
        return new ColumnPages(s, catalogue);
    }

    String itemPage(ItemRecord r) {
        return pages().itemPage(r);
    }

    private void rebuildIndexes() throws IOException {
        indexDirty = false;
        built = true;
        lastIndexBuild = System.nanoTime();
        reloadCatalogue();
        List<ItemRecord> items = records.published();
        for (Map.Entry<String, String> page : pages().indexes(items).entrySet()) {
            write(s.out().resolve(page.getKey()), page.getValue().getBytes(StandardCharsets.UTF_8));
        }
        if (catalogue != null) {
            write(records.catalogueDigest(), (catalogue.digest() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        java.util.Set<String> domains = new java.util.TreeSet<>();
        for (ItemRecord r : items) {
            if (r.column().isEmpty()) {
                domains.add(r.domainCode());
            }
        }
        List<String> fixed = new ArrayList<>(List.of("index.html", "guide.html", ColumnPages.RULES, ColumnPages.STATUTORY,
                ColumnPages.ANNUAL_REPORTS, ColumnPages.APPLY, "catalogue.html", SiteSearch.PAGE));
        if (catalogue != null) {
            fixed.add(STANDARD_CATALOGUE);
        }
        write(s.out().resolve("feed.xml"), SiteFeeds.feed(s, items, clock.instant()).getBytes(StandardCharsets.UTF_8));
        write(s.out().resolve("sitemap.xml"), SiteFeeds.sitemap(s, items, domains, fixed)
                .getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "StaticSiteAdapter[" + s.out() + " -> " + s.baseUrl() + ", state " + s.state() + "]";
    }
}
