package org.zwgk.calendar.internal;

import java.time.LocalDate;
import java.util.List;
import org.zwgk.calendar.CalendarData;
import org.zwgk.spi.ZwgkException;
import org.zwgk.spi.calendar.CalendarProvider;
import org.zwgk.spi.calendar.Provenance;
import org.zwgk.spi.calendar.SpecialDay;

/**
 * Registers {@link CalendarData#national()} as the {@link java.util.ServiceLoader} service {@code cn-national}, so
 * components that only know the SPI (the archive channel's {@code calendar} key) find the national calendar with
 * 调休 instead of guessing Monday–Friday. The data are loaded on first use, not when ServiceLoader instantiates the
 * class (callers iterate every provider to match an id), from the bundled notices plus the year files on the class
 * path of the thread that first uses it.
 */
public final class NationalCalendarService implements CalendarProvider {

    public static final String ID = "cn-national";

    public NationalCalendarService() {
        // ServiceLoader needs a public no-arg constructor; it creates a new instance on every lookup
    }

    /**
     * The data, read once per process (an immutable value, like {@code WorkingCalendar.national()}): consumers look
     * the provider up repeatedly and a load validates every year file. A load failure is kept and rethrown as the
     * coded {@link ZwgkException} on each use rather than breaking class initialisation.
     */
    private static final class Holder {
        static final Object NATIONAL = load();

        private static Object load() {
            try {
                return CalendarData.national();
            } catch (ZwgkException e) {
                return e;
            }
        }
    }

    private static CalendarProvider data() {
        if (Holder.NATIONAL instanceof ZwgkException e) {
            throw e;
        }
        return (CalendarProvider) Holder.NATIONAL;
    }

    /** Built against this SPI (the constant is inlined at compile time). */
    @Override
    public String spiVersion() {
        return org.zwgk.spi.SpiVersion.CURRENT;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return data().version();
    }

    @Override
    public LocalDate coverageStart() {
        return data().coverageStart();
    }

    @Override
    public LocalDate coverageEnd() {
        return data().coverageEnd();
    }

    @Override
    public List<SpecialDay> specialDays() {
        return data().specialDays();
    }

    @Override
    public List<Provenance> provenance() {
        return data().provenance();
    }

    @Override
    public String toString() {
        return "NationalCalendarService[" + ID + "]";
    }
}
