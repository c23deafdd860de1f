package org.zwgk.adapter.archive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.zwgk.adapter.archive.internal.EepWriter;
import org.zwgk.adapter.archive.internal.SafeXml;
import org.zwgk.adapter.support.AtomicFiles;
import org.zwgk.adapter.support.Sequences;
import org.zwgk.adapter.support.Slugs;
import org.zwgk.spi.channel.Attachment;
import org.zwgk.spi.channel.ChannelAdapter;
import org.zwgk.spi.channel.ChannelCapability;
import org.zwgk.spi.channel.ChannelErrorKind;
import org.zwgk.spi.channel.ChannelException;
import org.zwgk.spi.channel.DeliveryJournal;
import org.zwgk.spi.channel.DeliveryStatus;
import org.zwgk.spi.channel.LogAnchor;
import org.zwgk.spi.channel.Publication;
import org.zwgk.spi.channel.Receipt;
import org.zwgk.spi.channel.Withdrawal;

/**
 * Delivers proactive information to the state archives and the public library (Art. 25 ¶3). Each publication
 * becomes one DA/T 48 package in {@code <out>/pending/}; on each hand-over date (default the 5th and 20th, next
 * working day when a rest day) the pending packages are sealed into {@code <out>/batches/<yyyyMMdd>/} together with
 * the hand-over manifest {@value #MANIFEST} and {@value #SUMS} ({@code openssl dgst -sm3} format). A batch is built
 * in a temporary directory and renamed into place atomically; a sealed batch is never overwritten.
 *
 * <p>Receipts: a publication is {@link DeliveryStatus#ACCEPTED} while its package waits in {@code pending/}, with
 * {@link Receipt#refreshAt()} at the start of the next hand-over day; once its batch is sealed it is
 * {@link DeliveryStatus#LIVE} (handed over), with remote id {@code batches/<yyyyMMdd>/<package>} and no URL. The
 * adapter declares {@link ChannelCapability#REFRESH} and {@link ChannelCapability#ARCHIVAL_HANDOVER}: the dispatcher
 * asks {@link #refresh} on the hand-over day, which seals the batch if nobody has yet, and core then records the
 * item as archived.
 *
 * <p>Withdrawal: an archive keeps records, so a withdrawal adds a package holding the notice of withdrawal, related
 * to the original (关系类型 撤回). Withdrawing an item never archived is a {@link ChannelErrorKind#PERMANENT} error —
 * unless the withdrawal carries a sequence (SPI 1.2): then it overtook its publication, and is remembered so that
 * the late publication is dropped.
 *
 * <p>Ordering (SPI 1.2): {@code <out>/state/<slug>.properties} keeps the highest sequence applied per item; a
 * publication or withdrawal with a lower one writes nothing and is answered with the item's current receipt marked
 * {@code stale=true} — no package of an older version after a newer one, none after the withdrawal.
 */
public final class ArchiveAdapter implements ChannelAdapter {

    /** File name of the hand-over manifest in every batch. */
    public static final String MANIFEST = "移交清单.xml";
    /** File name of the checksum list in every batch, in {@code openssl dgst -sm3} output format. */
    public static final String SUMS = "SM3SUMS";
    /** Namespace of the hand-over manifest (a zwgk format; no national standard fixes one). */
    public static final String MANIFEST_NS = "https://zwgk.org/ns/handover";

    private static final DateTimeFormatter BATCH = DateTimeFormatter.BASIC_ISO_DATE;

    private final Path out;
    private final HandoverSchedule schedule;
    private final String calendarSource;
    private final String fondsUnit;
    private final String archiveName;
    private final List<String> receivers;
    private final String retention;
    private final String securityClass;
    private final ZoneId zone;
    private final Clock clock;
    private final boolean sync;
    private final ReentrantLock lock = new ReentrantLock();
    private boolean recovered; // guarded by lock

