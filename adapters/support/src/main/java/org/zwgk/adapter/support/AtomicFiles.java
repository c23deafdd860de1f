package org.zwgk.adapter.support;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Atomic file replacement: a reader sees the old file or the new one, never half a page.
 *
 * <p>Support for zwgk's own adapters, not part of the SPI contract.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /**
     * Replaces {@code target} with {@code content} (creating parent directories): written to a temporary file in the
     * same directory, forced to disk, then renamed with {@code ATOMIC_MOVE}.
     *
     * @throws IOException also when the file system cannot rename atomically (no silent non-atomic fallback)
     */
    public static void write(Path target, byte[] content) throws IOException {
        write(target, content, true);
    }

    /**
     * @param sync force the content to disk before the rename (crash durability). Without it the replacement is
     *             still atomic for readers, but a power loss may leave an empty file: only for bulk loads and demos.
     */
    public static void write(Path target, byte[] content, boolean sync) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // Same directory, so the rename stays on one file system and can be atomic.
        Path tmp = Files.createTempFile(dir, ".tmp-", ".part");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                if (sync) {
                    ch.force(true);
                }
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("file system does not support atomic rename in " + dir, e);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
