package org.zwgk.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.zwgk.spi.ZwgkException;
import org.zwgk.spi.calendar.CalendarProvider;
import org.zwgk.spi.calendar.DayKind;
import org.zwgk.spi.calendar.Provenance;
import org.zwgk.spi.calendar.SpecialDay;

class WorkingCalendarTest {

    private static final WorkingCalendar CAL = WorkingCalendar.builder().base(CalendarData.builtInOnly()).build();
    private static final LocalDate LO = LocalDate.of(2017, 6, 1);
    private static final LocalDate HI = LocalDate.of(2028, 6, 1);

    @ParameterizedTest(name = "{0} + {1} WD = {2}")
    @CsvSource({
        // Spring Festival with 调休 weekends
        "2024-02-08, 1, 2024-02-09",
        "2024-02-09, 1, 2024-02-18",   // 02-10..17 off, Sunday 02-18 works
        "2024-02-03, 1, 2024-02-04",   // Sunday 02-04 is a make-up working day
        "2025-01-24, 1, 2025-01-26",   // Sunday 01-26 works
        "2025-01-26, 1, 2025-01-27",
        "2025-01-27, 1, 2025-02-05",
        // National Day with 调休 Saturdays
        "2024-09-27, 1, 2024-09-29",
        "2024-09-27, 2, 2024-09-30",
        "2024-09-27, 3, 2024-10-08",
        "2024-09-27, 20, 2024-10-30",  // reference example
        "2024-09-27, 40, 2024-11-27",  // extended by 20
        "2023-09-28, 1, 2023-10-07",   // 09-29..10-06 off, Saturday 10-07 works
        // starts on rest days
        "2024-10-01, 1, 2024-10-08",
        "2024-10-05, 3, 2024-10-10",
        "2024-06-08, 1, 2024-06-11",   // Saturday, then 端午 Monday
        // year boundaries
        "2024-12-31, 1, 2025-01-02",
        "2022-12-30, 1, 2023-01-03",
        "2025-12-31, 1, 2026-01-04",   // 01-01..03 off, Sunday 01-04 works
        "2019-12-31, 1, 2020-01-02",
        // the 2020 extension
        "2020-01-23, 1, 2020-02-03",
        "2020-01-18, 1, 2020-01-19",
        "2020-01-31, 1, 2020-02-03",
        // n = 0 and negative
        "2024-10-03, 0, 2024-10-03",
        "2024-10-08, -1, 2024-09-30",
        "2024-10-12, -1, 2024-10-11",
    })
    void plusWorkingDays(LocalDate start, int n, LocalDate expected) {
        assertThat(CAL.plusWorkingDays(start, n)).isEqualTo(expected);
        if (n > 0) {
            assertThat(CAL.workingDaysBetween(start, expected)).isEqualTo(n);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "2024-10-01, 2024-10-08", "2024-10-08, 2024-10-08", "2024-09-29, 2024-09-29", "2024-10-05, 2024-10-08",
        "2020-02-01, 2020-02-03", "2026-12-31, 2026-12-31",
    })
    void workingDayOnOrAfter(LocalDate d, LocalDate expected) {
        assertThat(CAL.workingDayOnOrAfter(d)).isEqualTo(expected);
    }

    // ------------------------------------------------------------------ properties against a day-by-day loop

    static Stream<Object[]> cases() {
        long seed = 20241001L;
        Random r = new Random(seed);
        long span = HI.toEpochDay() - LO.toEpochDay();
        return Stream.generate(() -> new Object[] {seed, LocalDate.ofEpochDay(LO.toEpochDay() + r.nextInt((int) span)),
            r.nextInt(400)}).limit(1500);
    }

