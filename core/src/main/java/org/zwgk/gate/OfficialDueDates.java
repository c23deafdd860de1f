package org.zwgk.gate;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.zwgk.calendar.WorkingCalendar;
import org.zwgk.timelimit.Deadline;
import org.zwgk.timelimit.Deadlines;
import org.zwgk.timelimit.TimeLimitParser;
import org.zwgk.timelimit.TimeLimitRule;

/**
 * {@link DueDateCalculator#official}: phrases parsed by {@link TimeLimitParser}, counted by {@link Deadlines} on one
 * immutable {@link WorkingCalendar}.
 *
 * <p>Registration is on the host's hot path, and a due date is a pure function of (start date, phrase, calendar
 * data), so results are cached per calculator (no global state). The key carries the calendar version as well,
 * so an entry can never be served for other calendar data. Catalogues have a few dozen phrases and hosts register
 * with formation dates spread over weeks, so the working set is small; the cache is bounded and simply starts over
 * when full (a recomputation costs microseconds, never correctness). Errors (unparseable phrase, strict calendar
 * without coverage) are not cached: they are thrown every time.
 */
final class OfficialDueDates implements DueDateCalculator {

    /** Entries kept before the cache starts over: ~a year of formation dates × ten phrases. */
    static final int MAX_ENTRIES = 4096;

    private final WorkingCalendar calendar;
    private final TimeLimitParser parser = new TimeLimitParser();
    private final Map<String, TimeLimitRule> rules = new ConcurrentHashMap<>();
    private final Map<Key, DueDate> dueDates = new ConcurrentHashMap<>();

    private record Key(LocalDate start, String phrase, String calendarVersion) {
    }

    OfficialDueDates(WorkingCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    @Override
    public DueDate compute(LocalDate start, String timeLimitPhrase) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(timeLimitPhrase, "timeLimitPhrase");
        Key key = new Key(start, timeLimitPhrase, calendar.version());
        DueDate cached = dueDates.get(key);
        if (cached != null) {
            return cached;
        }
        DueDate computed = computeUncached(start, timeLimitPhrase);
        if (dueDates.size() >= MAX_ENTRIES) {
            dueDates.clear();
        }
        dueDates.put(key, computed);
        return computed;
    }

    /** Entries currently cached (for tests). */
    int cachedEntries() {
        return dueDates.size();
    }

    DueDate computeUncached(LocalDate start, String phrase) {
        TimeLimitRule rule = rules.computeIfAbsent(phrase, parser::parseRule);
        String stored = phrase;
        if (rule == null || !rule.hasFixedDueDate()) {
            // No fixed date (及时, 随时): the outer limit every proactive item has anyway (Art. 26, 20 working days).
            rule = rules.computeIfAbsent(DEFAULT_PUBLICATION_RULE, parser::parseRule);
            stored = phrase + NO_FIXED_DATE_NOTE;
        }
        Deadline d = Deadlines.compute(start, rule, calendar);
        return new DueDate(d.due(), d.provisional(), d.calendarVersion(), stored);
    }
}
