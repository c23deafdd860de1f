package org.zwgk.timelimit;

import java.util.List;
import java.util.Objects;

/**
 * A disclosure time limit (公开时限) as a value. Parse catalogue phrases with {@link TimeLimitParser}; compute due
 * dates with {@link Deadlines}.
 */
public sealed interface TimeLimitRule {

    /** Whether {@link Deadlines#compute} can give a due date for this rule. */
    boolean hasFixedDueDate();

    /** A short Chinese description in the catalogue's own terms, e.g. {@code 收到申请之日起20个工作日}. */
    default String describe() {
        if (this instanceof WorkingDays w) {
            return (w.anchor() == Anchor.UNSPECIFIED ? "" : w.anchor().label() + "起") + w.days() + "个工作日";
        }
        if (this instanceof CalendarDays c) {
            return (c.anchor() == Anchor.UNSPECIFIED ? "" : c.anchor().label() + "起") + c.days() + "日(届满日遇休息日顺延)";
        }
        if (this instanceof Immediate i) {
            return i.kind().label() + "公开";
        }
        if (this instanceof Periodic p) {
            StringBuilder sb = new StringBuilder(p.period().label());
            if (p.period() != Period.MONTHLY && p.monthOfPeriod() > 0) {
                sb.append("第").append(p.monthOfPeriod()).append("个月");
            }
            if (p.atPeriodStart()) {
                sb.append("初");
            }
            p.daysOfMonth().forEach(d -> sb.append(d).append("日 "));
            if (p.itemByItem()) {
                sb.append("逐项");
            }
            return sb.toString().strip() + "公开";
        }
        if (this instanceof LongTerm) {
            return "长期公开";
        }
        if (this instanceof Staged s) {
            return s.stage().label();
        }
        DisplayPeriod d = (DisplayPeriod) this;
        return "公示" + (d.minimum() ? "不少于" : "") + d.days() + d.unit().label();
    }

    /** What the clock of a counted period starts from. */
    enum Anchor {
        /** 信息形成或者变更之日 (Art. 26). */
        FORMED_OR_CHANGED("信息形成或者变更之日"),
        /** 信息获取(形成、变更)之日. */
        OBTAINED_OR_FORMED("信息获取或形成、变更之日"),
        /** 信息形成(变更)下发至本单位: the day the unit receives it. */
        RECEIVED_BY_UNIT("信息下发至本单位之日"),
        /** 公开事项发生之日 (seed 003). */
        EVENT("公开事项发生之日"),
        /** 收到申请之日 (Arts. 31, 33). */
        APPLICATION_RECEIVED("收到申请之日"),
        /** 批准后 (e.g. budgets approved by the people's congress). */
        APPROVAL("批准之日"),
        /** Publication, for display periods. */
        PUBLICATION("公开之日"),
        /** The phrase names no start event (e.g. {@code 20工作日}). */
        UNSPECIFIED("未写明起算事件");

        private final String label;

