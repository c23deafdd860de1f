package org.zwgk.spi.calendar;

/** The kind of a calendar day under the State Council's yearly holiday arrangement. */
public enum DayKind {
    /** An ordinary Monday–Friday working day. */
    WORKDAY("workday", "工作日", true),
    /** Saturday or Sunday, the weekly rest days (国务院关于职工工作时间的规定). */
    WEEKEND("weekend", "周末", false),
    /** A rest day of a statutory holiday range, including weekdays moved into it by 调休. */
    HOLIDAY("holiday", "法定节假日", false),
    /** A Saturday or Sunday declared a working day (调休上班). */
    ADJUSTED_WORKDAY("adjusted-workday", "调休上班", true);

    private final String id;
    private final String label;
    private final boolean working;

    DayKind(String id, String label, boolean working) {
        this.id = id;
        this.label = label;
        this.working = working;
    }

    /** Stable lower-case identifier used in files and CLI output. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public boolean isWorking() {
        return working;
    }
}
