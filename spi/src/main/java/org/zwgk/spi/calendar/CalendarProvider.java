package org.zwgk.spi.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * A source of calendar data: the days departing from the Monday–Friday rule within a covered range.
 *
 * <p>Outside {@link #coverageStart()}..{@link #coverageEnd()} a provider says nothing; callers must flag results
 * there as provisional rather than guess. Providers are layered: a regional or body-specific provider overrides
 * the days it lists on top of the national calendar.
 */
public interface CalendarProvider {

    /** Stable identifier, e.g. {@code cn-national}. */
    String id();

    /** The SPI version this provider was built against, see {@link org.zwgk.spi.SpiVersion}. */
    default String spiVersion() {
        return org.zwgk.spi.SpiVersion.CURRENT;
    }

    /** Version of the data, recorded with every computed deadline so it can be recomputed later. */
    String version();

    /** First day the data speaks for. */
    LocalDate coverageStart();

    /** Last day the data speaks for. */
    LocalDate coverageEnd();

    /** Holiday rest days and adjusted working days within the coverage. */
    List<SpecialDay> specialDays();

    /** The notices the data came from. */
    List<Provenance> provenance();
}
