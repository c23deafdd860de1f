package org.zwgk.calendar.internal;

import java.time.LocalDate;
import java.util.List;
import org.zwgk.calendar.CalendarData;
import org.zwgk.spi.calendar.CalendarProvider;
import org.zwgk.spi.calendar.Provenance;
import org.zwgk.spi.calendar.SpecialDay;

/**
 * The national calendar ({@code cn-national}: bundled notices plus class-path additions) registered with
 * {@link java.util.ServiceLoader}, so components that only see the SPI (e.g. the archive channel) can find it.
 */
public final class NationalCalendarProvider implements CalendarProvider {

    private final CalendarProvider data = CalendarData.national();

    @Override
    public String id() {
        return data.id();
    }

    @Override
    public String version() {
        return data.version();
    }

    @Override
    public LocalDate coverageStart() {
        return data.coverageStart();
    }

    @Override
    public LocalDate coverageEnd() {
        return data.coverageEnd();
    }

    @Override
    public List<SpecialDay> specialDays() {
        return data.specialDays();
    }

    @Override
    public List<Provenance> provenance() {
        return data.provenance();
    }
}
