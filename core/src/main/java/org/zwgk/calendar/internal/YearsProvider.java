package org.zwgk.calendar.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.zwgk.calendar.CalendarErrors;
import org.zwgk.spi.ZwgkException;
import org.zwgk.spi.calendar.CalendarProvider;
import org.zwgk.spi.calendar.Provenance;
import org.zwgk.spi.calendar.SpecialDay;

/**
 * A provider over contiguous years of notice data. Coverage is 1 January of the first year to 31 December of the
 * last; days of neighbouring years that a notice names (the previous December) are special days outside it.
 * Where two notices name the same day, the later year's notice wins (it was published later).
 */
public final class YearsProvider implements CalendarProvider {

    private final String id;
    private final String version;
    private final LocalDate start;
    private final LocalDate end;
    private final List<SpecialDay> days;
    private final List<Provenance> provenance;

    public YearsProvider(String id, SortedMap<Integer, YearFiles.YearData> years, String contentHash) {
        if (years.isEmpty()) {
            throw new ZwgkException(CalendarErrors.NO_DATA);
        }
        int first = years.firstKey();
        int last = years.lastKey();
        for (int y = first; y <= last; y++) {
            if (!years.containsKey(y)) {
                throw new ZwgkException(CalendarErrors.YEAR_GAP, y, years.keySet());
            }
        }
        TreeMap<LocalDate, SpecialDay> merged = new TreeMap<>();
        List<Provenance> prov = new ArrayList<>();
        for (YearFiles.YearData y : years.values()) {
            for (SpecialDay d : y.specialDays()) {
                merged.put(d.date(), d);
            }
            prov.add(y.provenance());
        }
        this.id = id;
        this.version = first + ".." + last + "#" + contentHash;
        this.start = LocalDate.of(first, 1, 1);
        this.end = LocalDate.of(last, 12, 31);
        this.days = List.copyOf(merged.values());
        this.provenance = List.copyOf(prov);
    }

    /** Built against this SPI (the constant is inlined at compile time). */
    @Override
    public String spiVersion() {
        return org.zwgk.spi.SpiVersion.CURRENT;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public LocalDate coverageStart() {
        return start;
    }

    @Override
    public LocalDate coverageEnd() {
        return end;
    }

    @Override
    public List<SpecialDay> specialDays() {
        return days;
    }

    @Override
    public List<Provenance> provenance() {
        return provenance;
    }
}
