package org.zwgk.spring;

import java.time.DateTimeException;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.zwgk.spi.ZwgkException;

/**
 * The {@code zwgk.*} settings of the Spring Boot integration. The dispatcher keys are those of {@code zwgk dispatch}
 * (same names, defaults and ranges), so one set of values serves an embedded and a standalone dispatcher. The
 * channel keys {@code zwgk.channel.<id>.<key>} are not bound here: the channel registry reads them, with the checks
 * of the channel file (docs/channels.md).
 */
@ConfigurationProperties(prefix = "zwgk")
public class ZwgkProperties {

    /** Whether to auto-configure zwgk. */
    private boolean enabled = true;

    /**
     * The standard catalogue (标准目录) file, YAML or JSON: classpath:zwgk/catalogue.yaml or a file path. Validated
     * at start-up with the same located errors as "zwgk validate"; the application does not start with a broken
     * catalogue. Required unless the application declares its own CatalogueView bean.
     */
    private String catalogue;

    /** Time zone of the engine's clock: dates of obligations and deadlines are counted in it. */
    private String zone = "Asia/Shanghai";

    /** Language of start-up failure reports and health messages: zh or en. */
    private String lang = "zh";

    private final Calendar calendar = new Calendar();

    private final Dispatch dispatch = new Dispatch();

    private final Health health = new Health();

    private final Log log = new Log();

    private final Screening screening = new Screening();

    /** The working-day calendar: the bundled State Council notices plus year files added without a release. */
    public static class Calendar {

        /**
         * A directory of extra year files (YYYY.yaml|yml|json, format schemas/calendar.schema.json), e.g. next year's
         * notice before a zwgk release has it. Files on the class path under zwgk/calendar/cn/ are always read.
         */
        private String data;

        /** Strict mode: a deadline past the calendar's data is an error (ZWGK-2005) instead of provisional. */
        private boolean strict = false;

        public String getData() {
            return data;
        }

        public void setData(String data) {
            this.data = data;
        }

        public boolean isStrict() {
            return strict;
        }

        public void setStrict(boolean strict) {
            this.strict = strict;
        }
    }

    /** The in-process dispatcher (the same settings as {@code zwgk dispatch}). */
    public static class Dispatch {

        /**
         * Whether this application runs a dispatcher: started with the application context, stopped gracefully
         * when it closes. Set false when separate "zwgk dispatch" processes deliver.
         */
        private boolean enabled = true;

        /** Worker threads (1–64). */
        private int threads = 2;

        /** Attempts before an entry is quarantined (1–1000). */
        private int maxAttempts = 8;

        /** Entries claimed per round (1–1000). */
        private int batchSize = 16;

        /** How long a claim is held, in seconds; must exceed the slowest delivery (5–86400). */
        private int leaseSeconds = 120;

        /** Pause between rounds when nothing is ready, in milliseconds (10–60000). */
        private int pollMillis = 500;

        /** First retry delay, in seconds, doubled per attempt with jitter (1–3600). */
        private int backoffBaseSeconds = 2;

        /** Longest retry delay, in seconds (1–604800). */
        private int backoffMaxSeconds = 3600;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public int getThreads() {
            return threads;
        }

        public void setThreads(int threads) {
            this.threads = threads;
        }

        public int getMaxAttempts() {
            return maxAttempts;
        }

        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        public int getBatchSize() {
            return batchSize;
        }

        public void setBatchSize(int batchSize) {
            this.batchSize = batchSize;
        }

        public int getLeaseSeconds() {
            return leaseSeconds;
        }

        public void setLeaseSeconds(int leaseSeconds) {
            this.leaseSeconds = leaseSeconds;
        }

        public int getPollMillis() {
            return pollMillis;
        }

        public void setPollMillis(int pollMillis) {
            this.pollMillis = pollMillis;
        }

        public int getBackoffBaseSeconds() {
            return backoffBaseSeconds;
        }

        public void setBackoffBaseSeconds(int backoffBaseSeconds) {
            this.backoffBaseSeconds = backoffBaseSeconds;
        }

        public int getBackoffMaxSeconds() {
            return backoffMaxSeconds;
        }

