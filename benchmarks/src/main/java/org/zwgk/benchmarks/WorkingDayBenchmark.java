package org.zwgk.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.zwgk.calendar.WorkingCalendar;

/**
 * The n-th working day after a date: {@link WorkingCalendar#plusWorkingDays} (prefix sums, O(1)) against a
 * day-by-day loop over the same calendar (the baseline). Start dates cycle through 2019–2024 so that periods cross
 * Spring Festival, National Day and year ends.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar WorkingDayBenchmark -f 1 -wi 2 -i 3 -w 1s -r 1s}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class WorkingDayBenchmark {

    @Param({"20", "200", "2000"})
    public int days;

    private WorkingCalendar calendar;
    private LocalDate[] starts;
    private int next;

    @Setup
    public void setUp() {
        calendar = WorkingCalendar.national();
        starts = new LocalDate[1024];
        long first = LocalDate.of(2019, 1, 1).toEpochDay();
        for (int i = 0; i < starts.length; i++) {
            starts[i] = LocalDate.ofEpochDay(first + (i * 7919L) % 2190); // spread over six years
        }
    }

    private LocalDate start() {
        next = (next + 1) & (starts.length - 1);
        return starts[next];
    }

    @Benchmark
    public LocalDate indexed() {
        return calendar.plusWorkingDays(start(), days);
    }

    @Benchmark
    public LocalDate naiveLoop() {
        LocalDate d = start();
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (calendar.isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }
}
