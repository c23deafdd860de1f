package org.zwgk.request;

import org.zwgk.timelimit.ReceiptRules;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.zwgk.request.internal.EventCodec;
import org.zwgk.spi.ZwgkException;
import org.zwgk.store.internal.ApplicationRows;

/**
 * Applications in a relational database (H2 or PostgreSQL) as a registration row plus an append-only event table;
 * the state is rebuilt (and re-checked) from the events on load. Saving is one transaction with optimistic locking
 * on the version column. Also the {@link PeriodLocks} table ({@link #periodLocks()}).
 *
 * <p>Errors never echo row contents: SQL messages can contain bound values (applicant data), so only the SQL state
 * is reported.
 */
public final class JdbcApplicationRepository implements ApplicationRepository {

    private final DataSource dataSource;
    private final ApplicationRows rows = new ApplicationRows();

    public JdbcApplicationRepository(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * Brings the schema up to date through the store's one migration list ({@code org.zwgk.store.Migrations};
     * the application tables are migration {@code V2__requests.sql}); idempotent.
     */
    public JdbcApplicationRepository migrate() {
        org.zwgk.store.ZwgkStore.open(dataSource, java.time.Clock.systemUTC());
        return this;
    }

    @Override
    public Application save(Application a) {
        String id = a.id().value();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                int stored;
                if (a.version() == 0) {
                    insertRegistration(c, a.registration());
                    stored = 0;
                } else {
                    if (!rows.bumpVersion(c, id, a.version())) {
                        c.rollback();
                        throw new ZwgkException(RequestErrors.CONCURRENT_CHANGE, a.id(), rows.version(c, id));
                    }
                    stored = rows.eventCount(c, id);
                }
                List<ApplicationRows.Event> fresh = new ArrayList<>();
                List<ApplicationEvent> events = a.events();
                for (int i = stored; i < events.size(); i++) {
                    ApplicationEvent e = events.get(i);
                    fresh.add(new ApplicationRows.Event(e.kind(), e.on(), EventCodec.payload(e)));
                }
                rows.appendEvents(c, id, stored, fresh);
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                if ("23505".equals(e.getSQLState()) && a.version() == 0) {
                    throw new ZwgkException(RequestErrors.DUPLICATE_APPLICATION, a.id());
                }
                throw e;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        return Application.restore(a.registration(), a.events(), a.version() + 1);
    }

    private void insertRegistration(Connection c, Registration r) throws SQLException {
        rows.insert(c, new ApplicationRows.Registered(r.id().value(), r.body(), r.applicant().type().name(),
                r.applicant().name(), r.applicant().idDocument(), r.applicant().contact(), r.request(),
                r.channel().name(), r.receivedOn()));
    }

    @Override
    public Optional<Application> find(ApplicationId id) {
        List<Application> found = query(c -> rows.byId(c, id.value()));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public List<Application> findByBody(String body) {
        return query(c -> rows.byBody(c, body));
    }

    @Override
    public List<Application> findAll() {
        return query(rows::all);
    }

    private interface Read {
        List<ApplicationRows.Stored> apply(Connection c) throws SQLException;
    }

    private List<Application> query(Read read) {
        List<ApplicationRows.Stored> stored;
        try (Connection c = dataSource.getConnection()) {
            stored = read.apply(c);
        } catch (SQLException e) {
            throw failure(e);
        }
        List<Application> out = new ArrayList<>();
        try {
            for (ApplicationRows.Stored s : stored) {
                ApplicationRows.Registered r = s.registration();
                Registration reg = new Registration(ApplicationId.of(r.id()), r.body(),
                        new Applicant(ApplicantType.valueOf(r.applicantType()), r.applicantName(),
                                r.applicantIdDocument(), r.applicantContact()),
                        r.request(), ReceiptRules.Channel.valueOf(r.channel()), r.receivedOn());
                List<ApplicationEvent> events = new ArrayList<>();
                for (ApplicationRows.Event e : s.events()) {
                    events.add(EventCodec.event(e.kind(), e.on(), e.payload()));
                }
                out.add(Application.restore(reg, events, s.version()));
            }
        } catch (IOException e) {
            throw new ZwgkException(RequestErrors.STORE_FAILURE, e, "event payload");
        }
        return out;
    }

    /** The period locks kept in the same database. */
    public PeriodLocks periodLocks() {
        return new PeriodLocks() {
            @Override
            public Optional<LocalDate> issuedOn(String body, int year) {
                try (Connection c = dataSource.getConnection()) {
                    return rows.issuedOn(c, body, year);
                } catch (SQLException e) {
                    throw failure(e);
                }
            }

            @Override
            public void lock(String body, int year, LocalDate issuedOn) {
                try (Connection c = dataSource.getConnection()) {
                    rows.lock(c, body, year, issuedOn);
                } catch (SQLException e) {
                    throw failure(e);
                }
            }
        };
    }

    private static ZwgkException failure(SQLException e) {
        // the SQL message may contain bound values (personal data): report the SQL state only
        return new ZwgkException(RequestErrors.STORE_FAILURE, "SQLState " + e.getSQLState() + ", code "
                + e.getErrorCode());
    }
}
