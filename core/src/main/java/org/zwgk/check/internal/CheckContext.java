package org.zwgk.check.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zwgk.calendar.WorkingCalendar;
import org.zwgk.catalogue.Catalogue;
import org.zwgk.catalogue.Domain;
import org.zwgk.catalogue.Item;
import org.zwgk.check.CheckSettings;
import org.zwgk.check.Column;
import org.zwgk.screen.Screener;
import org.zwgk.store.ZwgkStore;

/**
 * Everything one check run works with: the day it looks at, the facts of the store, and the optional catalogue and
 * site. {@code cutoff} is the first instant after {@code asOf} in the zone: facts recorded at or after it are not
 * yet known on {@code asOf}.
 */
public final class CheckContext {

    public final LocalDate asOf;
    public final ZoneId zone;
    public final Instant cutoff;
    public final Instant now;
    public final WorkingCalendar calendar;
    public final CheckSettings settings;
    public final Catalogue catalogue;
    public final Path site;
    public final Screener screener;
    public final ZwgkStore store;
    public final Facts facts;
    public final Set<String> bodies;
    private final Map<String, Column> columns = new HashMap<>();

    public CheckContext(LocalDate asOf, ZoneId zone, Instant now, WorkingCalendar calendar, CheckSettings settings,
                        Catalogue catalogue, Path site, Screener screener, ZwgkStore store, Facts facts,
                        Set<String> bodies) {
        this.asOf = asOf;
        this.zone = zone;
        this.cutoff = asOf.plusDays(1).atStartOfDay(zone).toInstant();
        this.now = now;
        this.calendar = calendar;
        this.settings = settings;
        this.catalogue = catalogue;
        this.site = site;
        this.screener = screener;
        this.store = store;
        this.facts = facts;
        this.bodies = Set.copyOf(bodies);
        if (catalogue != null) {
            for (Domain d : catalogue.domains()) {
                for (Item i : d.items()) {
                    columns.put(i.id(), new Column(i.id(), i.name(), d.name()));
                }
            }
        }
    }

    /** The day of an instant in the check's zone. */
    public LocalDate day(Instant t) {
        return t.atZone(zone).toLocalDate();
    }

    /** Working days in {@code (a, b]} on the check's calendar. */
    public int workingDays(LocalDate a, LocalDate b) {
        return calendar.workingDaysBetween(a, b);
    }

    /** The column of a catalogue item: named from the catalogue when given, else by its id alone; null for none. */
    public Column column(String catalogueItemId) {
        if (catalogueItemId == null) {
            return null;
        }
        return columns.computeIfAbsent(catalogueItemId, id -> new Column(id, id, ""));
    }

    /** The catalogue's items, empty without a catalogue. */
    public List<Item> catalogueItems() {
        return catalogue == null ? List.of() : catalogue.items();
    }
}
