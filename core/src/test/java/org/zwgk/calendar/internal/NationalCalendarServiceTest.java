package org.zwgk.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.zwgk.calendar.CalendarData;
import org.zwgk.spi.calendar.CalendarProvider;
import org.zwgk.spi.calendar.DayKind;
import org.zwgk.spi.calendar.SpecialDay;

class NationalCalendarServiceTest {

    @Test
    void serviceLoaderFindsTheNationalCalendarWithItsData() {
        List<CalendarProvider> found = ServiceLoader.load(CalendarProvider.class).stream()
                .map(ServiceLoader.Provider::get).filter(p -> p.id().equals("cn-national")).toList();
        assertThat(found).hasSize(1).first().isInstanceOf(NationalCalendarService.class);
        CalendarProvider national = found.get(0);
        CalendarProvider direct = CalendarData.national();
        assertThat(national.version()).isEqualTo(direct.version());
        assertThat(national.coverageStart()).isEqualTo(direct.coverageStart());
        assertThat(national.coverageEnd()).isEqualTo(direct.coverageEnd());
        assertThat(national.specialDays()).containsExactlyElementsOf(direct.specialDays());
        assertThat(kind(national, "2024-10-05")).isEqualTo(DayKind.HOLIDAY);
        assertThat(kind(national, "2024-04-07")).isEqualTo(DayKind.ADJUSTED_WORKDAY);
    }

    private static DayKind kind(CalendarProvider p, String day) {
        return p.specialDays().stream().filter(d -> d.date().equals(LocalDate.parse(day))).map(SpecialDay::kind)
                .findFirst().orElseThrow();
    }
}
