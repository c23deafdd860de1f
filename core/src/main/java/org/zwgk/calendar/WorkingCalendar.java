package org.zwgk.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.zwgk.spi.SpiVersion;
import org.zwgk.spi.ZwgkException;
import org.zwgk.spi.calendar.CalendarProvider;
import org.zwgk.spi.calendar.DayKind;
import org.zwgk.spi.calendar.Provenance;
import org.zwgk.spi.calendar.SpecialDay;

/**
 * An immutable working-day calendar built from layered {@link CalendarProvider}s, answering every query in O(1).
 *
 * <p>Working days are Monday–Friday outside official rest ranges, plus weekend days declared working days
 * (调休上班). Internally the calendar keeps, over the range of its data, a prefix sum of working days and the list of
 * working days by rank; outside that range it uses closed-form arithmetic on weeks. No query loops over days.
 *
 * <p><b>Coverage.</b> Days outside {@link #coverageStart()}..{@link #coverageEnd()} are computed on weekends only
 * (plus any special days a notice names there, e.g. the 2018-12-29 调休上班 in the 2019 notice). Such results are
 * <em>provisional</em>: check {@link #covers(LocalDate, LocalDate)}, or use a {@link #strict(boolean) strict}
 * calendar, on which any query touching an uncovered day throws {@link CalendarErrors#OUTSIDE_COVERAGE}.
 *
 * <p><b>Layers.</b> {@link Builder#base(CalendarProvider) Base} providers (the national years, or a year a user adds)
 * are applied in order, later ones overriding the days they list, and their coverages join into one contiguous range.
 * {@link Builder#layer(CalendarProvider) Overlay} layers (an autonomous region's own holidays, a body's closure
 * days) are applied on top; the calendar's coverage is then the intersection with each overlay's coverage, since
 * outside it the overlay's days are unknown.
 */
public final class WorkingCalendar {

    private static final DayKind[] KINDS = DayKind.values();

    private final long indexStart;      // epoch day of index position 0
    private final int[] prefix;         // prefix[i] = working days in [indexStart, indexStart + i)
    private final long[] workdays;      // epoch days of the working days in the index, by rank
    private final LocalDate[] workdayDates; // the same as LocalDates: answers without allocating
    private final byte[] kinds;         // DayKind ordinal per index position
    private final Map<Long, String> names;
    private final LocalDate coverageStart;
    private final LocalDate coverageEnd;
    private final String version;
    private final List<Provenance> provenance;
    private final boolean strict;

    private WorkingCalendar(long indexStart, int[] prefix, long[] workdays, LocalDate[] workdayDates, byte[] kinds,
            Map<Long, String> names, LocalDate coverageStart, LocalDate coverageEnd, String version,
            List<Provenance> provenance, boolean strict) {
        this.indexStart = indexStart;
        this.prefix = prefix;
        this.workdays = workdays;
        this.workdayDates = workdayDates;
        this.kinds = kinds;
        this.names = names;
        this.coverageStart = coverageStart;
        this.coverageEnd = coverageEnd;
        this.version = version;
        this.provenance = provenance;
        this.strict = strict;
    }

    /**
     * The national calendar from the bundled State Council notices plus any class-path additions
     * ({@link CalendarData#USER_RESOURCE_PREFIX}), non-strict. Loaded once; if a user's year file is broken, every
     * call throws its coded error (rather than a class-initialisation error).
     */
    public static WorkingCalendar national() {
        Object o = NationalHolder.INSTANCE;
        if (o instanceof ZwgkException e) {
            throw new ZwgkException(e.errorCode(), e, e.args().toArray());
        }
        return (WorkingCalendar) o;
    }

    private static final class NationalHolder {
        static final Object INSTANCE = load();

