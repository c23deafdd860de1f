package org.zwgk.channel;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.zwgk.spi.ZwgkException;
import org.zwgk.validation.ValidationReport;
import org.zwgk.validation.Violation;

/**
 * The channel configuration cannot be used: carries every problem found (never only the first), each with its own
 * code, file, line and hint. {@link #getMessage()} lists them in Chinese, {@link #message(Locale)} in either
 * language. No message contains the value of a secret key.
 */
public final class ChannelConfigException extends ZwgkException {

    private static final long serialVersionUID = 1L;

    private final transient ValidationReport report;

    public ChannelConfigException(ValidationReport report) {
        super(ChannelErrors.CONFIG_INVALID, count(report), lines(report, Locale.CHINA));
        this.report = report;
    }

    static ChannelConfigException of(Violation violation) {
        return new ChannelConfigException(new ValidationReport(1, 0, List.of(violation)));
    }

    /** The full report (errors and any warnings). */
    public ValidationReport report() {
        return report;
    }

    /** The errors, each as {@code file:[line,col] ZWGK-nnnn /pointer message}. */
    public List<String> lines(Locale locale) {
        return report.errors().stream().map(v -> v.toLine(locale)).toList();
    }

    @Override
    public String message(Locale locale) {
        return code() + " " + ChannelErrors.CONFIG_INVALID.message(locale, count(report), lines(report, locale));
    }

    private static int count(ValidationReport report) {
        return Objects.requireNonNull(report, "report").errors().size();
    }

    /** Each error on its own line followed by its hint, indented. */
    static String lines(ValidationReport report, Locale locale) {
        StringBuilder b = new StringBuilder();
        String hint = org.zwgk.spi.ErrorCode.isEnglish(locale) ? "hint" : "提示";
        for (Violation v : report.errors()) {
            b.append("\n  ").append(v.toLine(locale)).append("\n    ").append(hint).append(": ")
                    .append(v.hint(locale));
        }
        return b.toString();
    }
}
