package org.zwgk.extract.internal;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.zwgk.spi.text.ExtractionLimits;
import org.zwgk.spi.text.ReadProblem;
import org.zwgk.spi.text.TextExtractionException;

/**
 * Checks an OOXML package (a zip) against the limits before Apache POI unpacks it into memory: number of entries,
 * total unpacked size, and the compression ratio of large entries (a zip bomb unpacks a few kilobytes into
 * gigabytes). Per call, so POI's JVM-wide {@code ZipSecureFile} settings — shared with the host's own use of POI —
 * are left as they are; they stay a second guard.
 */
public final class ZipGuard {

    /** Entries below this size are not ratio-checked (small XML parts compress very well). */
    private static final long RATIO_GRACE = 1 << 20;

    private ZipGuard() {
    }

    public static void check(byte[] zip, ExtractionLimits limits) throws TextExtractionException {
        Counting counting = new Counting(new ByteArrayInputStream(zip));
        byte[] buf = new byte[16 * 1024];
        long total = 0;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(counting)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (++entries > limits.maxEntries()) {
                    throw new TextExtractionException(ReadProblem.TOO_LARGE, "more than " + limits.maxEntries()
                            + " zip entries");
                }
                long compressedStart = counting.count;
                long size = 0;
                int n;
                while ((n = in.read(buf)) > 0) {
                    size += n;
                    total += n;
                    if (total > limits.maxExpandedBytes()) {
                        throw new TextExtractionException(ReadProblem.TOO_LARGE, "unpacks to more than "
                                + limits.maxExpandedBytes() + " bytes");
                    }
                    if (size > RATIO_GRACE
                            && (double) (counting.count - compressedStart) / size < limits.minInflateRatio()) {
                        throw new TextExtractionException(ReadProblem.TOO_LARGE, "zip entry " + e.getName()
                                + " expands more than " + Math.round(1 / limits.minInflateRatio()) + " times");
                    }
                }
            }
        } catch (IOException e) {
            throw new TextExtractionException(ReadProblem.CORRUPT, "not a readable zip package", e);
        }
        if (entries == 0) {
            throw new TextExtractionException(ReadProblem.CORRUPT, "empty zip package");
        }
    }

    /** Counts the compressed bytes the inflater has pulled (within the stream's small read-ahead). */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