        private static Object load() {
            try {
                return builder().base(CalendarData.national()).build();
            } catch (ZwgkException e) {
                return e;
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    // ---------------------------------------------------------------- queries

    /** Whether the day is a working day (Mon–Fri not in a rest range, or a 调休上班 weekend day). */
    public boolean isWorkingDay(LocalDate date) {
        check(date);
        return isWorking(date.toEpochDay());
    }

    /** The kind of the day. */
    public DayKind dayKind(LocalDate date) {
        check(date);
        return kindOf(date.toEpochDay());
    }

    /** The day with its kind, festival name and whether the data covers it. */
    public CalendarDay day(LocalDate date) {
        check(date);
        long e = date.toEpochDay();
        return new CalendarDay(date, kindOf(e), names.getOrDefault(e, ""), covers(date));
    }

    /** Every day from {@code from} to {@code to} inclusive. */
    public List<CalendarDay> days(LocalDate from, LocalDate to) {
        check(from, to);
        List<CalendarDay> out = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            long e = d.toEpochDay();
            out.add(new CalendarDay(d, kindOf(e), names.getOrDefault(e, ""), covers(d)));
        }
        return out;
    }

    /**
     * The {@code n}-th working day after {@code start}; the start day itself is not counted (Civil Code Art. 201).
     * {@code n == 0} returns {@code start}; a negative {@code n} counts backwards (the n-th working day before).
     */
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        long s = start.toEpochDay();
        if (n == 0) {
            check(start);
            return start;
        }
        long rank = n > 0 ? rank(s + 1) + n - 1 : rank(s) + n;
        long r = select(rank);
        if (strict) { // the range looked at is (start, result] or [result, start)
            long lo = n > 0 ? s + 1 : r;
            long hi = n > 0 ? r : s - 1;
            if (lo < coverageStart.toEpochDay() || hi > coverageEnd.toEpochDay()) {
                check(LocalDate.ofEpochDay(lo), LocalDate.ofEpochDay(hi));
            }
        }
        return rank >= 0 && rank < workdayDates.length ? workdayDates[(int) rank] : LocalDate.ofEpochDay(r);
    }

    /** The number of working days in {@code (a, b]}; negative when {@code b} is before {@code a}. */
    public int workingDaysBetween(LocalDate a, LocalDate b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.isBefore(b)) {
            check(a.plusDays(1), b);
        } else if (b.isBefore(a)) {
            check(b.plusDays(1), a);
        }
        return Math.toIntExact(rank(b.toEpochDay() + 1) - rank(a.toEpochDay() + 1));
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        return plusWorkingDays(date, 1);
    }