        public void setBackoffMaxSeconds(int backoffMaxSeconds) {
            this.backoffMaxSeconds = backoffMaxSeconds;
        }
    }

    /** The tamper-evident event log. */
    public static class Log {

        /**
         * The event log key (a secret of at least 16 characters, kept outside the database, e.g. from an environment
         * variable: ZWGK_LOG_KEY): events become HMAC-SHA256 and queued payloads carry an HMAC. zwgk dispatch and
         * zwgk log verify need the same key. Never printed; Actuator shows it masked under its default show-values=never.
         */
        private String key;

        public String getKey() {
            return key;
        }

        public void setKey(String key) {
            this.key = key;
        }

        @Override
        public String toString() {
            return "Log[key=" + (key == null ? "none" : "******") + "]";
        }
    }

    /** The personal-data screening of everything that leaves for a public channel. */
    public static class Screening {

        /** Whether gate.publish screens titles, bodies and attachments (default on; never silently off). */
        private boolean enabled = true;

        /** Host-supplied sensitive words, flagged wherever they appear (e.g. names of protected persons). */
        private java.util.List<String> sensitiveWords = new java.util.ArrayList<>();

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public java.util.List<String> getSensitiveWords() {
            return sensitiveWords;
        }

        public void setSensitiveWords(java.util.List<String> sensitiveWords) {
            this.sensitiveWords = sensitiveWords;
        }
    }

    /** The Actuator health component and the obligation gauges. */
    public static class Health {

        /** Window of the "due soon" count, in calendar days from today (0–366). */
        private int dueSoonDays = 3;

        public int getDueSoonDays() {
            return dueSoonDays;
        }

        public void setDueSoonDays(int dueSoonDays) {
            this.dueSoonDays = dueSoonDays;
        }
    }

    /**
     * Checks every value against its range (ZWGK-7005, as {@code zwgk dispatch} does with ZWGK-9153), so a typo
     * never runs with a value nobody chose.
     */
    public void validate() {
        zoneId();
        if (!lang.equals("zh") && !lang.equals("en")) {
            throw new ZwgkException(SpringErrors.BAD_SETTING, "zwgk.lang", lang, "zh / en");
        }
        range("zwgk.dispatch.threads", dispatch.threads, 1, 64);
        range("zwgk.dispatch.max-attempts", dispatch.maxAttempts, 1, 1000);
        range("zwgk.dispatch.batch-size", dispatch.batchSize, 1, 1000);
        range("zwgk.dispatch.lease-seconds", dispatch.leaseSeconds, 5, 86400);
        range("zwgk.dispatch.poll-millis", dispatch.pollMillis, 10, 60000);
        range("zwgk.dispatch.backoff-base-seconds", dispatch.backoffBaseSeconds, 1, 3600);
        range("zwgk.dispatch.backoff-max-seconds", dispatch.backoffMaxSeconds, 1, 86400 * 7);
        range("zwgk.health.due-soon-days", health.dueSoonDays, 0, 366);
    }

    private static void range(String key, int value, int min, int max) {
        if (value < min || value > max) {
            throw new ZwgkException(SpringErrors.BAD_SETTING, key, value, min + "–" + max);
        }
    }

    /** {@link #getZone()} as a zone id (ZWGK-7005 when it is none). */
    public ZoneId zoneId() {
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw new ZwgkException(SpringErrors.BAD_SETTING, "zwgk.zone", zone, "IANA 时区，如 Asia/Shanghai / an IANA "
                    + "zone id such as Asia/Shanghai");
        }
    }

    /** The locale of {@link #getLang()}. */
    public java.util.Locale locale() {
        return "en".equals(lang) ? java.util.Locale.ENGLISH : java.util.Locale.CHINA;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getCatalogue() {
        return catalogue;
    }

    public void setCatalogue(String catalogue) {
        this.catalogue = catalogue;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    public Calendar getCalendar() {
        return calendar;
    }

    public Dispatch getDispatch() {
        return dispatch;
    }

    public Health getHealth() {
        return health;
    }

    public Log getLog() {
        return log;
    }

    public Screening getScreening() {
        return screening;
    }
}
