package org.zwgk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.zwgk.spi.ErrorCode;
import org.zwgk.spi.ZwgkException;

/** Shared helpers of the table and notice commands: atomic writes and coded messages. */
final class OfficeCli {

    private OfficeCli() {
    }

    /** Writes through a temporary file in the same folder and a move: a failed write leaves the old file intact. */
    static void write(Path file, byte[] content) {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, ".zwgk-", ".tmp");
            Files.write(tmp, content);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new TimeCli.UsageException(CliErrors.CANNOT_WRITE, file);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the move succeeded or the file was never created
                }
            }
        }
    }

    /** Reads an input file, with the CLI's codes for a missing or unreadable one. */
    static byte[] read(Path file) {
        if (!Files.exists(file)) {
            throw new TimeCli.UsageException(CliErrors.PATH_NOT_FOUND, file);
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new TimeCli.UsageException(CliErrors.UNREADABLE, file);
        }
    }

    static String hint(Locale l) {
        return ErrorCode.isEnglish(l) ? "hint: " : "提示：";
    }

    static ZwgkException usage(ErrorCode code, Object... args) {
        return new TimeCli.UsageException(code, args);
    }
}
