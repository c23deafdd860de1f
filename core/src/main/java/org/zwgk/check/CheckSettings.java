package org.zwgk.check;

import java.time.Duration;
import java.time.MonthDay;
import java.util.Objects;
import org.zwgk.spi.ZwgkException;

/**
 * The thresholds of the self-check. The defaults are those of 国办秘函〔2019〕19号 and the Regulation (reference §15);
 * a province's own table may be stricter.
 *
 * @param staleMonths          a column whose newest information is older than this many months is "not updated"
 * @param staleColumnsVeto     more columns not updated than this is a veto (19号: more than 5)
 * @param blankColumnsVeto     more blank columns than this is a veto (19号: more than 5)
 * @param applicationDueSoon   applications due within this many working days are listed as notices
 * @param channelGrace         how long an entry may wait on a channel before the channels count as out of step
 * @param reportIssuedBy       the annual report on the past year is issued by this day (Art. 49: 31 January)
 * @param reportPublicBy       and public by this day (Art. 49 ¶2: 31 March)
 * @param columnChannel        the channel whose columns are checked (the government website, Art. 23)
 */
public record CheckSettings(int staleMonths, int staleColumnsVeto, int blankColumnsVeto, int applicationDueSoon,
                            Duration channelGrace, MonthDay reportIssuedBy, MonthDay reportPublicBy,
                            String columnChannel) {

    public static final CheckSettings DEFAULTS = new CheckSettings(6, 5, 5, 5, Duration.ofHours(24),
            MonthDay.of(1, 31), MonthDay.of(3, 31), "website");

    public CheckSettings {
        range("staleMonths", staleMonths, 1, 120);
        range("staleColumnsVeto", staleColumnsVeto, 0, 10_000);
        range("blankColumnsVeto", blankColumnsVeto, 0, 10_000);
        range("applicationDueSoon", applicationDueSoon, 0, 100);
        Objects.requireNonNull(channelGrace, "channelGrace");
        if (channelGrace.isNegative() || channelGrace.compareTo(Duration.ofDays(365)) > 0) {
            throw new ZwgkException(CheckCodes.BAD_SETTING, "channelGrace", channelGrace, "0 – 365d");
        }
        Objects.requireNonNull(reportIssuedBy, "reportIssuedBy");
        Objects.requireNonNull(reportPublicBy, "reportPublicBy");
        Objects.requireNonNull(columnChannel, "columnChannel");
        if (!columnChannel.matches("[a-z0-9][a-z0-9_-]{0,63}")) {
            throw new ZwgkException(CheckCodes.BAD_SETTING, "columnChannel", columnChannel, "[a-z0-9][a-z0-9_-]*");
        }
    }

    private static void range(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new ZwgkException(CheckCodes.BAD_SETTING, name, value, min + " – " + max);
        }
    }

    public CheckSettings withStaleMonths(int v) {
        return new CheckSettings(v, staleColumnsVeto, blankColumnsVeto, applicationDueSoon, channelGrace,
                reportIssuedBy, reportPublicBy, columnChannel);
    }

    public CheckSettings withStaleColumnsVeto(int v) {
        return new CheckSettings(staleMonths, v, blankColumnsVeto, applicationDueSoon, channelGrace, reportIssuedBy,
                reportPublicBy, columnChannel);
    }

    public CheckSettings withBlankColumnsVeto(int v) {
        return new CheckSettings(staleMonths, staleColumnsVeto, v, applicationDueSoon, channelGrace, reportIssuedBy,
                reportPublicBy, columnChannel);
    }

    public CheckSettings withApplicationDueSoon(int v) {
        return new CheckSettings(staleMonths, staleColumnsVeto, blankColumnsVeto, v, channelGrace, reportIssuedBy,
                reportPublicBy, columnChannel);
    }

    public CheckSettings withChannelGrace(Duration v) {
        return new CheckSettings(staleMonths, staleColumnsVeto, blankColumnsVeto, applicationDueSoon, v,
                reportIssuedBy, reportPublicBy, columnChannel);
    }

    public CheckSettings withReportDeadlines(MonthDay issuedBy, MonthDay publicBy) {
        return new CheckSettings(staleMonths, staleColumnsVeto, blankColumnsVeto, applicationDueSoon, channelGrace,
                issuedBy, publicBy, columnChannel);
    }

    public CheckSettings withColumnChannel(String v) {
        return new CheckSettings(staleMonths, staleColumnsVeto, blankColumnsVeto, applicationDueSoon, channelGrace,
                reportIssuedBy, reportPublicBy, v);
    }
}
