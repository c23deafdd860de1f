package org.zwgk.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zwgk.classify.Classification;
import org.zwgk.classify.ExemptionGround;
import org.zwgk.classify.Redaction;
import org.zwgk.classify.ReviewOutcome;
import org.zwgk.classify.SecrecyReview;
import org.zwgk.publish.Dispatcher;
import org.zwgk.spi.ZwgkException;
import org.zwgk.spi.channel.Attachment;
import org.zwgk.spi.channel.DisclosureAttribute;
import org.zwgk.spi.channel.Publication;
import org.zwgk.testing.MutableClock;
import org.zwgk.testing.RecordingAdapter;
import org.zwgk.testing.TestDatabase;

/**
 * The invariants as properties over random sequences of gate operations, host commits and rollbacks, dispatches
 * and out-of-band tampering (1,000 cases on H2, 100 on PostgreSQL):
 * <ol>
 *   <li>不予公开 and 依申请公开 information never reaches any channel;</li>
 *   <li>nothing is published before its secrecy review passed;</li>
 *   <li>部分公开 is published only with its redaction record;</li>
 *   <li>no obligation is lost when the host commits, none is created when it rolls back;</li>
 *   <li>attachments reach a channel with their item only, and never once changed behind zwgk's back.</li>
 * </ol>
 * A model mirrors the committed facts; the channel checks every publication against the model at the moment it
 * arrives, so both the gate and the dispatcher's re-check are exercised.
 */
class InvariantPropertyTest {

    /** Committed facts about one item, as the model knows them. */
    static final class Model {
        boolean registered;
        DisclosureAttribute attribute;
        boolean reviewPassed;
        boolean redactions;
        boolean publishedOnce;
        boolean exempted;
        boolean hasFiles;
        boolean filesTampered;
        boolean withdrawn;
    }

    static final class Env {
        final DataSource ds;
        final Zwgk zwgk;
        final Dispatcher dispatcher;
        final Map<String, Model> models = new ConcurrentHashMap<>();
        final List<String> violations = new ArrayList<>();
        final RecordingAdapter website = new RecordingAdapter("website");

        Env(TestDatabase db) {
            ds = db.fresh();
            website.inspector(this::check);
            zwgk = Zwgk.builder().dataSource(ds).channel(website).clock(MutableClock.beijing()).build();
            dispatcher = zwgk.dispatcher().build();
        }

        void check(Publication p) {
            Model m = models.get(p.itemId());
            String why = m == null ? "unknown item"
                    : m.attribute == null || !m.attribute.isPublicChannelAllowed() ? "attribute " + m.attribute
                    : !m.reviewPassed ? "no passed secrecy review"
                    : m.attribute == DisclosureAttribute.PARTIAL && !m.redactions ? "partial without redactions"
                    : m.filesTampered ? "attachment changed after registration"
                    : p.attachments().size() != (m.hasFiles ? 1 : 0) ? "attachments " + p.attachments()
                    : null;
            if (why != null) {
                synchronized (violations) {
                    violations.add(p.itemId() + ": " + why);
                }
                throw new AssertionError(p.itemId() + " reached a channel: " + why);
            }
        }
    }

    static final Map<TestDatabase, Env> ENVS = new EnumMap<>(TestDatabase.class);

    static synchronized Env env(TestDatabase db) {
        return ENVS.computeIfAbsent(db, Env::new);
    }

    @AfterAll
    static void close() {
        ENVS.values().forEach(e -> e.dispatcher.close());
        ENVS.clear();
    }

    static Stream<Arguments> cases() {
        return Stream.concat(
                new Random(20240927L).longs(Integer.getInteger("zwgk.h2cases", 1000)).mapToObj(s -> Arguments.of(TestDatabase.H2, s)),
                new Random(20241008L).longs(Integer.getInteger("zwgk.pgcases", 100)).mapToObj(s -> Arguments.of(TestDatabase.POSTGRES, s)));
    }

    static final LocalDate D = LocalDate.of(2024, 9, 20);

