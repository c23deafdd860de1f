package org.zwgk.adapter.website.internal;

import static org.zwgk.adapter.website.Html.escape;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

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
            List<String> files = writeAttachments(slug, p.attachments());
            Map<String, String> c = p.catalogue();
            String summary = p.body().strip().replaceAll("\\s+", " ");
            summary = summary.length() > 120 ? summary.substring(0, 120) + "…" : summary;
            ItemRecord r = new ItemRecord(slug, p.itemId(), p.version(), p.idempotencyKey(), p.indexNumber(), p.title(),
                    summary, p.body(), p.attribute().label(), p.publisher(), p.documentNumber(), p.formedOn(),
                    p.publishedAt(), p.validity(), c.getOrDefault(Publication.DOMAIN_CODE, "other"),
                    c.getOrDefault(Publication.DOMAIN_NAME, "其他"), c.getOrDefault(Publication.PATH, ""),
                    c.getOrDefault(Publication.STAGE, ""), String.join("\n", files), clock.instant(), false, "", "",
                    null, method(c), Sequences.next(existing == null ? 0 : existing.sequence(), p.sequence()), false);
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
            // A repeat: the page is there — or it was withdrawn since, and a repeat never brings it back.
            return existing.withdrawn() ? stale(existing, now) : receipt(existing, now);
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

    private List<String> writeAttachments(String slug, List<Attachment> attachments) throws IOException {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < attachments.size(); i++) {
            Attachment a = attachments.get(i);
            // The display name is untrusted: the file name on disk is derived, never taken from it.
            String name = (i + 1) + "-" + Slugs.of(a.fileName());
            write(s.out().resolve("items").resolve(slug).resolve(name), a.content());
            names.add(name + "\t" + a.fileName() + "\t" + a.content().length);
        }
        return names;
    }

    // ------------------------------------------------------------------ rendering

    private String day(java.time.LocalDate d) {
        return d.format(DAY);
    }

    private String minute(Instant t) {
        return t.atZone(s.zone()).format(MINUTE);
    }

    private String page(String title, String rel, String main) {
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + " - " + escape(s.siteTitle()) + "</title>\n"
                + "<link rel=\"stylesheet\" href=\"" + rel + "style.css\">\n"
                + "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"" + escape(s.siteTitle())
                + "\" href=\"" + rel + "feed.xml\">\n</head>\n<body>\n"
                + "<a class=\"skip\" href=\"#main\">跳到主要内容</a>\n"
                + "<header><p class=\"site\"><a href=\"" + rel + "index.html\">" + escape(s.bodyName()) + " "
                + escape(s.siteTitle()) + "</a></p>\n"
                + "<nav aria-label=\"栏目导航\"><ul>"
                + "<li><a href=\"" + rel + "index.html\">首页</a></li>"
                + "<li><a href=\"" + rel + "guide.html\">政府信息公开指南</a></li>"
                + "<li><a href=\"" + rel + "catalogue.html\">政府信息公开目录</a></li>"
                + (catalogue == null ? "" : "<li><a href=\"" + rel + STANDARD_CATALOGUE + "\">政务公开事项标准目录</a></li>")
                + "<li><a href=\"" + rel + "feed.xml\">订阅（Atom）</a></li>"
                + "</ul></nav></header>\n"
                + "<main id=\"main\" tabindex=\"-1\">\n" + main + "</main>\n"
                + "<footer><p>" + escape(s.bodyName()) + " · 依据《中华人民共和国政府信息公开条例》公开</p></footer>\n"
                + "</body>\n</html>\n";
    }

    String itemPage(ItemRecord r) {
        StringBuilder m = new StringBuilder();
        if (r.withdrawn()) {
            m.append("<h1>").append(escape(r.title())).append("（已撤回）</h1>\n");
            m.append("<section class=\"notice\" aria-labelledby=\"wd\"><h2 id=\"wd\">撤回公告</h2>\n<p>本信息已于 ")
                    .append(escape(minute(r.withdrawnAt()))).append(" 撤回。</p>\n<p>撤回原因：")
                    .append(escape(r.withdrawReason())).append("</p>\n</section>\n");
        } else {
            m.append("<h1>").append(escape(r.title())).append("</h1>\n");
        }
        m.append("<table class=\"meta\">\n<caption>信息元数据</caption>\n<tbody>\n");
        row(m, "索引号", r.indexNumber());
        row(m, "名称", r.title());
        row(m, "发布机构", r.publisher());
        row(m, "生成日期", day(r.formedOn()));
        row(m, "发布日期", minute(r.publishedAt()));
        row(m, "文号", r.documentNumber().isEmpty() ? "无" : r.documentNumber());
        row(m, "分类", r.domainName() + (r.path().isEmpty() ? "" : "（" + r.path() + "）"));
        row(m, "有效性", r.withdrawn() ? "已撤回" : r.validity());
        // 公开方式 is the catalogue's (主动/依申请公开); 公开属性 the document's own marking. They differ for 部分公开
        // (Art. 37) — shown then; when both say 主动公开 one row says it (no duplicate field).
        row(m, "公开方式", r.method());
        if (!r.attributeLabel().equals(r.method())) {
            row(m, "公开属性", r.attributeLabel());
        }
        m.append("</tbody>\n</table>\n");
        if (!r.withdrawn()) {
            m.append("<section class=\"body\" aria-labelledby=\"zw\"><h2 id=\"zw\">正文</h2>\n");
            for (String para : r.body().split("\\R")) {
                if (!para.isBlank()) {
                    m.append("<p>").append(escape(para.strip())).append("</p>\n");
                }
            }
            m.append("</section>\n");
            if (!r.attachments().isEmpty()) {
                m.append("<section aria-labelledby=\"fj\"><h2 id=\"fj\">附件</h2>\n<ul>\n");
                for (String line : r.attachments().split("\n")) {
                    String[] f = line.split("\t");
                    m.append("<li><a href=\"").append(escape(r.slug() + "/" + f[0])).append("\">").append(escape(f[1]))
                            .append("</a>（").append(escape(f[2])).append(" 字节）</li>\n");
                }
                m.append("</ul>\n</section>\n");
            }
        }
        return page(r.title(), "../", m.toString());
    }

    private static void row(StringBuilder m, String label, String value) {
        m.append("<tr><th scope=\"row\">").append(label).append("</th><td>").append(escape(value)).append("</td></tr>\n");
    }

    private void rebuildIndexes() throws IOException {
        indexDirty = false;
        built = true;
        lastIndexBuild = System.nanoTime();
        reloadCatalogue();
        List<ItemRecord> items = records.published();
        Map<String, List<ItemRecord>> byDomain = new TreeMap<>();
        Map<String, String> domainNames = new TreeMap<>();
        for (ItemRecord r : items) {
            byDomain.computeIfAbsent(r.domainCode(), k -> new ArrayList<>()).add(r);
            domainNames.putIfAbsent(r.domainCode(), r.domainName());
        }
        // Per-domain indexes following the catalogue: grouped by the item's catalogue path.
        for (Map.Entry<String, List<ItemRecord>> e : byDomain.entrySet()) {
            String name = domainNames.get(e.getKey());
            StringBuilder m = new StringBuilder("<h1>").append(escape(name)).append("</h1>\n");
            Map<String, List<ItemRecord>> byPath = new TreeMap<>();
            for (ItemRecord r : e.getValue()) {
                byPath.computeIfAbsent(r.path().isEmpty() ? name : r.path(), k -> new ArrayList<>()).add(r);
            }
            for (Map.Entry<String, List<ItemRecord>> pe : byPath.entrySet()) {
                m.append("<h2>").append(escape(pe.getKey())).append("</h2>\n");
                itemTable(m, pe.getValue(), "../", false, pe.getKey());
            }
            write(s.out().resolve("domains").resolve(Slugs.of(e.getKey()) + ".html"),
                    page(name, "../", m.toString()).getBytes(StandardCharsets.UTF_8));
        }
        // Home page.
        StringBuilder home = new StringBuilder("<h1>").append(escape(s.siteTitle())).append("</h1>\n");
        home.append("<h2>公开领域</h2>\n<ul class=\"domains\">\n");
        for (Map.Entry<String, List<ItemRecord>> e : byDomain.entrySet()) {
            home.append("<li><a href=\"domains/").append(escape(Slugs.of(e.getKey()))).append(".html\">")
                    .append(escape(domainNames.get(e.getKey()))).append("</a>（").append(e.getValue().size())
                    .append(" 条）</li>\n");
        }
        home.append("</ul>\n");
        if (catalogue != null) {
            home.append("<h2>公开事项</h2>\n<p>本机关公开哪些事项、依据什么、何时由谁通过什么渠道公开，见<a href=\"")
                    .append(STANDARD_CATALOGUE).append("\">").append(escape(catalogue.title())).append("</a>（")
                    .append(catalogue.domains().size()).append(" 个领域，").append(catalogue.size())
                    .append(" 个事项，版本 ").append(escape(catalogue.version())).append("）。</p>\n");
        }
        home.append("<h2>最新公开</h2>\n");
        itemTable(home, items.subList(0, Math.min(20, items.size())), "", false, "最新公开的政府信息");
        write(s.out().resolve("index.html"), page("首页", "", home.toString()).getBytes(StandardCharsets.UTF_8));
        // Catalogue (Art. 12: 索引、名称、内容概述、生成日期).
        StringBuilder cat = new StringBuilder("<h1>政府信息公开目录</h1>\n<p>依据《中华人民共和国政府信息公开条例》第十二条编制，"
                + "列出本栏目已主动公开的每条政府信息的索引、名称、内容概述和生成日期。</p>\n");
        if (catalogue != null) {
            cat.append("<p>应当公开的事项及其公开标准见<a href=\"").append(STANDARD_CATALOGUE)
                    .append("\">政务公开事项标准目录</a>。</p>\n");
        }
        itemTable(cat, items, "", true, "政府信息公开目录");
        write(s.out().resolve("catalogue.html"),
                page("政府信息公开目录", "", cat.toString()).getBytes(StandardCharsets.UTF_8));
        write(s.out().resolve("guide.html"), page("政府信息公开指南", "", guide()).getBytes(StandardCharsets.UTF_8));
        if (catalogue != null) {
            write(s.out().resolve(STANDARD_CATALOGUE), page("政务公开事项标准目录", "",
                    CataloguePage.render(catalogue)).getBytes(StandardCharsets.UTF_8));
            write(records.catalogueDigest(),
                    (catalogue.digest() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        write(s.out().resolve("style.css"), CSS.getBytes(StandardCharsets.UTF_8));
        write(s.out().resolve("feed.xml"), SiteFeeds.feed(s, items, clock.instant()).getBytes(StandardCharsets.UTF_8));
        write(s.out().resolve("sitemap.xml"), SiteFeeds.sitemap(s, items, byDomain.keySet(), catalogue == null
                ? List.of("index.html", "catalogue.html", "guide.html")
                : List.of("index.html", "catalogue.html", STANDARD_CATALOGUE, "guide.html"))
                .getBytes(StandardCharsets.UTF_8));
    }

    private void itemTable(StringBuilder m, List<ItemRecord> items, String rel, boolean summary, String caption) {
        if (items.isEmpty()) {
            m.append("<p>暂无信息。</p>\n");
            return;
        }
        m.append("<table>\n<caption>").append(escape(caption)).append("</caption>\n<thead><tr>"
                + "<th scope=\"col\">索引号</th><th scope=\"col\">名称</th>");
        if (summary) {
            m.append("<th scope=\"col\">内容概述</th>");
        }
        m.append("<th scope=\"col\">生成日期</th><th scope=\"col\">状态</th></tr></thead>\n<tbody>\n");
        for (ItemRecord r : items) {
            m.append("<tr><td>").append(escape(r.indexNumber())).append("</td><td><a href=\"").append(rel)
                    .append("items/").append(escape(r.slug())).append(".html\">").append(escape(r.title()))
                    .append("</a></td>");
            if (summary) {
                m.append("<td>").append(escape(r.withdrawn() ? "（已撤回）" : r.summary())).append("</td>");
            }
            m.append("<td>").append(day(r.formedOn())).append("</td><td>")
                    .append(r.withdrawn() ? "已撤回" : escape(r.validity())).append("</td></tr>\n");
        }
        m.append("</tbody>\n</table>\n");
    }

    private String guide() {
        StringBuilder g = new StringBuilder("<h1>政府信息公开指南</h1>\n");
        g.append("<p>为便于公民、法人和其他组织获取政府信息，依据《中华人民共和国政府信息公开条例》第十二条编制本指南。</p>\n");
        g.append("<h2>一、主动公开</h2>\n<p>主动公开的政府信息按").append("<a href=\"catalogue.html\">政府信息公开目录</a>")
                .append("分类编排，每条信息标注索引号、名称、内容概述和生成日期。信息形成或者变更之日起20个工作日内予以公开（条例第二十六条），"
                        + "法律、法规另有规定的从其规定。可通过本网站、<a href=\"feed.xml\">订阅源</a>、"
                        + "档案馆和公共图书馆的政府信息公开查阅点获取（条例第二十五条）。</p>\n");
        if (catalogue != null) {
            g.append("<p>本机关应当公开的事项及其公开内容、依据、时限、主体、渠道和方式见<a href=\"").append(STANDARD_CATALOGUE)
                    .append("\">政务公开事项标准目录</a>。</p>\n");
        }
        g.append("<h2>二、依申请公开</h2>\n<p>公民、法人或者其他组织可以向下述工作机构申请获取政府信息（条例第二十七条），"
                + "申请应当包括申请人的姓名或者名称、身份证明、联系方式，所需政府信息的名称、文号或者便于查询的其他特征性描述，"
                + "以及获取信息的方式、途径（条例第二十九条）。能够当场答复的当场答复；不能当场答复的，"
                + "自收到申请之日起20个工作日内答复，需要延长的经批准可以延长不超过20个工作日（条例第三十三条）。</p>\n");
        g.append("<h2>三、政府信息公开工作机构</h2>\n<table class=\"meta\">\n<caption>工作机构联系方式</caption>\n<tbody>\n");
        row(g, "机构名称", s.guideOffice());
        row(g, "办公地址", s.guideAddress());
        row(g, "办公时间", s.guideHours());
        row(g, "联系电话", s.guidePhone());
        if (!s.guideFax().isEmpty()) {
            row(g, "传真号码", s.guideFax());
        }
        if (!s.guideEmail().isEmpty()) {
            row(g, "互联网联系方式", s.guideEmail());
        }
        g.append("</tbody>\n</table>\n");
        g.append("<h2>四、监督和救济</h2>\n<p>认为行政机关在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报，"
                + "也可以依法申请行政复议或者提起行政诉讼（条例第五十一条）。</p>\n");
        return g.toString();
    }

    @Override
    public String toString() {
        return "StaticSiteAdapter[" + s.out() + " -> " + s.baseUrl() + ", state " + s.state() + "]";
    }

    // Contrast: body text #1a1a1a and links #0b4f9c on white exceed WCAG AA (4.5:1); focus is always visible.
    private static final String CSS = """
            :root { color: #1a1a1a; background: #ffffff; font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; }
            body { max-width: 60rem; margin: 0 auto; padding: 0 1rem; line-height: 1.7; }
            a { color: #0b4f9c; }
            a:focus, main:focus { outline: 3px solid #b35900; outline-offset: 2px; }
            .skip { position: absolute; left: -999px; top: 0; background: #ffffff; padding: .5rem; }
            .skip:focus { left: 1rem; }
            header { border-bottom: 2px solid #9b1c1c; }
            .site { font-size: 1.25rem; font-weight: bold; }
            .site a { color: #9b1c1c; text-decoration: none; }
            nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 1rem; }
            table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
            caption { text-align: left; font-weight: bold; padding: .25rem 0; }
            th, td { border: 1px solid #6b6b6b; padding: .35rem .5rem; text-align: left; vertical-align: top; }
            th { background: #f0f0f0; }
            .notice { border: 2px solid #9b1c1c; padding: .5rem 1rem; background: #fff5f5; }
            .scroll { overflow-x: auto; }
            .scroll:focus { outline: 3px solid #b35900; outline-offset: 2px; }
            table.catalogue { min-width: 72rem; font-size: .9rem; }
            td ul { margin: 0; padding-left: 1.2rem; }
            ul.elements { list-style: none; padding-left: 0; margin-top: .25rem; }
            footer { border-top: 1px solid #6b6b6b; margin-top: 2rem; font-size: .9rem; }
            """;
}
