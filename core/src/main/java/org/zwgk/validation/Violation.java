package org.zwgk.validation;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.zwgk.spi.ErrorCode;

/**
 * One finding in one file.
 *
 * @param code     stable error code
 * @param severity error or warning
 * @param file     the file as the user named it (relative where possible)
 * @param line     1-based line, 0 when unknown (e.g. the file could not be read at all)
 * @param column   1-based column, 0 when unknown
 * @param pointer  JSON Pointer (RFC 6901) into the document, {@code ""} for the whole document
 * @param args     message arguments (already rendered as text)
 */
public record Violation(ErrorCode code, Severity severity, String file, int line, int column, String pointer,
                        List<String> args) {

    public Violation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        pointer = pointer == null ? "" : pointer;
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static Violation of(ErrorCode code, Severity severity, String file, int line, int column, String pointer,
                               Object... args) {
        return new Violation(code, severity, file, line, column, pointer,
                java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public String message(Locale locale) {
        return code.message(locale, args.toArray());
    }

    public String hint(Locale locale) {
        return code.hint(locale, args.toArray());
    }

    /** The one-line form used by the Maven plugin and the CLI: {@code path:[line,col] ZWGK-nnnn /pointer message}. */
    public String toLine(Locale locale) {
        return file + ":[" + line + "," + column + "] " + code.code() + " " + (pointer.isEmpty() ? "/" : pointer)
                + " " + message(locale);
    }
}
