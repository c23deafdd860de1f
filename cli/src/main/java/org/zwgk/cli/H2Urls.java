package org.zwgk.cli;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.zwgk.spi.ZwgkException;

/**
 * The embedded H2 file store as the commands open it: which settings a URL carries, and the one failure that
 * operators meet when two processes open the same file without {@code AUTO_SERVER=TRUE} (H2 error 90020).
 */
final class H2Urls {

    /** H2's "Database may be already in use" (ErrorCode.DATABASE_ALREADY_OPEN_1). */
    static final int DATABASE_ALREADY_OPEN = 90020;

    private H2Urls() {
    }

    /** An embedded H2 file (not a server, SSL or in-memory URL). */
    static boolean isEmbeddedFile(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("jdbc:h2:") && !lower.startsWith("jdbc:h2:tcp:") && !lower.startsWith("jdbc:h2:ssl:")
                && !lower.startsWith("jdbc:h2:mem:");
    }

    /** The {@code ;KEY=VALUE} settings after the database path, keys upper-cased (H2 ignores their case). */
    static Map<String, String> settings(String url) {
        Map<String, String> out = new LinkedHashMap<>();
        String[] parts = url.split(";");
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            if (eq > 0) {
                out.put(parts[i].substring(0, eq).strip().toUpperCase(Locale.ROOT), parts[i].substring(eq + 1).strip());
            }
        }
        return out;
    }

    /** Whether the URL asks for H2's automatic mixed mode, in which several processes share the file. */
    static boolean autoServer(String url) {
        return "TRUE".equalsIgnoreCase(settings(url).get("AUTO_SERVER"));
    }

    /**
     * A clearer error for an H2 file held by another process: ZWGK-9210 with the file and the URL setting that lets
     * processes share it. Empty when {@code e} has another cause.
     */
    static Optional<ZwgkException> explain(ZwgkException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == DATABASE_ALREADY_OPEN) {
                String m = String.valueOf(sql.getMessage());
                int a = m.indexOf('"');
                int b = a < 0 ? -1 : m.indexOf('"', a + 1);
                String file = b > a ? m.substring(a + 1, b) : "";
                return Optional.of(new ZwgkException(StoreAccessErrors.H2_IN_USE, e, file));
            }
        }
        return Optional.empty();
    }
}
