package org.zwgk.request;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * Test data only: the national 2024 and 2025 holiday arrangements (reference §12; 国办发明电 notices
 * content_6911528 and content_6986383) as a {@link WorkingDays}. Production code gets its calendar from the
 * calendar area.
 */
final class FixtureCalendar implements WorkingDays {

    static final FixtureCalendar CN_2024_2025 = new FixtureCalendar();

    private final Set<LocalDate> rest = new HashSet<>();
    private final Set<LocalDate> adjusted = new HashSet<>();

    private FixtureCalendar() {
        range("2024-01-01", "2024-01-01");
        range("2024-02-10", "2024-02-17");
        range("2024-04-04", "2024-04-06");
        range("2024-05-01", "2024-05-05");
        range("2024-06-10", "2024-06-10");
        range("2024-09-15", "2024-09-17");
        range("2024-10-01", "2024-10-07");
        range("2025-01-01", "2025-01-01");
        range("2025-01-28", "2025-02-04");
        range("2025-04-04", "2025-04-06");
        range("2025-05-01", "2025-05-05");
        range("2025-05-31", "2025-06-02");
        range("2025-10-01", "2025-10-08");
        for (String d : new String[] {"2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11",
                "2024-09-14", "2024-09-29", "2024-10-12", "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28",
                "2025-10-11"}) {
            adjusted.add(LocalDate.parse(d));
        }
    }

    private void range(String from, String to) {
        for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(1)) {
            rest.add(d);
        }
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        if (adjusted.contains(day)) {
            return true;
        }
        DayOfWeek w = day.getDayOfWeek();
        return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY && !rest.contains(day);
    }

    @Override
    public boolean covers(LocalDate day) {
        return day.getYear() == 2024 || day.getYear() == 2025;
    }

    @Override
    public String version() {
        return "fixture-cn-2024-2025";
    }
}
