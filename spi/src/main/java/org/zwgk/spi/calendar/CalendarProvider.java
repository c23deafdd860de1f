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

    /** Which layer the data forms; decides how it combines with the others. */
    enum Layer {
        /** Base data: the national arrangement, or a year of it not yet bundled. Coverages join. */
        NATIONAL("全国"),
        /** An autonomous region's own holidays, applied over the national data. */
        REGIONAL("地方"),
        /** A body's own closure days, applied last. */
        BODY("本机关");

        private final String label;

        Layer(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The layer of this provider (default {@link Layer#NATIONAL}). */
    default Layer layer() {
        return Layer.NATIONAL;
    }

    /**
     * The SPI version this provider was built against: implement it as {@code return SpiVersion.CURRENT;}. The
     * constant is inlined when the provider is compiled, so it records the SPI the provider was built with and the
     * loader can refuse a provider built for a newer SPI (as SLF4J 2 providers declare their requested API version).
     */
    String spiVersion();

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
