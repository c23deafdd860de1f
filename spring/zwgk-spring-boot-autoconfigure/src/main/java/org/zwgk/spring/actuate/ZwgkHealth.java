package org.zwgk.spring.actuate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.zwgk.publish.ChannelPause;
import org.zwgk.spi.ErrorCode;
import org.zwgk.spi.ZwgkException;
import org.zwgk.spi.channel.DeliveryStatus;
import org.zwgk.spring.ZwgkMonitor;

/**
 * The zwgk health component, independent of Boot's health API (which moved between Boot 3 and 4; thin adapters
 * for each turn a {@link Result} into their {@code Health}).
 *
 * <ul>
 *   <li>{@code DOWN} only when zwgk's tables cannot be read (database gone, schema missing);</li>
 *   <li>{@code WARNING} when an operator must act — a quarantined delivery or an overdue obligation — mapped to
 *       HTTP 200 so that no liveness or readiness probe restarts the application for it;</li>
 *   <li>{@code UP} otherwise. A channel paused by a rate limit is a detail, not a warning: it resumes by itself.</li>
 * </ul>
 */
public final class ZwgkHealth {

    public static final String UP = "UP";
    public static final String WARNING = "WARNING";
    public static final String DOWN = "DOWN";

    private final ZwgkMonitor monitor;
    private final Locale locale;

    public ZwgkHealth(ZwgkMonitor monitor, Locale locale) {
        this.monitor = Objects.requireNonNull(monitor, "monitor");
        this.locale = locale;
    }

    /** A status code, its description and the details shown under {@code components.zwgk.details}. */
    public record Result(String status, String description, Map<String, Object> details) {
    }

    public Result check() {
        ZwgkMonitor.Snapshot s;
        try {
            s = monitor.read();
        } catch (ZwgkException e) {
            return down(e.message(locale));
        } catch (RuntimeException e) {
            return down(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
        boolean en = ErrorCode.isEnglish(locale);
        Map<String, Object> d = new LinkedHashMap<>();
        Map<String, Long> outbox = new LinkedHashMap<>();
        for (DeliveryStatus status : DeliveryStatus.values()) {
            outbox.put(status.name(), s.outbox().getOrDefault(status, 0L));
        }
        d.put("outbox", outbox);
        if (s.unrecognised() > 0) {
            d.put("outboxUnrecognisedStatus", s.unrecognised());
        }
        d.put("backlog", s.backlog());
        d.put("quarantined", s.quarantined());
        Map<String, Object> paused = new LinkedHashMap<>();
        for (ChannelPause p : s.pauses()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("until", String.valueOf(p.pausedUntil()));
            one.put("reason", p.reason());
            paused.put(p.channel(), one);
        }
        d.put("pausedChannels", paused);
        d.put("overdueObligations", s.overdue());
        d.put("obligationsDueSoon", s.dueSoon());
        d.put("dueSoonDays", s.dueSoonDays());
        List<String> attention = new ArrayList<>();
        if (s.quarantined() > 0) {
            attention.add(en ? s.quarantined() + " delivery(ies) quarantined: see `zwgk outbox list --status "
                    + "QUARANTINED`, then `zwgk outbox retry ID`"
                    : s.quarantined() + " 条投递已隔离，需人工处理：zwgk outbox list --status QUARANTINED 查看，"
                    + "zwgk outbox retry 编号 重试");
        }
        if (s.overdue() > 0) {
            attention.add(en ? s.overdue() + " disclosure obligation(s) overdue (Art. 26: publish within the time "
                    + "limit)" : s.overdue() + " 项公开义务已逾期（条例第二十六条：在时限内公开）");
        }
        if (attention.isEmpty()) {
            return new Result(UP, "", d);
        }
        d.put("attention", attention);
        return new Result(WARNING, en ? "an operator must act" : "需要运维人员处理", d);
    }

    private static Result down(String error) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("error", error);
        return new Result(DOWN, "", d);
    }
}