    private static LocalDate naivePlus(LocalDate start, int n) {
        LocalDate d = start;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (CAL.isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void plusAgreesWithTheLoopAndIsAWorkingDay(long seed, LocalDate a, int n) {
        LocalDate p = CAL.plusWorkingDays(a, n);
        assertThat(p).as("seed %d: %s + %d", seed, a, n).isEqualTo(naivePlus(a, n));
        if (n > 0) {
            assertThat(CAL.isWorkingDay(p)).as("seed %d", seed).isTrue();
        }
        assertThat(CAL.workingDaysBetween(a, p)).as("seed %d: between(a, plus(a, n))", seed).isEqualTo(n);
        assertThat(CAL.plusWorkingDays(a, n + 1)).as("seed %d: monotone", seed).isAfter(p);
        if (n > 0) {
            assertThat(CAL.plusWorkingDays(p, -n)).as("seed %d: inverse", seed)
                    .isEqualTo(CAL.workingDayOnOrBefore(a));
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void betweenAgreesWithCounting(long seed, LocalDate a, int n) {
        LocalDate b = a.plusDays(n);
        long expected = LongStream.rangeClosed(a.toEpochDay() + 1, b.toEpochDay())
                .filter(e -> CAL.isWorkingDay(LocalDate.ofEpochDay(e))).count();
        assertThat(CAL.workingDaysBetween(a, b)).as("seed %d: %s..%s", seed, a, b).isEqualTo((int) expected);
        assertThat(CAL.workingDaysBetween(b, a)).as("seed %d", seed).isEqualTo((int) -expected);
    }

    // ------------------------------------------------------------------ beyond coverage

    @Test
    void beyondCoverageIsWeekendOnlyAndFlagged() {
        LocalDate d = LocalDate.of(2027, 1, 1); // a Friday; the 2027 notice is not loaded
        assertThat(CAL.covers(d)).isFalse();
        assertThat(CAL.day(d).covered()).isFalse();
        assertThat(CAL.isWorkingDay(d)).isTrue(); // provisional guess, not a holiday
        assertThat(CAL.nextWorkingDay(LocalDate.of(2026, 12, 31))).isEqualTo(d);
        assertThat(CAL.plusWorkingDays(LocalDate.of(2026, 12, 30), 3)).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(CAL.covers(LocalDate.of(2026, 12, 31), d)).isFalse();
    }

    @Test
    void strictModeRejectsUncoveredDays() {
        WorkingCalendar strict = CAL.strict(true);
        assertThat(strict.isStrict()).isTrue();
        assertThat(strict.plusWorkingDays(LocalDate.of(2026, 12, 1), 5)).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThatThrownBy(() -> strict.plusWorkingDays(LocalDate.of(2026, 12, 30), 3))
                .isInstanceOf(ZwgkException.class).extracting(e -> ((ZwgkException) e).code()).isEqualTo("ZWGK-2005");
        assertThatThrownBy(() -> strict.isWorkingDay(LocalDate.of(2018, 12, 29)))
                .isInstanceOf(ZwgkException.class).hasMessageContaining("2019-01-01..2026-12-31");
        assertThat(strict.strict(false).plusWorkingDays(LocalDate.of(2026, 12, 30), 3))
                .isEqualTo(LocalDate.of(2027, 1, 4));
    }

    // ------------------------------------------------------------------ layers

    private static CalendarProvider layer(LocalDate from, LocalDate to, List<SpecialDay> days) {
        return new CalendarProvider() {
            @Override
            public String spiVersion() {
                return org.zwgk.spi.SpiVersion.CURRENT;
            }
            public String id() {
                return "body-closures";
            }

            public String version() {
                return "1";
            }

            public LocalDate coverageStart() {
                return from;
            }

            public LocalDate coverageEnd() {
                return to;
            }

            public List<SpecialDay> specialDays() {
                return days;
            }

            public List<Provenance> provenance() {
                return List.of(new Provenance(2024, "本单位闭馆日", URI.create("https://example.org/closures"), null));
            }
        };
    }

    @Test
    void overlayAddsClosureDaysAndNarrowsCoverage() {
        LocalDate closure = LocalDate.of(2024, 3, 4); // a Monday
        WorkingCalendar cal = WorkingCalendar.builder().base(CalendarData.builtInOnly())
                .layer(layer(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31),
                        List.of(new SpecialDay(closure, DayKind.HOLIDAY, "闭馆"))))
                .build();
        assertThat(cal.day(closure).name()).isEqualTo("闭馆");
        assertThat(cal.isWorkingDay(closure)).isFalse();
        assertThat(cal.plusWorkingDays(LocalDate.of(2024, 3, 1), 1)).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(cal.coverageStart()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(cal.coverageEnd()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(cal.version()).startsWith("cn-national@").endsWith("+body-closures@1");
        assertThat(cal.provenance()).hasSize(9);
    }

    /** Registered through ServiceLoader in {@link #discoveredProvidersJoinAsLayers}. */
    public static final class TestClosures implements CalendarProvider {
        @Override
        public String spiVersion() {
            return org.zwgk.spi.SpiVersion.CURRENT;
        }
        public String id() {
            return "test-closures";
        }

        public Layer layer() {
            return Layer.BODY;
        }

        public String version() {
            return "7";
        }

        public LocalDate coverageStart() {
            return LocalDate.of(2019, 1, 1);
        }

        public LocalDate coverageEnd() {
            return LocalDate.of(2026, 12, 31);
        }

        public List<SpecialDay> specialDays() {
            return List.of(new SpecialDay(LocalDate.of(2025, 3, 3), DayKind.HOLIDAY, "盘点闭馆"));
        }

        public List<Provenance> provenance() {
            return List.of();
        }
    }

    @Test
    void discoveredProvidersJoinAsLayers(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path services = dir.resolve("META-INF/services");
        java.nio.file.Files.createDirectories(services);
        java.nio.file.Path file = services.resolve(CalendarProvider.class.getName());
        java.nio.file.Files.writeString(file, TestClosures.class.getName() + "\n");
        try (java.net.URLClassLoader cl = new java.net.URLClassLoader(new java.net.URL[] {dir.toUri().toURL()},
                getClass().getClassLoader())) {
            WorkingCalendar cal = WorkingCalendar.builder().base(CalendarData.builtInOnly()).discover(cl).build();
            assertThat(cal.isWorkingDay(LocalDate.of(2025, 3, 3))).isFalse();
            assertThat(cal.version()).endsWith("+test-closures@7");
        }
        java.nio.file.Files.writeString(file, TestClosures.class.getName() + "\norg.example.Missing\n");
        try (java.net.URLClassLoader cl = new java.net.URLClassLoader(new java.net.URL[] {dir.toUri().toURL()},
                getClass().getClassLoader())) {
            assertThatThrownBy(() -> WorkingCalendar.builder().base(CalendarData.builtInOnly()).discover(cl))
                    .isInstanceOf(ZwgkException.class).hasMessageContaining("org.example.Missing")
                    .extracting(e -> ((ZwgkException) e).code()).isEqualTo("ZWGK-2007");
        }
    }

    @Test
    void coreRegistersTheNationalCalendarAsAService() {
        List<CalendarProvider> found = java.util.ServiceLoader.load(CalendarProvider.class).stream()
                .map(java.util.ServiceLoader.Provider::get).filter(p -> p.id().equals("cn-national")).toList();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).coverageEnd()).isEqualTo(LocalDate.of(2026, 12, 31));
        WorkingCalendar viaService = WorkingCalendar.builder().discover(getClass().getClassLoader()).build();
        assertThat(viaService.version()).isEqualTo(WorkingCalendar.national().version());
    }

    @Test
    void noDataIsAnError() {
        assertThatThrownBy(() -> WorkingCalendar.builder().build()).isInstanceOf(ZwgkException.class)
                .extracting(e -> ((ZwgkException) e).code()).isEqualTo("ZWGK-2008");
    }

    @Test
    void weekdayArithmeticIsExactFarFromTheData() {
        // 1970-01-01 was a Thursday; checks the closed-form week arithmetic on both sides of the index.
        for (LocalDate d : List.of(LocalDate.of(1970, 1, 1), LocalDate.of(2000, 2, 29), LocalDate.of(2100, 3, 1))) {
            for (int n = -30; n <= 30; n++) {
                LocalDate p = CAL.plusWorkingDays(d, n);
                LocalDate q = d;
                int left = Math.abs(n);
                while (left > 0) {
                    q = q.plusDays(n > 0 ? 1 : -1);
                    if (q.getDayOfWeek().getValue() <= 5) {
                        left--;
                    }
                }
                assertThat(p).as("%s %+d", d, n).isEqualTo(q);
            }
        }
    }
}
