package org.zwgk.adapter.archive;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zwgk.spi.calendar.CalendarProvider;
import org.zwgk.spi.calendar.DayKind;
import org.zwgk.spi.calendar.Provenance;
import org.zwgk.spi.calendar.SpecialDay;

/** Test calendar: the State Council's 2024 arrangement (reference §12), registered as {@code cn-national}. */
public final class Calendar2024 implements CalendarProvider {
    @Override
    public String spiVersion() {
        return org.zwgk.spi.SpiVersion.CURRENT;
    }

    @Override
    public String id() {
        return "cn-national";
    }

    @Override
    public String version() {
        return "test-2024";
    }

    @Override
    public LocalDate coverageStart() {
        return LocalDate.of(2024, 1, 1);
    }

    @Override
    public LocalDate coverageEnd() {
        return LocalDate.of(2024, 12, 31);
    }

    @Override
    public List<SpecialDay> specialDays() {
        List<SpecialDay> d = new ArrayList<>();
        rest(d, "2024-01-01", "2024-01-01", "元旦");
        rest(d, "2024-02-10", "2024-02-17", "春节");
        rest(d, "2024-04-04", "2024-04-06", "清明节");
        rest(d, "2024-05-01", "2024-05-05", "劳动节");
        rest(d, "2024-06-10", "2024-06-10", "端午节");
        rest(d, "2024-09-15", "2024-09-17", "中秋节");
        rest(d, "2024-10-01", "2024-10-07", "国庆节");
        for (String w : List.of("2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14",
                "2024-09-29", "2024-10-12")) {
            d.add(new SpecialDay(LocalDate.parse(w), DayKind.ADJUSTED_WORKDAY, "调休上班"));
        }
        return d;
    }

    private static void rest(List<SpecialDay> d, String from, String to, String name) {
        for (LocalDate x = LocalDate.parse(from); !x.isAfter(LocalDate.parse(to)); x = x.plusDays(1)) {
            d.add(new SpecialDay(x, DayKind.HOLIDAY, name));
        }
    }

    @Override
    public List<Provenance> provenance() {
        return List.of(new Provenance(2024, "国务院办公厅关于2024年部分节假日安排的通知",
                URI.create("https://www.gov.cn/zhengce/zhengceku/202310/content_6911528.htm"), List.of()));
    }
}
