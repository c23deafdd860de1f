package org.zwgk.adapter.archive;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Predicate;
import org.zwgk.spi.SpiVersion;
import org.zwgk.spi.calendar.CalendarProvider;
import org.zwgk.spi.calendar.SpecialDay;
import org.zwgk.spi.channel.ChannelAdapter;
import org.zwgk.spi.channel.ChannelConfig;
import org.zwgk.spi.channel.ChannelConfigs;
import org.zwgk.spi.channel.ChannelProvider;
import org.zwgk.spi.channel.ConfigKey;

/**
 * The archives-and-library channel, id {@code archive}. The working-day calendar comes from a
 * {@link CalendarProvider} on the class path (id from the {@code calendar} key); without one the configuration is
 * invalid rather than silently assuming Monday–Friday. Embedders with their own calendar use
 * {@link ArchiveAdapter#builder()}.
 */
public final class ArchiveChannelProvider implements ChannelProvider {

    public static final List<ConfigKey> KEYS = List.of(
            new ConfigKey("out", null, false, "移交目录（待移交封装包与已封存批次） / hand-over directory"),
            new ConfigKey("days", "5,20", false, "每月移交日（1–28），遇休息日顺延 / hand-over days of the month"),
            new ConfigKey("calendar", "cn-national", false, "工作日历提供者 id / working-day calendar provider id"),
            new ConfigKey("receivers", "档案馆,公共图书馆", false, "接收单位，逗号分隔（条例第二十五条） / receivers"),
            new ConfigKey("fonds-unit", "", false, "立档单位名称；空则取发布机构 / fonds unit; empty: the publisher"),
            new ConfigKey("archive-name", "", false, "档案馆名称（可空） / archive name (optional)"),
            new ConfigKey("retention", "永久", false, "保管期限 / retention period"),
            new ConfigKey("security-class", "公开", false, "密级 / security classification written in metadata"),
            new ConfigKey("zone", "Asia/Shanghai", false, "时区 / time zone"),
            new ConfigKey("sync", "true", false, "待移交封装包改名前先写入磁盘（true）；仅批量导入或演示时设为 false / "
                    + "force pending packages to disk before their rename; false only for bulk loads and demos"));

    /** Built against this SPI (the constant is inlined at compile time). */
    @Override
    public String spiVersion() {
        return org.zwgk.spi.SpiVersion.CURRENT;
    }

    @Override
    public String id() {
        return "archive";
    }

    @Override
    public List<ConfigKey> configKeys() {
        return KEYS;
    }

    @Override
    public List<String> validate(ChannelConfig raw) {
        List<String> problems = new ArrayList<>();
        ChannelConfigs.checkUnknown(raw, KEYS, problems);
        ChannelConfigs.checkRequired(raw, KEYS, problems);
        ChannelConfig c = ChannelConfigs.withDefaults(raw, KEYS);
        ChannelConfigs.intList(c, "days", 1, 28, problems);
        ChannelConfigs.oneOf(c, "sync", List.of("true", "false"), problems);
        ChannelConfigs.zone(c, "zone", problems);
        String cal = c.get("calendar").orElse("");
        if (findCalendar(cal) == null) {
            problems.add("未找到工作日历 " + cal + "（需要 CalendarProvider，移交日遇休息日须顺延） / no working-day calendar "
                    + cal + " on the class path (a CalendarProvider is required to move hand-over days off rest days)");
        }
        return List.copyOf(problems);
    }

    @Override
    public ChannelAdapter create(ChannelConfig raw, Clock clock) {
        ChannelConfig c = ChannelConfigs.requireValid(this, raw);
        CalendarProvider cal = findCalendar(c.get("calendar").orElseThrow());
        return ArchiveAdapter.builder()
                .out(Path.of(c.get("out").orElseThrow()))
                .handoverDays(ChannelConfigs.intList(c, "days", 1, 28, new ArrayList<>()).orElseThrow())
                .workingDays(workingDays(cal), cal.id() + "@" + cal.version() + "（覆盖 " + cal.coverageStart() + " 至 "
                        + cal.coverageEnd() + "）")
                .receivers(Arrays.stream(c.get("receivers").orElseThrow().split(",")).map(String::trim)
                        .filter(s -> !s.isEmpty()).toList())
                .fondsUnit(c.get("fonds-unit").orElse(""))
                .archiveName(c.get("archive-name").orElse(""))
                .retention(c.get("retention").orElseThrow())
                .securityClass(c.get("security-class").orElseThrow())
                .zone(ZoneId.of(c.get("zone").orElseThrow()))
                .sync(!"false".equals(c.get("sync").orElse("true")))
                .clock(clock)
                .build();
    }

    private static CalendarProvider findCalendar(String id) {
        for (ServiceLoader.Provider<CalendarProvider> p : ServiceLoader.load(CalendarProvider.class).stream().toList()) {
            try {
                CalendarProvider cp = p.get();
                if (cp.id().equals(id) && SpiVersion.isCompatible(cp.spiVersion())) {
                    return cp;
                }
            } catch (java.util.ServiceConfigurationError e) {
                // a broken calendar provider must not hide a working one
            }
        }
        return null;
    }

    /**
     * Working days from a calendar provider: its special days decide where listed (holidays, 调休上班); elsewhere the
     * Monday–Friday rule of the State Council's working-hours regulation applies.
     */
    static Predicate<LocalDate> workingDays(CalendarProvider cal) {
        Map<LocalDate, Boolean> special = new HashMap<>();
        for (SpecialDay d : cal.specialDays()) {
            special.put(d.date(), d.kind().isWorking());
        }
        return d -> special.getOrDefault(d, d.getDayOfWeek() != DayOfWeek.SATURDAY
                && d.getDayOfWeek() != DayOfWeek.SUNDAY);
    }

    @Override
    public String toString() {
        return "ArchiveChannelProvider";
    }
}
