package org.zwgk.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import org.zwgk.spi.ErrorCode;
import org.zwgk.spi.ZwgkException;

/** Shared helpers of the time commands: argument parsing with coded errors, and printing errors. */
final class TimeCli {

    private TimeCli() {
    }

    /** A usage problem with a code; mapped to exit 2. */
    static final class UsageException extends ZwgkException {
        private static final long serialVersionUID = 1L;

        UsageException(ErrorCode code, Object... args) {
            super(code, args);
        }
    }

    /** The national calendar, or with the year files of {@code dir} added/overriding (no release needed). */
    static org.zwgk.calendar.WorkingCalendar calendar(java.nio.file.Path dir, boolean strict) {
        if (dir == null) {
            return org.zwgk.calendar.WorkingCalendar.national().strict(strict);
        }
        return org.zwgk.calendar.WorkingCalendar.builder()
                .base(org.zwgk.calendar.CalendarData.builder().builtIn()
                        .classpath(Thread.currentThread().getContextClassLoader()).directory(dir).build())
                .strict(strict).build();
    }

    static LocalDate date(String option, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException(TimeCliErrors.BAD_DATE, option, value);
        }
    }

    static LocalDate[] range(String option, String value) {
        int i = value.indexOf("..");
        if (i < 0) {
            throw new UsageException(TimeCliErrors.BAD_RANGE, option, value);
        }
        LocalDate from;
        LocalDate to;
        try {
            from = LocalDate.parse(value.substring(0, i).strip());
            to = LocalDate.parse(value.substring(i + 2).strip());
        } catch (DateTimeParseException e) {
            throw new UsageException(TimeCliErrors.BAD_RANGE, option, value);
        }
        if (to.isBefore(from)) {
            throw new UsageException(TimeCliErrors.BAD_RANGE, option, value);
        }
        return new LocalDate[] {from, to};
    }

    static String weekday(LocalDate d, Locale locale) {
        return d.getDayOfWeek().getDisplayName(TextStyle.SHORT, ErrorCode.isEnglish(locale) ? Locale.ENGLISH : Locale.CHINA);
    }

    /**
     * Prints a coded error with its hint in the chosen language (see {@link LangOption}) and returns the exit code:
     * 2 for usage problems, 1 for rule errors (e.g. beyond the calendar data with --strict).
     */
    static int fail(PrintWriter err, ZwgkException e, Locale locale) {
        err.println(e.message(locale));
        err.println("  " + (ErrorCode.isEnglish(locale) ? "hint: " : "提示：") + e.hint(locale));
        err.flush();
        return e instanceof UsageException ? Main.USAGE : Main.FINDINGS;
    }

    static String csv(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
