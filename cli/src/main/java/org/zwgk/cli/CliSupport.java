package org.zwgk.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.zwgk.spi.ErrorCode;
import org.zwgk.spi.ZwgkException;

/** Printing user errors (code, message, hint; never a stack trace) and JSON strings. */
final class CliSupport {

    private CliSupport() {
    }

    /** Prints the coded message and its hint in the chosen language (see {@link LangOption}); exit code 2. */
    static int fail(PrintWriter err, ZwgkException e, Locale l) {
        e = H2Urls.explain(e).orElse(e); // an H2 file held by another process: say how to share it
        err.println(e.message(l));
        err.println("  " + (ErrorCode.isEnglish(l) ? "hint: " : "提示：") + e.hint(l));
        err.flush();
        return Main.USAGE;
    }

    /** A JSON string literal (Jackson's escaping: quotes, backslashes and control characters), or {@code null}. */
    static String json(String s) {
        if (s == null) {
            return "null";
        }
        return '"' + new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(s)) + '"';
    }

    /**
     * The settings of a command's {@code --config} file, unknown {@code zwgk.*} keys refused (ZWGK-9004); empty
     * without a file.
     */
    static java.util.Properties settings(java.nio.file.Path config) {
        if (config == null) {
            return new java.util.Properties();
        }
        java.util.Properties p = DispatchCommand.load(config, CliErrors.UNREADABLE);
        CliSettings.checkUnknown(p, config);
        return p;
    }

    /**
     * The event log key: {@code zwgk.log.key} from the command's configuration file, else the environment variable
     * {@code ZWGK_LOG_KEY}; null when neither is set. Never printed.
     */
    static org.zwgk.spi.Secret logKeySecret(java.util.Properties p) {
        String v = p.getProperty("zwgk.log.key");
        if (v == null || v.isBlank()) {
            v = System.getenv("ZWGK_LOG_KEY");
        }
        return v == null || v.isBlank() ? null : org.zwgk.spi.Secret.of(v);
    }

    /**
     * A sensitive-words file ({@code --words}: UTF-8, one word per line, {@code #} comments) as the list the screener
     * takes: ZWGK-9001 when it does not exist, 9002 when it cannot be read, the list's own codes (333x) otherwise.
     */
    static java.util.List<String> sensitiveWords(java.nio.file.Path file) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new ZwgkException(java.nio.file.Files.exists(file) ? CliErrors.UNREADABLE : CliErrors.PATH_NOT_FOUND,
                    ScreenCommand.display(file));
        }
        try {
            return org.zwgk.screen.SensitiveWords.parse(ScreenCommand.display(file),
                    java.nio.file.Files.readAllBytes(file));
        } catch (java.io.IOException e) {
            throw new ZwgkException(CliErrors.UNREADABLE, e, ScreenCommand.display(file));
        }
    }

    /** {@link #logKeySecret} as the event log's key (a key shorter than 16 characters is refused, ZWGK-3360). */
    static org.zwgk.lifecycle.LogKey logKey(java.util.Properties p) {
        org.zwgk.spi.Secret s = logKeySecret(p);
        return s == null ? null : org.zwgk.lifecycle.LogKey.of(s);
    }
}
