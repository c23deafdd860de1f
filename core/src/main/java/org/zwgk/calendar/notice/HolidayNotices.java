package org.zwgk.calendar.notice;

import java.util.List;
import java.util.Objects;
import org.zwgk.calendar.notice.internal.NoticeReader;

/**
 * Reads the State Council's holiday notice (国务院办公厅关于YYYY年部分节假日安排的通知), as pasted from the government
 * website, into the year's arrangement; special notices of the same year (2019 劳动节 change, 2020 春节 extension)
 * are applied on top, in the order given.
 *
 * <p>It reads every phrasing used since 2008 ({@code docs/time.md} lists them): ranges with 至 or —, across the
 * year's start, days without month, 放假 / 放假调休 / 放假公休, 与周末连休, 补休, the 2008–09 "其中……公休日调至……"
 * detail, combined 中秋节、国庆节 items. Every weekday written in brackets is checked against its date and every
 * "共N天" against its range: a mismatch means a mistyped text and is an error located at the sentence. A sentence
 * with dates that speaks of rest or work in words it does not know is an error quoting it; a sentence with dates
 * about neither (an encouragement) is a warning. It never guesses.
 */
public final class HolidayNotices {

    private HolidayNotices() {
    }

    /** Reads one yearly notice. */
    public static YearArrangement read(NoticeText notice) {
        return read(notice, List.of());
    }

    /**
     * Reads a yearly notice and applies its special notices.
     *
     * @throws NoticeImportException with every problem found, when anything could not be read
     */
    public static YearArrangement read(NoticeText notice, List<NoticeText> specials) {
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(specials, "specials");
        return new NoticeReader().read(notice, specials);
    }
}
