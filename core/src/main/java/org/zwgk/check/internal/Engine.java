package org.zwgk.check.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.zwgk.calendar.WorkingCalendar;
import org.zwgk.catalogue.Catalogue;
import org.zwgk.check.CheckReport;
import org.zwgk.check.CheckSettings;
import org.zwgk.check.Finding;
import org.zwgk.check.Indicator;
import org.zwgk.check.Text;
import org.zwgk.screen.Screener;
import org.zwgk.store.StoreErrors;
import org.zwgk.store.StoreException;
import org.zwgk.store.ZwgkStore;
import org.zwgk.store.internal.Persistence;

/** One run of the self-check: reads the facts once, runs every indicator it can, and assembles the report. */
public final class Engine {

    private final ZwgkStore store;
    private final String storeLabel;
    private final Catalogue catalogue;
    private final Path site;
    private final LocalDate asOf;
    private final ZoneId zone;
    private final WorkingCalendar calendar;
    private final CheckSettings settings;
    private final Screener screener;
    private final Set<String> bodies;
    private final boolean rescreen;
    private final Instant now;

    public Engine(ZwgkStore store, String storeLabel, Catalogue catalogue, Path site, LocalDate asOf, ZoneId zone,
                  WorkingCalendar calendar, CheckSettings settings, Screener screener,
                  Set<String> bodies, boolean rescreen, Instant now) {
        this.store = store;
        this.storeLabel = storeLabel;
        this.catalogue = catalogue;
        this.site = site;
        this.asOf = asOf;
        this.zone = zone;
        this.calendar = calendar;
        this.settings = settings;
        this.screener = screener;
        this.bodies = bodies;
        this.rescreen = rescreen;
        this.now = now;
    }

    public CheckReport run() {
        // The site is read beside the store, started first: a path that is not a directory is refused before any
        // database work; a site file that cannot be read (ZWGK-8051) is reported when the site's part is joined,
        // after the store's reads (a store failure is reported instead, and the site's part stopped).
        SiteWork siteWork = site == null ? null : SiteWork.start(site, screener);
        Persistence db = new Persistence(store.dialect());
        List<Finding> findings = new ArrayList<>();
        EnumSet<Indicator> checked = EnumSet.allOf(Indicator.class);
        List<CheckReport.Skipped> skipped = new ArrayList<>();
        try (Connection c = store.connection()) {
            // One snapshot for every read, so that the facts agree with each other while hosts keep writing.
            boolean autoCommit = c.getAutoCommit();
            int isolation = c.getTransactionIsolation();
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                read(c, db, findings, checked, skipped, siteWork);
            } finally {
                c.rollback();
                c.setTransactionIsolation(isolation);
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            cancel(siteWork);
            throw new StoreException(StoreErrors.DATABASE_ERROR, e, "check", StoreException.describe(e));
        } catch (RuntimeException | Error e) {
            cancel(siteWork);
            throw e;
        }
        String cat = catalogue == null ? null
                : catalogue.metadata().id() + "@" + catalogue.metadata().version();
        return new CheckReport(asOf, now, zone, storeLabel, site == null ? null : site.toString(), cat, settings,
                findings, List.copyOf(checked), skipped);
    }

    private void read(Connection c, Persistence db, List<Finding> findings, EnumSet<Indicator> checked,
                      List<CheckReport.Skipped> skipped, SiteWork siteWork) throws SQLException {
        Facts facts = new Facts(c, db, screener::mask);
        CheckContext ctx = new CheckContext(asOf, zone, now, calendar, settings, catalogue, site, screener, store,
                facts, bodies);
        findings.addAll(DeadlineChecks.publication(ctx));
        findings.addAll(DeadlineChecks.interpretation(ctx));
        if (catalogue != null) {
            findings.addAll(ColumnChecks.run(ctx));
        } else {
            skip(checked, skipped, Indicator.Scope.CATALOGUE, Text.of("未提供标准目录（--catalogue）",
                    "no standard catalogue was given (--catalogue)"));
        }
        Set<String> itemValues = new HashSet<>();
        findings.addAll(PersonalDataChecks.store(ctx, c, db, itemValues, rescreen));
        if (siteWork != null) {
            SiteWork.Result onSite = siteWork.join();
            findings.addAll(onSite.findings());
            findings.addAll(SiteChecks.items(ctx, onSite.scan()));
            findings.addAll(PersonalDataChecks.site(onSite.screened(), itemValues));
        } else {
            skip(checked, skipped, Indicator.Scope.SITE, Text.of("未提供网站目录（--site）",
                    "no site directory was given (--site)"));
        }
        findings.addAll(ReportChecks.run(ctx, c, db));
        findings.addAll(ApplicationChecks.run(ctx));
        findings.addAll(ChannelChecks.run(ctx));
    }

    private static void cancel(SiteWork w) {
        if (w != null) {
            w.cancel();
        }
    }

    private static void skip(EnumSet<Indicator> checked, List<CheckReport.Skipped> skipped, Indicator.Scope scope,
                             Text reason) {
        for (Indicator i : Indicator.values()) {
            if (i.scope() == scope) {
                checked.remove(i);
                skipped.add(new CheckReport.Skipped(i, reason));
            }
        }
    }
}