    @ParameterizedTest
    @MethodSource("cases")
    void invariantsHold(TestDatabase db, long seed) throws Exception {
        Env env = env(db);
        Random r = new Random(seed);
        String item = "i" + Long.toHexString(seed);
        Model m = new Model();
        env.models.put(item, m);
        int ops = 3 + r.nextInt(12);
        try (Connection c = env.ds.getConnection()) {
            c.setAutoCommit(false);
            for (int i = 0; i < ops; i++) {
                int op = m.registered ? r.nextInt(7) : 0;
                boolean commit = r.nextInt(5) != 0;
                if (op == 5) {
                    env.dispatcher.drain();
                    continue;
                }
                if (op == 6) {
                    tamper(c, item, m, r);
                    continue;
                }
                Model next = copy(m);
                try {
                    Gate g = env.zwgk.gate(c);
                    switch (op) {
                        case 0 -> {
                            boolean files = r.nextBoolean();
                            g.register(Disclosure.of(item, "01432281X", null, "标题", "正文", "某局", D, "step-" + item)
                                    .withChannels(List.of("website"))
                                    .withAttachments(files ? List.of(new Attachment("附件.pdf", "application/pdf",
                                            AttachmentTest.PDF)) : List.of()));
                            next.registered = true;
                            next.hasFiles = files;
                        }
                        case 1 -> {
                            Classification cl = randomClassification(r);
                            g.classify(item, cl);
                            next.attribute = cl.attribute();
                            next.reviewPassed = false;
                            next.redactions = !cl.redactions().isEmpty();
                            next.exempted = !cl.attribute().isPublicChannelAllowed();
                        }
                        case 2 -> {
                            ReviewOutcome o = ReviewOutcome.values()[r.nextInt(3)];
                            g.review(item, new SecrecyReview("审查人", "领导", D, o, ""));
                            next.reviewPassed = o == ReviewOutcome.PASSED;
                        }
                        case 3 -> {
                            g.publish(item, "签发人");
                            assertThat(m.attribute != null && m.attribute.isPublicChannelAllowed() && m.reviewPassed
                                    && (m.attribute != DisclosureAttribute.PARTIAL || m.redactions))
                                    .as("seed %d: gate published %s with attribute=%s reviewPassed=%s redactions=%s",
                                            seed, item, m.attribute, m.reviewPassed, m.redactions).isTrue();
                            next.publishedOnce = true;
                        }
                        case 4 -> {
                            g.withdraw(item, "废止", "签发人");
                            next.withdrawn = true;
                        }
                        default -> throw new IllegalStateException();
                    }
                } catch (ZwgkException refused) {
                    c.rollback(); // the host sees the refusal and aborts its transaction
                    continue;
                }
                if (commit) {
                    c.commit();
                    copyInto(next, m);
                } else {
                    c.rollback();
                }
            }
            env.dispatcher.drain();
            List<Obligation> obligations = env.zwgk.gate(c).obligations("step-" + item);
            c.rollback();
            assertThat(obligations).as("seed %d: obligations of %s", seed, item).hasSize(m.registered ? 1 : 0);
            if (m.registered) {
                ObligationStatus s = obligations.get(0).status();
                if (m.withdrawn) {
                    // Delivered before the withdrawal, or ended by it (the publication never left: superseded).
                    assertThat(s).as("seed %d", seed).isIn(ObligationStatus.FULFILLED, ObligationStatus.WITHDRAWN);
                } else if (m.publishedOnce) {
                    assertThat(s).as("seed %d", seed).isIn(ObligationStatus.QUEUED, ObligationStatus.FULFILLED);
                } else if (m.exempted) {
                    assertThat(s).as("seed %d", seed).isEqualTo(ObligationStatus.EXEMPTED);
                } else {
                    assertThat(s).as("seed %d", seed).isEqualTo(ObligationStatus.OPEN);
                }
            }
        }
        assertThat(env.violations).as("seed %d", seed).isEmpty();
        for (Publication p : env.website.published()) {
            assertThat(p.attribute().isPublicChannelAllowed()).as("seed %d", seed).isTrue();
        }
    }

    /** Someone edits the item row behind zwgk's back (a buggy host, a DBA). The dispatcher must still refuse. */
    static void tamper(Connection c, String item, Model m, Random r) throws SQLException {
        String sql;
        switch (r.nextInt(m.hasFiles ? 4 : 3)) {
            case 3 -> {
                sql = "UPDATE zwgk_attachment SET content = ? WHERE item_id = ?";
                m.filesTampered = true;
            }
            case 0 -> {
                sql = "UPDATE zwgk_item SET attribute = 'WITHHELD' WHERE item_id = ?";
                m.attribute = DisclosureAttribute.WITHHELD;
            }
            case 1 -> {
                sql = "UPDATE zwgk_item SET review_outcome = NULL WHERE item_id = ?";
                m.reviewPassed = false;
            }
            default -> {
                sql = "UPDATE zwgk_item SET redactions = '[]' WHERE item_id = ?";
                m.redactions = false;
            }
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (sql.contains("content = ?")) {
                ps.setBytes(i++, "%PDF-1.4\n% replaced".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
            ps.setString(i, item);
            ps.executeUpdate();
        }
        c.commit();
    }

    static Classification randomClassification(Random r) {
        DisclosureAttribute a = DisclosureAttribute.values()[r.nextInt(4)];
        Set<ExemptionGround> grounds = EnumSet.of(ExemptionGround.values()[r.nextInt(7)]);
        return switch (a) {
            case PROACTIVE -> Classification.proactive("拟稿人", "办公室", "签发人", D);
            case ON_REQUEST -> Classification.onRequest("特定对象", "拟稿人", "办公室", "签发人", D);
            case WITHHELD -> Classification.withheld(grounds, "理由", "拟稿人", "办公室", "签发人", D);
            case PARTIAL -> Classification.partial(grounds, "理由",
                    List.of(new Redaction("第三段", grounds.iterator().next(), "理由")), "拟稿人", "办公室", "签发人", D);
        };
    }

    static Model copy(Model m) {
        Model n = new Model();
        copyInto(m, n);
        return n;
    }

    static void copyInto(Model from, Model to) {
        to.registered = from.registered;
        to.attribute = from.attribute;
        to.reviewPassed = from.reviewPassed;
        to.redactions = from.redactions;
        to.publishedOnce = from.publishedOnce;
        to.exempted = from.exempted;
        to.hasFiles = from.hasFiles;
        to.filesTampered = from.filesTampered;
        to.withdrawn = from.withdrawn;
    }
}
