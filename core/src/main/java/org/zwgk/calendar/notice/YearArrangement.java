package org.zwgk.calendar.notice;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.zwgk.calendar.notice.internal.YearFileWriter;

/**
 * One year's arrangement as read from the State Council's notice and its special notices: what a year file of
 * {@code schemas/calendar.schema.json} holds.
 *
 * @param year       the year arranged
 * @param notice     the yearly notice
 * @param revisions  special notices already applied to {@code festivals}, in the order given
 * @param festivals  in the notice's order; holidays a special notice adds come last
 * @param warnings   what was read but deserves a look (a sentence with dates that was not read, a composed title)
 */
public record YearArrangement(int year, NoticeDocument notice, List<NoticeDocument> revisions,
                              List<Festival> festivals, List<NoticeProblem> warnings) {

    public YearArrangement {
        Objects.requireNonNull(notice, "notice");
        revisions = List.copyOf(revisions);
        festivals = List.copyOf(festivals);
        warnings = List.copyOf(warnings);
    }

    /** The file name the calendar data folder expects, e.g. {@code 2027.yaml}. */
    public String fileName() {
        return year + ".yaml";
    }

    /** The year file (YAML, UTF-8 text), loadable by {@code CalendarData}. */
    public String toYaml() {
        return YearFileWriter.write(this);
    }

    /** {@link #toYaml()} as UTF-8 bytes. */
    public byte[] toYamlBytes() {
        return toYaml().getBytes(StandardCharsets.UTF_8);
    }

    /** Rest days of every holiday, in date order. */
    public List<LocalDate> restDays() {
        return festivals.stream().flatMap(f -> f.from().datesUntil(f.to().plusDays(1))).sorted().toList();
    }

    /** Make-up working days (调休上班), in date order. */
    public List<LocalDate> workDays() {
        return festivals.stream().flatMap(f -> f.work().stream()).sorted().toList();
    }
}
