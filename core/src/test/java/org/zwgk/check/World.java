package org.zwgk.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.zwgk.catalogue.Catalogue;
import org.zwgk.catalogue.CatalogueLoader;
import org.zwgk.classify.Classification;
import org.zwgk.classify.SecrecyReview;
import org.zwgk.gate.Disclosure;
import org.zwgk.gate.Gate;
import org.zwgk.gate.Zwgk;
import org.zwgk.publish.Dispatcher;
import org.zwgk.testing.MutableClock;
import org.zwgk.testing.RecordingAdapter;
import org.zwgk.testing.TestDatabase;

/**
 * A store built for one self-check test: the test catalogue, a website and a WeChat channel that record what they
 * receive, and a clock the test sets to the day each thing happens.
 */
final class World {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String BODY_CODE = "01432281X";

    final MutableClock clock = new MutableClock(LocalDate.of(2025, 1, 2).atTime(9, 0).atZone(ZONE).toInstant(), ZONE);
    final RecordingAdapter website = new RecordingAdapter("website");
    final RecordingAdapter wechat = new RecordingAdapter("wechat");
    final DataSource ds;
    final Zwgk zwgk;
    final Catalogue catalogue;

    World(TestDatabase db) {
        this(db, true);
    }

    /**
     * {@code screening = false}: the gate's screening off, as for a host that screens documents itself — the only way
     * unmasked personal data gets published through zwgk, and what the self-check must still find afterwards.
     */
    World(TestDatabase db, boolean screening) {
        this.ds = db.fresh();
        this.catalogue = catalogue();
        this.zwgk = Zwgk.builder().dataSource(ds).catalogue(catalogue).channel(website).channel(wechat).clock(clock)
                .screening(screening).build();
    }

    /** The gate screening with {@code screener} (its extractors, words, key). */
    World(TestDatabase db, org.zwgk.screen.Screener screener) {
        this.ds = db.fresh();
        this.catalogue = catalogue();
        this.zwgk = Zwgk.builder().dataSource(ds).catalogue(catalogue).channel(website).channel(wechat).clock(clock)
                .screener(screener).build();
    }

    static Catalogue catalogue() {
        try (InputStream in = World.class.getResourceAsStream("check-catalogue.yaml")) {
            return CatalogueLoader.load("check-catalogue.yaml", in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Sets the clock to 10:00 on {@code day}. */
    World at(LocalDate day) {
        return at(day, LocalTime.of(10, 0));
    }

    World at(LocalDate day, LocalTime time) {
        clock.set(day.atTime(time).atZone(ZONE).toInstant());
        return this;
    }

    /** Runs {@code work} in one committed host transaction. */
    World tx(Consumer<Gate> work) {
        return tx(zwgk, work);
    }

    /** {@link #tx(Consumer)} through another engine on this world's database (e.g. one with the screening off). */
    World tx(Zwgk engine, Consumer<Gate> work) {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try {
                work.accept(engine.gate(c));
                c.commit();
            } catch (RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** Registers a proactive item formed on {@code formed} (today), without publishing it. */
    World register(String id, String catalogueItem, String title, String body) {
        return register(Disclosure.of(id, BODY_CODE, catalogueItem, title, body, "测试镇人民政府", today(), "step-" + id));
    }

    World register(Disclosure d) {
        return tx(g -> g.register(d));
    }

    /** Classifies (主动公开), reviews and publishes a registered item today. */
    World publish(String id) {
        return tx(g -> {
            g.classify(id, Classification.proactive("拟稿人", "办公室", "签发人", today()));
            g.review(id, SecrecyReview.passed("保密员", "分管领导", today()));
            g.publish(id, "签发人");
        });
    }

    /** Registers, publishes and delivers an item today. */
    World issue(String id, String catalogueItem, String title, String body) {
        return register(id, catalogueItem, title, body).publish(id).dispatch();
    }

    /** Delivers everything due now. */
    World dispatch() {
        Dispatcher d = zwgk.dispatcher().build();
        d.drain();
        return this;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    SelfCheck.Builder check(LocalDate asOf) {
        return SelfCheck.builder().store(zwgk.store()).catalogue(catalogue).asOf(asOf).zone(ZONE);
    }

    CheckReport run(LocalDate asOf) {
        return check(asOf).build().run();
    }

    CheckReport run(LocalDate asOf, Path site) {
        return check(asOf).site(site).build().run();
    }

    static List<Finding> of(CheckReport r, Indicator i) {
        return r.findings().stream().filter(f -> f.indicator() == i).toList();
    }
}
