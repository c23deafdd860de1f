package org.zwgk.check;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.zwgk.calendar.WorkingCalendar;
import org.zwgk.catalogue.Catalogue;
import org.zwgk.screen.Screener;
import org.zwgk.check.internal.Engine;
import org.zwgk.store.ZwgkStore;

/**
 * The self-check: what assessors will find in the disclosure column (国办秘函〔2019〕19号, reference §15), found before
 * they come, from what only zwgk knows — the catalogue, the deadlines and what was actually delivered where.
 *
 * <pre>{@code
 * CheckReport r = SelfCheck.builder().store(zwgk.store()).catalogue(catalogue).site(Path.of("/srv/www/zwgk"))
 *         .asOf(LocalDate.of(2025, 12, 31)).build().run();
 * r.findings().forEach(f -> System.out.println(f.id() + " " + f.severity() + " " + f.message(Locale.CHINA)));
 * Files.writeString(out, CheckHtml.render(r, Locale.CHINA));
 * }</pre>
 *
 * <p>Indicators about deadlines, columns and reports look at the records as they stood at the end of the check's day
 * ({@link Builder#asOf}); the ones about channels, pages and personal data look at the store and site as they are.
 * Without a catalogue the column indicators are skipped, without a site the site indicators; the report says which.
 * Read-only: a check never changes the store or the site.
 */
public final class SelfCheck {

    private final ZwgkStore store;
    private final Catalogue catalogue;
    private final Path site;
    private final LocalDate asOf;
    private final ZoneId zone;
    private final WorkingCalendar calendar;
    private final CheckSettings settings;
    private final Screener screener;
    private final Set<String> bodies;
    private final String storeLabel;
    private final boolean rescreen;

    private SelfCheck(Builder b) {
        this.store = Objects.requireNonNull(b.store, "store");
        this.catalogue = b.catalogue;
        this.site = b.site;
        this.zone = b.zone;
        this.asOf = b.asOf != null ? b.asOf : LocalDate.now(store.clock().withZone(zone));
        this.calendar = b.calendar != null ? b.calendar : WorkingCalendar.national();
        this.settings = b.settings;
        this.screener = b.screener != null ? b.screener : Screener.standard();
        this.bodies = Set.copyOf(b.bodies);
        this.storeLabel = b.storeLabel != null ? b.storeLabel : store.dialect().name();
        this.rescreen = b.rescreen;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Configuration; only the store is required. */
    public static final class Builder {
        private ZwgkStore store;
        private Catalogue catalogue;
        private Path site;
        private LocalDate asOf;
        private ZoneId zone = ZoneId.of("Asia/Shanghai");
        private WorkingCalendar calendar;
        private CheckSettings settings = CheckSettings.DEFAULTS;
        private Screener screener;
        private final Set<String> bodies = new LinkedHashSet<>();
        private String storeLabel;
        private boolean rescreen;

        /**
         * The engine's store and its screening (with its sensitive words and fingerprint key, so that findings a
         * reviewer accepted are recognised); a host that turned the screening off gets the standard one here.
         */
        public Builder zwgk(org.zwgk.gate.Zwgk engine) {
            this.store = engine.store();
            engine.screener().ifPresent(s -> this.screener = s);
            return this;
        }

        /** The zwgk store to check (e.g. {@code zwgk.store()}, or {@code ZwgkStore.openExisting(url, clock)}). */
        public Builder store(ZwgkStore s) {
            this.store = s;
            return this;
        }

        /** The standard catalogue whose columns are checked; without one the column indicators are skipped. */
        public Builder catalogue(Catalogue c) {
            this.catalogue = c;
            return this;
        }

        /** The static site's directory; without one the site indicators are skipped. */
        public Builder site(Path dir) {
            this.site = dir;
            return this;
        }

        /** The day to look at (default: today on the store's clock, in the zone). */
        public Builder asOf(LocalDate day) {
            this.asOf = day;
            return this;
        }

        /** The zone of days and deadlines (default Asia/Shanghai). */
        public Builder zone(ZoneId z) {
            this.zone = Objects.requireNonNull(z, "zone");
            return this;
        }

        /** The working-day calendar (default {@link WorkingCalendar#national()}). */
        public Builder calendar(WorkingCalendar c) {
            this.calendar = c;
            return this;
        }

        public Builder settings(CheckSettings s) {
            this.settings = Objects.requireNonNull(s, "settings");
            return this;
        }

        /**
         * How personal data is found: the host's screener, with its sensitive words and fingerprint key, so that the
         * findings a reviewer accepted at publication ({@code zwgk_finding_acceptance}) are recognised. Default
         * {@link Screener#standard()}: identity, mobile and bank card numbers, the extractors on the class path.
         */
        public Builder screener(Screener s) {
            this.screener = Objects.requireNonNull(s, "screener");
            return this;
        }

        /**
         * Bodies whose annual reports are checked, besides those the store knows (bodies with applications or an
         * issued report): name them as {@code AnnualReports} does (e.g. {@code 凤城镇人民政府}).
         */
        public Builder bodies(Collection<String> names) {
            names.forEach(n -> bodies.add(Objects.requireNonNull(n, "body")));
            return this;
        }

        /** How the report names the store (e.g. its URL without credentials, {@code ZwgkStore.redact(url)}). */
        public Builder storeLabel(String label) {
            this.storeLabel = label;
            return this;
        }

        /**
         * Whether to screen every published item for personal data again (default false). By default the screening
         * the gate recorded at publication stands for an item whose published content, screening configuration
         * ({@link Screener#signature()}) and accepted findings are unchanged, so a check does not extract every
         * attachment again; items without such a record (published with the screening off, before V12, or with
         * another screener) are screened either way.
         */
        public Builder rescreen(boolean all) {
            this.rescreen = all;
            return this;
        }

        public SelfCheck build() {
            return new SelfCheck(this);
        }
    }

    /** Runs every indicator it can and returns the report. */
    public CheckReport run() {
        return new Engine(store, storeLabel, catalogue, site, asOf, zone, calendar, settings, screener, bodies,
                rescreen, Instant.now(store.clock())).run();
    }
}