    private ArchiveAdapter(Builder b) {
        this.out = Objects.requireNonNull(b.out, "out");
        this.schedule = new HandoverSchedule(b.days, Objects.requireNonNull(b.workingDay,
                "a working-day calendar is required (ArchiveAdapter.builder().workingDays(...))"));
        this.calendarSource = b.calendarSource;
        this.fondsUnit = b.fondsUnit;
        this.archiveName = b.archiveName;
        this.receivers = List.copyOf(b.receivers);
        this.retention = b.retention;
        this.securityClass = b.securityClass;
        this.zone = b.zone;
        this.clock = Objects.requireNonNull(b.clock, "clock");
        this.sync = b.sync;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@link #out(Path)}, {@link #workingDays(Predicate, String)} and {@link #clock(Clock)} are required. */
    public static final class Builder {
        private Path out;
        private List<Integer> days = List.of(5, 20);
        private Predicate<LocalDate> workingDay;
        private String calendarSource = "";
        private String fondsUnit = "";
        private String archiveName = "";
        private List<String> receivers = List.of("档案馆", "公共图书馆");
        private String retention = "永久";
        private String securityClass = "公开";
        private ZoneId zone = ZoneId.of("Asia/Shanghai");
        private Clock clock;
        private boolean sync = true;

        public Builder out(Path out) {
            this.out = out;
            return this;
        }

        /** Nominal hand-over days of the month (1–28); default 5 and 20 (seed 000). */
        public Builder handoverDays(List<Integer> days) {
            this.days = List.copyOf(days);
            return this;
        }

        /** The working-day test and a description of its source (recorded in every manifest). */
        public Builder workingDays(Predicate<LocalDate> workingDay, String source) {
            this.workingDay = workingDay;
            this.calendarSource = source;
            return this;
        }

        /** 立档单位名称; default: the publisher of each item. */
        public Builder fondsUnit(String v) {
            this.fondsUnit = v;
            return this;
        }

        /** 档案馆名称 (optional). */
        public Builder archiveName(String v) {
            this.archiveName = v;
            return this;
        }

        /** 接收单位, default 档案馆 and 公共图书馆 (Art. 25). */
        public Builder receivers(List<String> v) {
            this.receivers = List.copyOf(v);
            return this;
        }

        /** 保管期限, default 永久. */
        public Builder retention(String v) {
            this.retention = v;
            return this;
        }

        /** 密级 written in the metadata, default 公开 (only proactive information reaches this channel). */
        public Builder securityClass(String v) {
            this.securityClass = v;
            return this;
        }

        public Builder zone(ZoneId v) {
            this.zone = v;
            return this;
        }

        /**
         * Force pending packages to disk before their atomic rename (default true). Off only for bulk loads and
         * demos: a power loss may then lose pending packages (sealed batches are unaffected: they are re-read and
         * their SM3 checked when sealing).
         */
        public Builder sync(boolean v) {
            this.sync = v;
            return this;
        }

        public Builder clock(Clock v) {
            this.clock = v;
            return this;
        }

        public ArchiveAdapter build() {
            return new ArchiveAdapter(this);
        }
    }

    @Override
    public String channelId() {
        return "archive";
    }

    public HandoverSchedule schedule() {
        return schedule;
    }

    /** Accepted packages are handed over later ({@link #refresh}); a hand-over is the item's archiving. */
    @Override
    public Set<ChannelCapability> capabilities() {
        return Set.of(ChannelCapability.REFRESH, ChannelCapability.ARCHIVAL_HANDOVER);
    }

    /**
     * Where the accepted publication's package is now: sealed in a batch ({@link DeliveryStatus#LIVE}, remote id
     * {@code batches/<yyyyMMdd>/<package>}) or still pending ({@code ACCEPTED}, to be asked again on the next
     * hand-over day). Seals the batch due today first, so the hand-over happens even on a day without deliveries.
     * A package that is in neither place (deleted by hand) is {@link ChannelErrorKind#PERMANENT}: an operator's retry
     * of the entry writes it again.
     */
    @Override
    public Optional<Receipt> refresh(String idempotencyKey, Receipt accepted, DeliveryJournal journal)
            throws ChannelException {
        String recorded = journal.load(idempotencyKey).getOrDefault("archive.package", accepted.remoteId());
        String name = recorded.substring(recorded.lastIndexOf('/') + 1);
        if (!name.endsWith(".eep.xml") || name.contains("\\") || name.startsWith(".")) {
            throw new ChannelException(ChannelErrorKind.PERMANENT, "不是移交封装包 / not a hand-over package: " + recorded);
        }
        lock.lock();
        try {
            prepare();
            Optional<Receipt> found = existing(name, DeliveryStatus.ACCEPTED);
            if (found.isEmpty()) {
                throw new ChannelException(ChannelErrorKind.PERMANENT, "封装包既不在待移交目录也不在已封存批次中 / package "
                        + "neither pending nor in a sealed batch: " + name);
            }
            Receipt r = found.get();
            if (r.status() == DeliveryStatus.LIVE) {
                journal.record(idempotencyKey, "archive.batch", r.details().get("batch"));
            }
            return found;
        } catch (IOException e) {
            throw new ChannelException(ChannelErrorKind.TRANSIENT, "读取移交目录失败 / cannot read the hand-over directory: "
                    + e.getClass().getSimpleName(), null, null, null, e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Receipt publish(Publication p, DeliveryJournal journal) throws ChannelException {
        if (p.title().isBlank()) {
            throw new ChannelException(ChannelErrorKind.REJECTED_CONTENT, "题名为空 / empty title: " + p.indexNumber());
        }
        String slug = Slugs.of(p.indexNumber());
        String name = slug + "-v" + p.version() + ".eep.xml";
        lock.lock();
        try {
            prepare();
            ItemState state = ItemState.load(statePath(slug));
            if (Sequences.isStale(state.sequence(), p.sequence())) {
                return stale(slug, state);
            }
            Optional<Receipt> existing = existing(name, DeliveryStatus.ACCEPTED);
            if (existing.isPresent()) {
                saveState(slug, state.applied(p.sequence(), false));
                return existing.get();
            }
            List<EepWriter.Doc> docs = new ArrayList<>();
            docs.add(new EepWriter.Doc("D1", true, p.title(), "正文.txt", "text/plain; charset=UTF-8",
                    p.body().getBytes(StandardCharsets.UTF_8)));
            int i = 2;
            for (Attachment a : p.attachments()) {
                docs.add(new EepWriter.Doc("D" + i, false, a.fileName(), (i - 1) + "-" + Slugs.of(a.fileName()),
                        a.mediaType(), a.content()));
                i++;
            }
            String summary = p.body().strip().replaceAll("\\s+", " ");
            EepWriter.Result r = EepWriter.write(new EepWriter.Package(p.indexNumber() + "-v" + p.version(),
                    p.indexNumber(), p.attribute().label(), p.title(), p.publisher(), p.documentNumber(),
                    p.formedOn().toString(), Integer.toString(p.formedOn().getYear()),
                    summary.length() > 200 ? summary.substring(0, 200) + "…" : summary, retention, securityClass,
                    fondsUnit.isEmpty() ? p.publisher() : fondsUnit, archiveName, "发布", p.publishedAt(),
                    "《中华人民共和国政府信息公开条例》第二十五条", "", docs, clock.instant(), zone));
            Receipt written = writePending(name, p.indexNumber(), p.title(), "发布", r, journal, p.idempotencyKey(),
                    DeliveryStatus.ACCEPTED, p.itemId(), p.logAnchor());
            saveState(slug, state.applied(p.sequence(), false));
            return written;
        } catch (IOException e) {
            throw new ChannelException(ChannelErrorKind.TRANSIENT, "写入移交目录失败 / cannot write the hand-over directory: "
                    + e.getClass().getSimpleName(), null, null, null, e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Receipt withdraw(Withdrawal w, DeliveryJournal journal) throws ChannelException {
        String slug = Slugs.of(w.indexNumber());
        String name = slug + "-withdrawal.eep.xml";
        lock.lock();
        try {
            prepare();
            ItemState state = ItemState.load(statePath(slug));
            if (Sequences.isStale(state.sequence(), w.sequence())) {
                return stale(slug, state); // a newer publication was archived after this withdrawal was queued
            }
            Optional<Receipt> existing = existing(name, DeliveryStatus.WITHDRAWN);
            if (existing.isPresent()) {
                saveState(slug, state.applied(w.sequence(), true));
                return existing.get();
            }
            Optional<String> original = latestPackage(slug);
            if (original.isEmpty()) {
                if (w.sequence() == 0) {
                    throw new ChannelException(ChannelErrorKind.PERMANENT, "该事项未曾移交，无法撤回 / item was never "
                            + "archived: " + w.indexNumber());
                }
                // The withdrawal overtook its publication: nothing to relate a notice to; remember it instead.
                saveState(slug, state.applied(w.sequence(), true));
                journal.record(w.idempotencyKey(), "archive.package", "");
                return new Receipt("", null, clock.instant(), DeliveryStatus.WITHDRAWN, Map.of("published", "false"));
            }
            String notice = "关于撤回《" + w.title() + "》的说明\n索引号：" + w.indexNumber() + "\n撤回原因：" + w.reason()
                    + "\n撤回时间：" + w.withdrawnAt().atZone(zone).toLocalDateTime();
            String origNumber = original.get().replaceFirst("\\.eep\\.xml$", "");
            String publisher = publisherOf(findPackage(original.get()));
            EepWriter.Result r = EepWriter.write(new EepWriter.Package(w.indexNumber() + "-withdrawal",
                    w.indexNumber(), "主动公开", "关于撤回《" + w.title() + "》的说明", publisher, "",
                    w.withdrawnAt().atZone(zone).toLocalDate().toString(),
                    Integer.toString(w.withdrawnAt().atZone(zone).getYear()), w.reason(), retention, securityClass,
                    fondsUnit.isEmpty() ? publisher : fondsUnit, archiveName, "撤回", w.withdrawnAt(), "《中华人民共和国政府信息公开条例》第二十五条",
                    w.indexNumber() + "-v" + origNumber.substring(origNumber.lastIndexOf("-v") + 2),
                    List.of(new EepWriter.Doc("D1", true, "撤回说明", "撤回说明.txt", "text/plain; charset=UTF-8",
                            notice.getBytes(StandardCharsets.UTF_8))), clock.instant(), zone));
            Receipt written = writePending(name, w.indexNumber(), w.title(), "撤回", r, journal, w.idempotencyKey(),
                    DeliveryStatus.WITHDRAWN, w.itemId(), null);
            saveState(slug, state.applied(w.sequence(), true));
            return written;
        } catch (IOException e) {
            throw new ChannelException(ChannelErrorKind.TRANSIENT, "写入移交目录失败 / cannot write the hand-over directory: "
                    + e.getClass().getSimpleName(), null, null, null, e);
        } finally {
            lock.unlock();
        }
    }

    /** The item's current receipt (its withdrawal, or its newest package), marked stale. */
    private Receipt stale(String slug, ItemState state) throws IOException {
        Optional<Receipt> current = state.withdrawn()
                ? existing(slug + "-withdrawal.eep.xml", DeliveryStatus.WITHDRAWN)
                : Optional.empty();
        if (current.isEmpty() && !state.withdrawn()) {
            Optional<String> latest = latestPackage(slug);
            if (latest.isPresent()) {
                current = existing(latest.get(), DeliveryStatus.ACCEPTED);
            }
        }
        Receipt r = current.orElseGet(() -> new Receipt("", null, clock.instant(), DeliveryStatus.WITHDRAWN,
                Map.of("published", "false")));
        return new Receipt(r.remoteId(), r.publicUrl(), r.at(), r.status(),
                Sequences.staleDetails(r.details(), state.sequence()), r.refreshAt());
    }

    private Path statePath(String slug) {
        return out.resolve("state").resolve(slug + ".properties");
    }

    private void saveState(String slug, ItemState s) throws IOException {
        AtomicFiles.write(statePath(slug), s.toProperties().getBytes(StandardCharsets.UTF_8), sync);
    }

    /** Per item: the highest SPI 1.2 sequence applied and whether the last applied message was the withdrawal. */
    private record ItemState(long sequence, boolean withdrawn) {

        static ItemState load(Path f) throws IOException {
            if (!Files.exists(f)) {
                return new ItemState(0, false);
            }
            Map<String, String> m = readMeta(f);
            return new ItemState(Sequences.parse(m.get("sequence")), Boolean.parseBoolean(m.get("withdrawn")));
        }

        /** After applying a message with {@code seq}: the sequence never goes down; 0 changes only the flag. */
        ItemState applied(long seq, boolean withdrawal) {
            return new ItemState(Sequences.next(sequence, seq), withdrawal);
        }

        String toProperties() {
            return "sequence=" + sequence + "\nwithdrawn=" + withdrawn + "\n";
        }
    }

    private Path findPackage(String name) throws IOException {
        Path pending = out.resolve("pending").resolve(name);
        if (Files.exists(pending)) {
            return pending;
        }
        for (Path b : batches()) {
            if (Files.exists(b.resolve(name))) {
                return b.resolve(name);
            }
        }
        throw new IOException("package vanished: " + name);
    }

    /** 封装包创建单位 of an existing package, read back XXE-safely. */
    private static String publisherOf(Path pkg) throws IOException {
        NodeList l = SafeXml.parse(Files.readAllBytes(pkg)).getElementsByTagNameNS(EepWriter.NS, "封装包创建单位");
        return l.getLength() == 0 ? "" : l.item(0).getTextContent().trim();
    }

    private Receipt writePending(String name, String indexNumber, String title, String action, EepWriter.Result r,
                                 DeliveryJournal journal, String key, DeliveryStatus status, String itemId,
                                 LogAnchor anchor) throws IOException {
        Path file = out.resolve("pending").resolve(name);
        AtomicFiles.write(file, r.xml(), sync);
        // Sidecar with what the manifest needs, so sealing never re-parses a package.
        String meta = "index=" + escapeProp(indexNumber) + "\ntitle=" + escapeProp(title) + "\naction=" + action
                + "\ncreated=" + LocalDate.now(clock.withZone(zone)) + "\nsm3=" + Sm3.hex(r.xml()) + "\nembedded="
                + String.join(",", r.embeddedSm3()) + "\nitem=" + escapeProp(itemId)
                + (anchor == null ? "" : "\nlogPosition=" + anchor.position() + "\nlogHash=" + anchor.hash()) + "\n";
        AtomicFiles.write(out.resolve("pending").resolve(name + ".meta"), meta.getBytes(StandardCharsets.UTF_8), sync);
        journal.record(key, "archive.package", name);
        journal.record(key, "archive.sm3", Sm3.hex(r.xml()));
        return receipt(name, "pending", Sm3.hex(r.xml()), status);
    }

    private static String escapeProp(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    /**
     * A publication in a sealed batch is LIVE (handed over) under its path in the hand-over directory; one still
     * pending is ACCEPTED, to be asked again at the start of the next hand-over day. Withdrawal receipts keep their
     * status and the package name.
     */
    private Receipt receipt(String name, String where, String sm3, DeliveryStatus status) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("package", name);
        d.put("location", where);
        d.put("sm3", sm3);
        LocalDate next = schedule.next(LocalDate.now(clock.withZone(zone)));
        if (status == DeliveryStatus.ACCEPTED && where.startsWith("batches/")) {
            String batch = where.substring("batches/".length());
            d.put("batch", batch);
            d.put("manifest", where + "/" + MANIFEST);
            return new Receipt(where + "/" + name, null, clock.instant(), DeliveryStatus.LIVE, d);
        }
        d.put("nextHandover", next.toString());
        return new Receipt(name, null, clock.instant(), status, d,
                status == DeliveryStatus.ACCEPTED ? next.atStartOfDay(zone).toInstant() : null);
    }

    /** A package already written under this name, pending or sealed. */
    private Optional<Receipt> existing(String name, DeliveryStatus status) throws IOException {
        Path pending = out.resolve("pending").resolve(name);
        if (Files.exists(pending)) {
            return Optional.of(receipt(name, "pending", Sm3.hex(pending), status));
        }
        for (Path batch : batches()) {
            Path f = batch.resolve(name);
            if (Files.exists(f)) {
                return Optional.of(receipt(name, "batches/" + batch.getFileName(), Sm3.hex(f), status));
            }
        }
        return Optional.empty();
    }

    private Optional<String> latestPackage(String slug) throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> dirs = new ArrayList<>(batches());
        dirs.add(out.resolve("pending"));
        for (Path d : dirs) {
            try (Stream<Path> files = Files.list(d)) {
                files.map(f -> f.getFileName().toString())
                        .filter(n -> n.startsWith(slug + "-v") && n.endsWith(".eep.xml")).forEach(found::add);
            }
        }
        return found.stream().max(java.util.Comparator.comparingInt(
                n -> Integer.parseInt(n.substring(slug.length() + 2, n.length() - ".eep.xml".length()))));
    }

    private List<Path> batches() throws IOException {
        Path dir = out.resolve("batches");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith(".")).sorted()
                    .toList();
        }
    }

    private void prepare() throws ChannelException, IOException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new ChannelException(ChannelErrorKind.CONFIGURATION, "移交目录不是目录 / out is not a directory: " + out);
        }
        try {
            Files.createDirectories(out.resolve("pending"));
            Files.createDirectories(out.resolve("batches"));
        } catch (IOException e) {
            throw new ChannelException(ChannelErrorKind.CONFIGURATION, "无法创建移交目录 / cannot create out: " + out,
                    null, null, null, e);
        }
        sealIfDue();
    }

    /**
     * Seals the pending packages into the batch of the latest hand-over date on or before today, unless that batch
     * exists already or nothing is pending. Called before every delivery; hosts may also call it from a daily timer.
     *
     * @return the sealed batch directory, if one was sealed now
     */
    public Optional<Path> sealDue() throws IOException {
        lock.lock();
        try {
            Files.createDirectories(out.resolve("pending"));
            Files.createDirectories(out.resolve("batches"));
            return sealIfDue();
        } finally {
            lock.unlock();
        }
    }

    private Optional<Path> sealIfDue() throws IOException {
        // Clean-up after a crash between sealing and removing the pending copies: once per process (and again
        // after any failed seal) — not on every delivery, where it costs pending × batches file checks.
        if (!recovered) {
            recoverAfterCrash();
            recovered = true;
        }
        try {
            return seal();
        } catch (IOException | RuntimeException e) {
            recovered = false;
            throw e;
        }
    }

    private Optional<Path> seal() throws IOException {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Optional<LocalDate> due = schedule.latestOnOrBefore(today);
        if (due.isEmpty()) {
            return Optional.empty();
        }
        Path target = out.resolve("batches").resolve(BATCH.format(due.get()));
        if (Files.exists(target)) {
            return Optional.empty();
        }
        List<Path> pending;
        try (Stream<Path> s = Files.list(out.resolve("pending"))) {
            pending = new ArrayList<>();
            for (Path f : s.filter(f -> f.getFileName().toString().endsWith(".eep.xml")).sorted().toList()) {
                // A package written after the hand-over date waits for the next one.
                String created = readMeta(out.resolve("pending").resolve(f.getFileName() + ".meta")).get("created");
                if (created != null && !LocalDate.parse(created).isAfter(due.get())) {
                    pending.add(f);
                }
            }
        }
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        Path tmp = Files.createTempDirectory(out.resolve("batches"), ".tmp-");
        try {
            List<String[]> rows = new ArrayList<>();
            StringBuilder sums = new StringBuilder();
            for (Path f : pending) {
                String name = f.getFileName().toString();
                Files.copy(f, tmp.resolve(name));
                Map<String, String> meta = readMeta(out.resolve("pending").resolve(name + ".meta"));
                String sm3 = Sm3.hex(tmp.resolve(name));
                if (!sm3.equals(meta.get("sm3"))) {
                    throw new IOException("pending package changed since it was written: " + name);
                }
                rows.add(new String[] {name, meta.get("index"), meta.get("title"), meta.get("action"),
                    Long.toString(Files.size(f)), sm3, meta.getOrDefault("embedded", ""), meta.getOrDefault("item", ""),
                    meta.getOrDefault("logPosition", ""), meta.getOrDefault("logHash", "")});
                sums.append("SM3(").append(name).append(")= ").append(sm3).append('\n');
            }
            byte[] manifest = manifest(BATCH.format(due.get()), due.get(), today, rows);
            Files.write(tmp.resolve(MANIFEST), manifest);
            sums.append("SM3(").append(MANIFEST).append(")= ").append(Sm3.hex(manifest)).append('\n');
            Files.writeString(tmp.resolve(SUMS), sums.toString(), StandardCharsets.UTF_8);
            try {
                // rename(2) of a directory is atomic and fails on an existing non-empty target: never overwrites.
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
                throw new IOException("batch already sealed: " + target.getFileName(), e);
            }
        } finally {
            if (Files.exists(tmp)) {
                deleteTree(tmp);
            }
        }
        recoverAfterCrash();
        return Optional.of(target);
    }

    /** Removes pending packages that a sealed batch already holds (a crash between rename and clean-up). */
    private void recoverAfterCrash() throws IOException {
        List<Path> sealed = batches();
        try (Stream<Path> s = Files.list(out.resolve("pending"))) {
            for (Path f : s.filter(f -> f.getFileName().toString().endsWith(".eep.xml")).toList()) {
                String name = f.getFileName().toString();
                for (Path b : sealed) {
                    if (Files.exists(b.resolve(name)) && Sm3.hex(b.resolve(name)).equals(Sm3.hex(f))) {
                        Files.delete(f);
                        Files.deleteIfExists(out.resolve("pending").resolve(name + ".meta"));
                        break;
                    }
                }
            }
        }
    }

    private static Map<String, String> readMeta(Path f) throws IOException {
        java.util.Properties p = new java.util.Properties();
        try (var r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, String> m = new LinkedHashMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
        return m;
    }

    private byte[] manifest(String batchId, LocalDate due, LocalDate today, List<String[]> rows) throws IOException {
        try {
            java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(buf, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.setDefaultNamespace(MANIFEST_NS);
            w.writeStartElement(MANIFEST_NS, "移交清单");
            w.writeDefaultNamespace(MANIFEST_NS);
            w.writeAttribute("版本", "1");
            el(w, "批次号", batchId);
            el(w, "应移交日期", due.toString());
            el(w, "封存日期", today.toString());
            el(w, "移交依据", "《中华人民共和国政府信息公开条例》第二十五条");
            el(w, "移交日程", "每月" + schedule.days().stream().map(d -> d + "日").reduce((a, b) -> a + "、" + b)
                    .orElse("") + "，遇休息日顺延至下一个工作日");
            el(w, "工作日历", calendarSource);
            if (!fondsUnit.isEmpty()) {
                el(w, "移交单位", fondsUnit);
            }
            for (String r : receivers) {
                el(w, "接收单位", r);
            }
            el(w, "文件数", Integer.toString(rows.size()));
            int n = 1;
            for (String[] r : rows) {
                w.writeStartElement(MANIFEST_NS, "封装包");
                w.writeAttribute("序号", Integer.toString(n++));
                el(w, "文件名", r[0]);
                el(w, "索引号", r[1]);
                el(w, "题名", r[2]);
                el(w, "业务行为", r[3]);
                el(w, "大小", r[4]);
                w.writeStartElement(MANIFEST_NS, "固化值");
                w.writeAttribute("算法", Sm3.ALGORITHM);
                w.writeCharacters(r[5]);
                w.writeEndElement();
                if (!r[6].isEmpty()) {
                    for (String e : r[6].split(",")) {
                        w.writeStartElement(MANIFEST_NS, "内含文件固化值");
                        w.writeAttribute("算法", Sm3.ALGORITHM);
                        w.writeCharacters(e);
                        w.writeEndElement();
                    }
                }
                if (!r[8].isEmpty()) {
                    // The anchor of zwgk's event log: the item's chain as it was when this version was queued, kept
                    // outside zwgk's database (zwgk log verify --archive checks the chain against it).
                    w.writeStartElement(MANIFEST_NS, "日志锚点");
                    w.writeAttribute("信息", r[7]);
                    w.writeAttribute("位置", r[8]);
                    w.writeCharacters(r[9]);
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
            buf.write('\n');
            return buf.toByteArray();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the manifest", e);
        }
    }

    private static void el(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(MANIFEST_NS, name);
        w.writeCharacters(text == null ? "" : text);
        w.writeEndElement();
    }

    /**
     * Checks a sealed batch as a receiving archive would: parses the manifest (XXE-safe), and recomputes the SM3 of
     * every listed package. Returns one line per problem; empty means intact.
     */
    public static List<String> verifyBatch(Path batch) throws IOException {
        List<String> problems = new ArrayList<>();
        org.w3c.dom.Document doc = SafeXml.parse(Files.readAllBytes(batch.resolve(MANIFEST)));
        NodeList pkgs = doc.getElementsByTagNameNS(MANIFEST_NS, "封装包");
        for (int i = 0; i < pkgs.getLength(); i++) {
            Element e = (Element) pkgs.item(i);
            String name = text(e, "文件名");
            String expected = text(e, "固化值");
            Path f = batch.resolve(name).normalize();
            if (!f.getParent().equals(batch.normalize()) || name.contains("/") || name.contains("\\")) {
                problems.add("清单中的文件名越出批次目录 / file name escapes the batch: " + name);
                continue;
            }
            if (!Files.exists(f)) {
                problems.add("缺少文件 / missing: " + name);
            } else if (!Sm3.hex(f).equals(expected)) {
                problems.add("SM3 不符 / SM3 mismatch: " + name);
            }
        }
        String count = doc.getElementsByTagNameNS(MANIFEST_NS, "文件数").item(0).getTextContent();
        if (Integer.parseInt(count.trim()) != pkgs.getLength()) {
            problems.add("文件数与清单条目不符 / count does not match entries");
        }
        return problems;
    }

    /** The anchor of an item's event log recorded in a sealed batch's manifest. */
    public record Anchor(String itemId, int position, String hash, String source) {
    }

    /**
     * Every event-log anchor recorded in the sealed batches under {@code archiveOut} (the channel's {@code out}),
     * each with its source ({@code batches/<yyyyMMdd>/移交清单.xml 封装包 n}). Parsed XXE-safely; a manifest that
     * cannot be read is an {@link IOException} naming it.
     */
    public static List<Anchor> anchors(Path archiveOut) throws IOException {
        List<Anchor> out = new ArrayList<>();
        Path batches = archiveOut.resolve("batches");
        if (!Files.isDirectory(batches)) {
            return out;
        }
        List<Path> dirs;
        try (Stream<Path> s = Files.list(batches)) {
            dirs = s.filter(Files::isDirectory).filter(d -> !d.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
        for (Path b : dirs) {
            Path manifest = b.resolve(MANIFEST);
            if (!Files.exists(manifest)) {
                continue;
            }
            String where = "batches/" + b.getFileName() + "/" + MANIFEST;
            NodeList pkgs;
            try {
                pkgs = SafeXml.parse(Files.readAllBytes(manifest)).getElementsByTagNameNS(MANIFEST_NS, "封装包");
            } catch (IOException e) {
                throw new IOException(where + ": " + e.getMessage(), e);
            }
            for (int i = 0; i < pkgs.getLength(); i++) {
                NodeList a = ((Element) pkgs.item(i)).getElementsByTagNameNS(MANIFEST_NS, "日志锚点");
                if (a.getLength() > 0) {
                    Element e = (Element) a.item(0);
                    out.add(new Anchor(e.getAttribute("信息"), Integer.parseInt(e.getAttribute("位置")),
                            e.getTextContent().trim(), where + " 封装包 " + (i + 1)));
                }
            }
        }
        return out;
    }

    private static String text(Element e, String name) {
        NodeList l = e.getElementsByTagNameNS(MANIFEST_NS, name);
        return l.getLength() == 0 ? "" : l.item(0).getTextContent().trim();
    }

    private static void deleteTree(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    @Override
    public String toString() {
        return "ArchiveAdapter[" + out + ", days " + schedule.days() + "]";
    }

    /** For tests and operators: the time used by this adapter. */
    Instant now() {
        return clock.instant();
    }
}