    /** {@code date} if it is a working day, else the next working day (Civil Code Art. 203 ¶1). */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        return plusWorkingDays(date.minusDays(1), 1);
    }

    /** {@code date} if it is a working day, else the last working day before it. */
    public LocalDate workingDayOnOrBefore(LocalDate date) {
        return plusWorkingDays(date.plusDays(1), -1);
    }

    // ---------------------------------------------------------------- coverage and identity

    public LocalDate coverageStart() {
        return coverageStart;
    }

    public LocalDate coverageEnd() {
        return coverageEnd;
    }

    /** Whether the data speaks for the day. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(coverageStart) && !date.isAfter(coverageEnd);
    }

    /** Whether the data speaks for every day of {@code from..to} (inclusive; empty range is covered). */
    public boolean covers(LocalDate from, LocalDate to) {
        return to.isBefore(from) || (covers(from) && covers(to));
    }

    /** Version of the data (providers' ids and versions), to be stored with every computed deadline. */
    public String version() {
        return version;
    }

    /** The notices the data came from, by year. */
    public List<Provenance> provenance() {
        return provenance;
    }

    public boolean isStrict() {
        return strict;
    }

    /** The same data with strict mode on or off (shares the index; O(1)). */
    public WorkingCalendar strict(boolean on) {
        return on == strict ? this : new WorkingCalendar(indexStart, prefix, workdays, workdayDates, kinds, names,
                coverageStart, coverageEnd, version, provenance, on);
    }

    @Override
    public String toString() {
        return "WorkingCalendar[" + version + ", " + coverageStart + ".." + coverageEnd + (strict ? ", strict]" : "]");
    }

    // ---------------------------------------------------------------- internals

    private void check(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (strict && !covers(date)) {
            throw new ZwgkException(CalendarErrors.OUTSIDE_COVERAGE, date, coverageStart, coverageEnd);
        }
    }

    private void check(LocalDate from, LocalDate to) {
        if (strict && !covers(from, to)) {
            throw new ZwgkException(CalendarErrors.OUTSIDE_COVERAGE, covers(from) ? to : from, coverageStart,
                    coverageEnd);
        }
    }

    private boolean isWorking(long e) {
        long i = e - indexStart;
        if (i >= 0 && i < kinds.length) {
            return KINDS[kinds[(int) i]].isWorking();
        }
        return !isWeekend(e);
    }

    private DayKind kindOf(long e) {
        long i = e - indexStart;
        if (i >= 0 && i < kinds.length) {
            return KINDS[kinds[(int) i]];
        }
        return isWeekend(e) ? DayKind.WEEKEND : DayKind.WORKDAY;
    }

    static boolean isWeekend(long epochDay) {
        return Math.floorMod(epochDay + 3, 7) >= 5; // 1970-01-01 was a Thursday: +3 makes Monday 0
    }

    /** Mon–Fri days with epoch day < e, counted from Monday 1969-12-29 (negative before it). */
    static long weekdaysBefore(long e) {
        long m = e + 3;
        return 5 * Math.floorDiv(m, 7) + Math.min(Math.floorMod(m, 7), 5);
    }

    /** The epoch day of the Mon–Fri day with {@link #weekdaysBefore} == k. */
    static long weekdayOfRank(long k) {
        return 7 * Math.floorDiv(k, 5) + Math.floorMod(k, 5) - 3;
    }

    /** Working days with epoch day < e, relative to the index start (negative before it). */
    private long rank(long e) {
        long i = e - indexStart;
        if (i <= 0) {
            return weekdaysBefore(e) - weekdaysBefore(indexStart);
        }
        int len = kinds.length;
        if (i <= len) {
            return prefix[(int) i];
        }
        return prefix[len] + weekdaysBefore(e) - weekdaysBefore(indexStart + len);
    }

    /** The epoch day of the working day of the given rank (inverse of {@link #rank}). */
    private long select(long r) {
        if (r < 0) {
            return weekdayOfRank(weekdaysBefore(indexStart) + r);
        }
        int total = prefix[kinds.length];
        if (r < total) {
            return workdays[(int) r];
        }
        return weekdayOfRank(weekdaysBefore(indexStart + kinds.length) + (r - total));
    }

    // ---------------------------------------------------------------- builder

    /** Configuration of a calendar: base providers, overlay layers, strict mode. */
    public static final class Builder {
        private final List<CalendarProvider> bases = new ArrayList<>();
        private final List<CalendarProvider> layers = new ArrayList<>();
        private boolean strict;

        private Builder() {
        }

        /** Adds base data (e.g. {@link CalendarData#national()}, or a provider for a year not yet bundled). */
        public Builder base(CalendarProvider provider) {
            bases.add(checked(provider));
            return this;
        }

        /** Adds an overlay: regional holidays or a body's own closure days, applied over the base data. */
        public Builder layer(CalendarProvider provider) {
            layers.add(checked(provider));
            return this;
        }

        /**
         * Adds the {@link CalendarProvider}s registered with {@link java.util.ServiceLoader} (opt-in): national ones
         * as bases, regional and body ones as overlays; one whose id was already added is skipped (core registers
         * {@code cn-national} itself). A provider that fails to load is reported with its cause
         * ({@link CalendarErrors#PROVIDER_INVALID}) after all the others were tried, never skipped silently.
         */
        public Builder discover(ClassLoader loader) {
            List<String> broken = new ArrayList<>();
            java.util.Iterator<CalendarProvider> it = java.util.ServiceLoader.load(CalendarProvider.class,
                    loader).iterator();
            while (true) {
                CalendarProvider p;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    p = it.next();
                } catch (java.util.ServiceConfigurationError e) {
                    broken.add(e.getMessage());
                    continue;
                }
                String id = p.id();
                if (bases.stream().anyMatch(b -> b.id().equals(id)) || layers.stream().anyMatch(l -> l.id().equals(id))) {
                    continue; // already given explicitly (e.g. cn-national, which core itself registers)
                }
                if (p.layer() == CalendarProvider.Layer.NATIONAL) {
                    base(p);
                } else {
                    layer(p);
                }
            }
            if (!broken.isEmpty()) {
                throw new ZwgkException(CalendarErrors.PROVIDER_INVALID, "ServiceLoader", String.join("; ", broken));
            }
            return this;
        }

        /** Strict mode: queries touching days outside coverage throw instead of giving provisional results. */
        public Builder strict(boolean on) {
            this.strict = on;
            return this;
        }

        private static CalendarProvider checked(CalendarProvider p) {
            Objects.requireNonNull(p, "provider");
            if (!SpiVersion.isCompatible(p.spiVersion())) {
                throw new ZwgkException(CalendarErrors.PROVIDER_INCOMPATIBLE, p.id(), p.spiVersion(),
                        SpiVersion.CURRENT);
            }
            if (p.coverageStart() == null || p.coverageEnd() == null || p.coverageStart().isAfter(p.coverageEnd())) {
                throw new ZwgkException(CalendarErrors.PROVIDER_INVALID, p.id(), "coverage");
            }
            if (p.version() == null || p.version().isBlank()) {
                throw new ZwgkException(CalendarErrors.PROVIDER_INVALID, p.id(), "version");
            }
            return p;
        }

        public WorkingCalendar build() {
            if (bases.isEmpty()) {
                throw new ZwgkException(CalendarErrors.NO_DATA);
            }
            // Join base coverages (sorted by start) into one contiguous range.
            List<CalendarProvider> sorted = new ArrayList<>(bases);
            sorted.sort((x, y) -> x.coverageStart().compareTo(y.coverageStart()));
            LocalDate covStart = sorted.get(0).coverageStart();
            LocalDate covEnd = sorted.get(0).coverageEnd();
            for (CalendarProvider p : sorted) {
                if (p.coverageStart().isAfter(covEnd.plusDays(1))) {
                    throw new ZwgkException(CalendarErrors.YEAR_GAP, covEnd.plusDays(1),
                            covStart + ".." + covEnd + ", " + p.id() + " " + p.coverageStart());
                }
                if (p.coverageEnd().isAfter(covEnd)) {
                    covEnd = p.coverageEnd();
                }
            }
            for (CalendarProvider p : layers) {
                if (p.coverageStart().isAfter(covStart)) {
                    covStart = p.coverageStart();
                }
                if (p.coverageEnd().isBefore(covEnd)) {
                    covEnd = p.coverageEnd();
                }
            }
            if (covStart.isAfter(covEnd)) {
                throw new ZwgkException(CalendarErrors.PROVIDER_INVALID, "layers", "overlay coverage does not "
                        + "intersect the base coverage");
            }
            TreeMap<Long, SpecialDay> special = new TreeMap<>();
            List<Provenance> prov = new ArrayList<>();
            StringBuilder ver = new StringBuilder();
            List<CalendarProvider> all = new ArrayList<>(bases);
            List<CalendarProvider> overlays = new ArrayList<>(layers);
            overlays.sort(java.util.Comparator.comparing(CalendarProvider::layer)); // stable: regional, then body
            all.addAll(overlays);
            for (CalendarProvider p : all) {
                for (SpecialDay d : p.specialDays()) {
                    special.put(d.date().toEpochDay(), d);
                }
                prov.addAll(p.provenance());
                if (ver.length() > 0) {
                    ver.append('+');
                }
                ver.append(p.id()).append('@').append(p.version());
            }
            long start = Math.min(covStart.toEpochDay(), special.isEmpty() ? Long.MAX_VALUE : special.firstKey());
            long end = Math.max(covEnd.toEpochDay(), special.isEmpty() ? Long.MIN_VALUE : special.lastKey());
            int len = Math.toIntExact(end - start + 1);
            byte[] kinds = new byte[len];
            int[] prefix = new int[len + 1];
            long[] work = new long[len];
            Map<Long, String> names = new HashMap<>();
            int w = 0;
            for (int i = 0; i < len; i++) {
                long e = start + i;
                SpecialDay sd = special.get(e);
                DayKind k;
                if (sd != null) {
                    k = sd.kind();
                    if (!sd.name().isEmpty()) {
                        names.put(e, sd.name());
                    }
                } else {
                    k = isWeekend(e) ? DayKind.WEEKEND : DayKind.WORKDAY;
                }
                kinds[i] = (byte) k.ordinal();
                prefix[i] = w;
                if (k.isWorking()) {
                    work[w++] = e;
                }
            }
            prefix[len] = w;
            long[] workdays = java.util.Arrays.copyOf(work, w);
            LocalDate[] dates = new LocalDate[w];
            for (int i = 0; i < w; i++) {
                dates[i] = LocalDate.ofEpochDay(workdays[i]);
            }
            return new WorkingCalendar(start, prefix, workdays, dates, kinds, Map.copyOf(names), covStart, covEnd,
                    ver.toString(), List.copyOf(prov), strict);
        }
    }
}