        Anchor(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** N working days after the anchor; the anchor day is not counted. */
    record WorkingDays(int days, Anchor anchor) implements TimeLimitRule {
        public WorkingDays {
            if (days < 1 || days > 3650) {
                throw new IllegalArgumentException("days must be 1..3650: " + days);
            }
            Objects.requireNonNull(anchor, "anchor");
        }

        @Override
        public boolean hasFixedDueDate() {
            return true;
        }
    }

    /** N calendar days after the anchor; if the last day is a rest day, the next working day (Civil Code Art. 203). */
    record CalendarDays(int days, Anchor anchor) implements TimeLimitRule {
        public CalendarDays {
            if (days < 1 || days > 3650) {
                throw new IllegalArgumentException("days must be 1..3650: " + days);
            }
            Objects.requireNonNull(anchor, "anchor");
        }

        @Override
        public boolean hasFixedDueDate() {
            return true;
        }
    }

    /** Kinds of "at once" limits. */
    enum Immediacy {
        /** 实时公开: as it happens. */
        REAL_TIME("实时", true),
        /** 即时公开: immediately. */
        IMMEDIATE("即时", true),
        /** 随时公开/公布: at any time, as it arises. */
        ANY_TIME("随时", true),
        /** 及时公开: promptly; no fixed period. */
        TIMELY("及时", false);

        private final String label;
        private final boolean sameDay;

        Immediacy(String label, boolean sameDay) {
            this.label = label;
            this.sameDay = sameDay;
        }

        public String label() {
            return label;
        }

        /** Whether a due date of the same day is implied. 及时 implies none. */
        public boolean sameDay() {
            return sameDay;
        }
    }

    /** 实时/即时/随时/及时. The first three are due on the day of the event; 及时 has no fixed due date. */
    record Immediate(Immediacy kind) implements TimeLimitRule {
        public Immediate {
            Objects.requireNonNull(kind, "kind");
        }

        @Override
        public boolean hasFixedDueDate() {
            return kind.sameDay();
        }
    }

    /** Period of a periodic schedule. */
    enum Period {
        MONTHLY("每月", 1), QUARTERLY("每季度", 3), YEARLY("每年", 12);

        private final String label;
        private final int months;

        Period(String label, int months) {
            this.label = label;
            this.months = months;
        }

        public String label() {
            return label;
        }

        public int months() {
            return months;
        }
    }

    /**
     * A periodic schedule: {@code 每月5日和20日} (monthly, days 5 and 20), {@code 每季度的首个月20日} (quarterly, month 1
     * of the quarter, day 20), {@code 每年1月31日前} (yearly, month 1, day 31). Days past a month's end mean its last
     * day (Civil Code Art. 202). Without days ({@code 按月进行公开}) the period fixes no due date.
     *
     * @param period        month, quarter or year
     * @param monthOfPeriod 1-based month within the period; 0 when not stated (monthly: always 1)
     * @param daysOfMonth   the days, ascending; empty when not stated
     * @param atPeriodStart {@code 每年初}: at the start of the period, day not fixed
     * @param itemByItem    {@code 逐项}
     */
    record Periodic(Period period, int monthOfPeriod, List<Integer> daysOfMonth, boolean atPeriodStart,
            boolean itemByItem) implements TimeLimitRule {
        public Periodic {
            Objects.requireNonNull(period, "period");
            if (monthOfPeriod < 0 || monthOfPeriod > period.months()) {
                throw new IllegalArgumentException("month of period out of range: " + monthOfPeriod);
            }
            daysOfMonth = List.copyOf(daysOfMonth);
            for (int d : daysOfMonth) {
                if (d < 1 || d > 31) {
                    throw new IllegalArgumentException("day of month out of range: " + d);
                }
            }
            if (!daysOfMonth.isEmpty() && monthOfPeriod == 0) {
                monthOfPeriod = 1;
            }
        }

        public static Periodic of(Period period) {
            return new Periodic(period, 0, List.of(), false, false);
        }

        @Override
        public boolean hasFixedDueDate() {
            return !daysOfMonth.isEmpty();
        }
    }

    /** 长期公开: standing information, kept public; no due date. */
    record LongTerm() implements TimeLimitRule {
        @Override
        public boolean hasFixedDueDate() {
            return false;
        }
    }

    /** Kinds of staged disclosure. */
    enum Stage {
        /** 阶段性工作逐步公开. */
        BY_STAGE("阶段性工作逐步公开"),
        /** 单项工作完成后一次性公开. */
        ON_COMPLETION("单项工作完成后一次性公开");

        private final String label;

        Stage(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Disclosure tied to the stages or completion of a piece of work; no due date of its own. */
    record Staged(Stage stage) implements TimeLimitRule {
        public Staged {
            Objects.requireNonNull(stage, "stage");
        }

        @Override
        public boolean hasFixedDueDate() {
            return false;
        }
    }

    /** Unit of a display period. */
    enum Unit {
        WORKING_DAYS("个工作日"), CALENDAR_DAYS("日"),
        /** The phrase was truncated (seen: {@code 公告期限为N个…}); unit unconfirmed. */
        UNSPECIFIED("(单位未写明)");

        private final String label;

        Unit(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * How long published information stays displayed (公示期): a second duration after publication, e.g.
     * {@code 公示7个工作日}, {@code 公开时间不少于7个工作日} (seed 003), {@code 至少保留五日}.
     *
     * @param minimum the phrase says "at least" (不少于/至少/不得少于)
     */
    record DisplayPeriod(int days, Unit unit, boolean minimum) implements TimeLimitRule {
        public DisplayPeriod {
            if (days < 1 || days > 3650) {
                throw new IllegalArgumentException("days must be 1..3650: " + days);
            }
            Objects.requireNonNull(unit, "unit");
        }

        @Override
        public boolean hasFixedDueDate() {
            return unit != Unit.UNSPECIFIED;
        }
    }
}
