package org.zwgk.benchmarks;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.zwgk.gate.Disclosure;
import org.zwgk.gate.Gate;
import org.zwgk.gate.Zwgk;
import org.zwgk.testing.MutableClock;
import org.zwgk.testing.TestDatabase;

/**
 * The cost the gate adds to a host transaction. Both benchmarks run the same host transaction — the host inserts
 * its own approval row and commits — and differ only in what disclosure bookkeeping it carries:
 * <ul>
 *   <li>{@code bareInsert}: the host writes the obligation row itself with one plain INSERT (the baseline);</li>
 *   <li>{@code gateRegister}: the host calls {@code gate.register(...)} (item, obligation with its deadline from the
 *       working-day calendar, hash-chained lifecycle event).</li>
 * </ul>
 * Target: gateRegister ≤ 1.5 × bareInsert.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class GateBenchmark {

    @Param({"H2", "POSTGRES"})
    public String database;

    private DataSource ds;
    private Zwgk zwgk;
    private Connection c;
    private final AtomicLong seq = new AtomicLong();
    private static final LocalDate FORMED = LocalDate.of(2024, 9, 20);

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        ds = TestDatabase.valueOf(database).fresh();
        zwgk = Zwgk.builder().dataSource(ds).clock(MutableClock.beijing()).build();
        c = ds.getConnection();
        c.setAutoCommit(false);
        try (var st = c.createStatement()) {
            st.execute("CREATE TABLE host_approval (id VARCHAR(64) PRIMARY KEY, title VARCHAR(200), approved_on DATE)");
        }
        c.commit();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        c.close();
    }

    private String hostStep(String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO host_approval (id, title, approved_on) VALUES (?, ?, ?)")) {
            ps.setString(1, id);
            ps.setString(2, "关于2024年部门预算的批复");
            ps.setDate(3, Date.valueOf(FORMED));
            ps.executeUpdate();
        }
        return id;
    }

    @Benchmark
    public void bareInsert() throws SQLException {
        String id = hostStep("b" + seq.incrementAndGet());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO zwgk_obligation (obligation_key, step_id, item_id, "
                + "kind, title, status, start_on, due_on, provisional, calendar_version, rule_text, created_at) "
                + "VALUES (?, ?, ?, 'PUBLISH', ?, 'OPEN', ?, ?, FALSE, 'v', ?, ?)")) {
            ps.setString(1, "publish:" + id);
            ps.setString(2, id);
            ps.setString(3, id);
            ps.setString(4, "2024年部门预算");
            ps.setDate(5, Date.valueOf(FORMED));
            ps.setDate(6, Date.valueOf(FORMED.plusDays(28)));
            ps.setString(7, "信息形成或者变更之日起20个工作日内");
            ps.setObject(8, OffsetDateTime.now());
            ps.executeUpdate();
        }
        c.commit();
    }

    @Benchmark
    public Gate.Registration gateRegister() throws SQLException {
        String id = hostStep("g" + seq.incrementAndGet());
        Gate.Registration r = zwgk.gate(c).register(new Disclosure(id, "01432281X", null, "2024年部门预算", "正文",
                "某县财政局", "", FORMED, false, List.of("website"), id, null));
        c.commit();
        return r;
    }
}
