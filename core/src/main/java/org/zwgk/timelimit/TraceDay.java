package org.zwgk.timelimit;

import java.time.LocalDate;
import java.util.Objects;
import org.zwgk.spi.calendar.DayKind;

/**
 * One day a deadline computation considered, and what it did with it.
 *
 * @param date    the day
 * @param kind    its kind in the calendar
 * @param name    festival name for holidays and adjusted working days, else empty
 * @param status  counted or why not
 * @param count   the running count after this day (0 for days that did not count)
 * @param covered whether the calendar data covers the day (if not, its kind is a weekend-only guess)
 */
public record TraceDay(LocalDate date, DayKind kind, String name, Status status, int count, boolean covered) {
    public TraceDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        name = name == null ? "" : name;
    }

    /** This day as one readable line, e.g. {@code 2024-10-01 二 holiday 国庆节 — 法定节假日,不计入}. */
    public String line(java.util.Locale locale) {
        boolean en = locale != null && "en".equals(locale.getLanguage());
        return date + " " + date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT,
                en ? java.util.Locale.ENGLISH : java.util.Locale.CHINA) + " " + kind.id()
                + (name.isEmpty() ? "" : " " + name) + " — " + (en ? status.labelEn() : status.label())
                + (status.counts() ? " #" + count : "") + (covered ? "" : en ? " (provisional)" : " (暂定)");
    }

    /** What happened to a day. */
    public enum Status {
        START("起算日,不计入(民法典第二百零一条)", "start day, not counted (Civil Code Art. 201)", false),
        COUNTED("计入", "counted", true),
        COUNTED_EXTENSION("计入(延长期,条例第三十三条第二款)", "counted (extension, OGI Art. 33 ¶2)", true),
        WEEKEND("周末休息日,不计入", "weekend, not counted", false),
        HOLIDAY("法定节假日,不计入", "holiday, not counted", false),
        PAUSED("暂停计时,不计入(条例第三十三条第三款)", "paused, not counted (OGI Art. 33 ¶3)", false),
        SUSPENDED("暂停计时中,尚未收到答复,不计入(条例第三十三条第三款)",
                "suspended, no answer yet, not counted (OGI Art. 33 ¶3)", false),
        BEFORE_RESTART("重新起算前,不计入(条例第三十条)", "before the restart, not counted (OGI Art. 30)", false),
        RESTART("重新起算日,不计入", "restart day, not counted", false),
        ROLLED_OVER("期间最后一日为休息日,顺延(民法典第二百零三条)", "last day is a rest day, moved on (Civil Code Art. 203)",
                false),
        SCHEDULED("定期公开日", "scheduled day", false);

        private final String zh;
        private final String en;
        private final boolean counts;

        Status(String zh, String en, boolean counts) {
            this.zh = zh;
            this.en = en;
            this.counts = counts;
        }

        public String label() {
            return zh;
        }

        public String labelEn() {
            return en;
        }

        public boolean counts() {
            return counts;
        }
    }
}
