package org.zwgk.spi;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Root of every exception zwgk throws for a condition a user or integrator can cause or fix. It carries a stable
 * {@link ErrorCode}, the arguments of its message, and a hint. {@link #getMessage()} is Chinese (the default
 * language); {@link #message(Locale)} and {@link #hint(Locale)} give either language.
 *
 * <p>Arguments must never contain secrets or applicants' personal data: messages end up in logs.
 */
public class ZwgkException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ErrorCode errorCode;
    private final List<String> args;

    public ZwgkException(ErrorCode errorCode, Object... args) {
        this(errorCode, null, args);
    }

    public ZwgkException(ErrorCode errorCode, Throwable cause, Object... args) {
        super(Objects.requireNonNull(errorCode, "errorCode").code() + " " + errorCode.message(Locale.CHINA, args), cause);
        this.errorCode = errorCode;
        this.args = args == null ? List.of() : java.util.Arrays.stream(args).map(String::valueOf).toList();
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    /** The stable code, e.g. {@code ZWGK-1001}. */
    public String code() {
        return errorCode.code();
    }

    public List<String> args() {
        return args;
    }

    /** {@code ZWGK-nnnn message} in the given locale. */
    public String message(Locale locale) {
        return errorCode.code() + " " + errorCode.message(locale, args.toArray());
    }

    public String hint(Locale locale) {
        return errorCode.hint(locale, args.toArray());
    }
}
