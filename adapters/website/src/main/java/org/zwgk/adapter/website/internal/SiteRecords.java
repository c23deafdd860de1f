package org.zwgk.adapter.website.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.zwgk.adapter.support.AtomicFiles;

/**
 * The static site's state directory, outside the web root: one {@link ItemRecord} per item under {@code items/}, and
 * the digest of the standard catalogue on the site. Not thread-safe: the adapter calls it under its lock.
 */
final class SiteRecords {

    /** File name of the SHA-256 of the standard catalogue on the site. */
    static final String CATALOGUE_DIGEST = "standard-catalogue.sha256";

    private final Path dir;
    private final boolean sync;
    /** Records already parsed, by file. */
    private final Map<Path, Parsed> parsed = new HashMap<>();

    SiteRecords(Path dir, boolean sync) {
        this.dir = dir;
        this.sync = sync;
    }

    Path dir() {
        return dir;
    }

    Path catalogueDigest() {
        return dir.resolve(CATALOGUE_DIGEST);
    }

    void create() throws IOException {
        Files.createDirectories(dir.resolve("items"));
    }

    ItemRecord load(String slug) throws IOException {
        Path f = file(slug);
        return Files.exists(f) ? ItemRecord.fromProperties(Files.readString(f, StandardCharsets.UTF_8)) : null;
    }

    void save(ItemRecord r) throws IOException {
        Path f = file(r.slug());
        AtomicFiles.write(f, r.toProperties().getBytes(StandardCharsets.UTF_8), sync);
        parsed.put(f, new Parsed(Files.readAttributes(f, BasicFileAttributes.class), r));
    }

    /** Every record of a published item (tombstones are on no page), newest first. */
    List<ItemRecord> published() throws IOException {
        return all().stream().filter(r -> !r.tombstone()).toList();
    }

    /**
     * Every stored record, newest first. The records on disk stay the source of truth (another process or a
     * restore may change them); a record is parsed again only when its file's modification time or size changed,
     * so an index rebuild costs a directory listing, not a re-read of thousands of files.
     */
    List<ItemRecord> all() throws IOException {
        Path items = dir.resolve("items");
        if (!Files.isDirectory(items)) {
            parsed.clear();
            return List.of();
        }
        List<ItemRecord> out = new ArrayList<>();
        Map<Path, Parsed> seen = new HashMap<>();
        try (Stream<Path> files = Files.list(items)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".properties")).toList()) {
                BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                Parsed p = parsed.get(f);
                if (p == null || !p.sameFile(a)) {
                    p = new Parsed(a, ItemRecord.fromProperties(Files.readString(f, StandardCharsets.UTF_8)));
                }
                seen.put(f, p);
                out.add(p.record());
            }
        }
        parsed.keySet().retainAll(seen.keySet());
        parsed.putAll(seen);
        out.sort(Comparator.comparing(ItemRecord::publishedAt).reversed().thenComparing(ItemRecord::slug));
        return out;
    }

    /**
     * Moves the records an older version kept in {@code legacy} (under the web root) here, then deletes
     * {@code legacy}. A record already here is newer and wins.
     *
     * @return whether there was anything to move
     */
    boolean adoptLegacy(Path legacy) throws IOException {
        if (!Files.isDirectory(legacy, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        create();
        Path legacyItems = legacy.resolve("items");
        if (Files.isDirectory(legacyItems)) {
            try (Stream<Path> files = Files.list(legacyItems)) {
                for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".properties")).toList()) {
                    moveIfAbsent(f, dir.resolve("items").resolve(f.getFileName().toString()));
                }
            }
        }
        Path digest = legacy.resolve(CATALOGUE_DIGEST);
        if (Files.exists(digest)) {
            moveIfAbsent(digest, catalogueDigest());
        }
        deleteTree(legacy);
        return true;
    }

    private Path file(String slug) {
        return dir.resolve("items").resolve(slug + ".properties");
    }

    /** Moves {@code from} to {@code to} unless {@code to} exists (then the older copy is dropped). */
    private void moveIfAbsent(Path from, Path to) throws IOException {
        if (!Files.exists(to)) {
            // Written anew rather than renamed: the state directory may be on another file system.
            AtomicFiles.write(to, Files.readAllBytes(from), sync);
        }
        Files.delete(from);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path f : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    /** A parsed record and the file attributes it was read with. */
    private record Parsed(BasicFileAttributes attributes, ItemRecord record) {
        boolean sameFile(BasicFileAttributes now) {
            return now.lastModifiedTime().equals(attributes.lastModifiedTime()) && now.size() == attributes.size()
                    && Objects.equals(now.fileKey(), attributes.fileKey());
        }
    }
}
