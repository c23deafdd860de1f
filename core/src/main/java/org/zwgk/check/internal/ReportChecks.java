package org.zwgk.check.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.zwgk.check.Evidence;
import org.zwgk.check.Finding;
import org.zwgk.check.Indicator;
import org.zwgk.check.Text;
import org.zwgk.report.AnnualReport;
import org.zwgk.report.ReportJson;
import org.zwgk.spi.ZwgkException;
import org.zwgk.store.internal.CheckRows;
import org.zwgk.store.internal.Persistence;

/**
 * The annual report (Arts. 49–50) of every year that has ended since zwgk's first record: issued by 31 January
 * ({@code AnnualReports.issue}, the period lock) and public by 31 March (published through zwgk under the column's
 * 政府信息公开年报, its JSON attached). Years before the first record are not zwgk's to know.
 */
final class ReportChecks {

    private ReportChecks() {
    }

    /** (body, year) → the day the report became public. */
    private record Key(String body, int year) {
    }

    static List<Finding> run(CheckContext ctx, Connection c, Persistence db) throws SQLException {
        Integer firstYear = firstYear(ctx);
        if (firstYear == null) {
            return List.of();
        }
        TreeSet<String> bodies = new TreeSet<>(ctx.bodies);
        bodies.addAll(ctx.facts.applicationBodies);
        Map<Key, LocalDate> issued = new HashMap<>();
        for (CheckRows.IssuedReport r : ctx.facts.issuedReports) {
            bodies.add(r.body());
            issued.put(new Key(r.body(), r.year()), r.issuedOn());
        }
        Map<Key, LocalDate> published = new HashMap<>();
        for (CheckRows.ReportFile f : db.checks().annualReportFiles(c)) {
            AnnualReport report;
            try {
                report = ReportJson.read(new String(f.content(), StandardCharsets.UTF_8));
            } catch (ZwgkException e) {
                continue; // not a report document; zwgk report check says why
            }
            CheckRows.ItemFact item = ctx.facts.itemsById.get(f.itemId());
            Instant pub = item == null || ctx.facts.withdrawnBefore(item.itemId(), ctx.cutoff) ? null
                    : ctx.facts.publicSince(item, ctx.settings.columnChannel(), ctx.cutoff);
            if (pub != null) {
                bodies.add(report.body());
                published.merge(new Key(report.body(), report.year()), ctx.day(pub),
                        (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (String body : bodies) {
            for (int year = firstYear; year < ctx.asOf.getYear(); year++) {
                Key k = new Key(body, year);
                LocalDate issueDue = ctx.settings.reportIssuedBy().atYear(year + 1);
                if (ctx.asOf.isAfter(issueDue)) {
                    LocalDate on = Optional.ofNullable(issued.get(k)).filter(d -> !d.isAfter(ctx.asOf)).orElse(null);
                    if (on == null || on.isAfter(issueDue)) {
                        out.add(Finding.of(Indicator.REPORT_NOT_ISSUED, null,
                                Evidence.NONE.withItem(null, body + year, null).withDue(issueDue).withDate(on)
                                        .withPeriod(String.valueOf(year)),
                                body, year, issueDue, status(on, ctx.asOf, "发布", "issued")));
                    }
                }
                LocalDate publicDue = ctx.settings.reportPublicBy().atYear(year + 1);
                if (ctx.asOf.isAfter(publicDue)) {
                    LocalDate on = published.get(k);
                    if (on == null || on.isAfter(publicDue)) {
                        out.add(Finding.of(Indicator.REPORT_NOT_PUBLISHED, null,
                                Evidence.NONE.withItem(null, body + year, null).withDue(publicDue).withDate(on)
                                        .withPeriod(String.valueOf(year)).withChannel(ctx.settings.columnChannel()),
                                body, year, publicDue, status(on, ctx.asOf, "公开", "public")));
                    }
                }
            }
        }
        return out;
    }

    private static Text status(LocalDate on, LocalDate asOf, String zh, String en) {
        return on == null ? Text.of("截至 " + asOf + " 尚未" + zh, "on " + asOf + " it is not yet " + en)
                : Text.of("实际于 " + on + " " + zh, "it was " + en + " on " + on);
    }

    /** The year of zwgk's first record (an item registered, an application received), null when there is none. */
    private static Integer firstYear(CheckContext ctx) {
        LocalDate first = ctx.facts.firstRegistration == null ? null : ctx.day(ctx.facts.firstRegistration);
        LocalDate app = ctx.facts.firstApplication;
        if (app != null && (first == null || app.isBefore(first))) {
            first = app;
        }
        return first == null ? null : first.getYear();
    }
}
