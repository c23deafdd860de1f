package org.zwgk.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zwgk.classify.Classification;
import org.zwgk.classify.ExemptionGround;
import org.zwgk.classify.PublicVersion;
import org.zwgk.classify.Redaction;
import org.zwgk.classify.RedactionCategory;
import org.zwgk.classify.SecrecyReview;
import org.zwgk.gate.Disclosure;
import org.zwgk.gate.Zwgk;
import org.zwgk.screen.Finding;
import org.zwgk.screen.Screener;
import org.zwgk.screen.ScreeningException;
import org.zwgk.spi.ZwgkException;
import org.zwgk.spi.channel.Attachment;
import org.zwgk.testing.TestDatabase;

/**
 * Whole histories for the screening record: items with and without personal data (in the body, in a CSV attachment,
 * or only in the original of a 部分公开 item) go through random sequences of publications by an installation that
 * screens and one that does not (corrections), reviewers' acceptances, refused publications and withdrawals. Whatever
 * the order, the self-check relying on the records reports exactly what screening everything again reports, and that
 * is what a model of the history expects: every value of an item public now that no reviewer accepted — and, when
 * the check screens with a sensitive word the gate did not know, every public item holding that word.
 *
 * <p>1,000 item histories on H2 (8 seeds × 125 items) and 60 on PostgreSQL; the seed is in every failure message.
 */
class RecordedScreeningHistoryPropertyTest {

    static final LocalDate DAY = LocalDate.of(2025, 3, 3);
    static final String ID = "11010519491231002X";
    static final String ID_MASKED = "110105********002X";
    static final String ID_IN_ORIGINAL = "350524196803120029";
    static final String WORD = "内部资料";

    enum Content { CLEAN, PHONE, CSV_ID, PARTIAL }

    enum Op { PUBLISH_SCREENED, PUBLISH_UNSCREENED, ACCEPT_AND_PUBLISH, WITHDRAW }

    /** What the model knows of one item. */
    static final class Model {
        Content content;
        boolean word;
        String phone;
        boolean published;
        boolean withdrawn;
        boolean accepted;

        Set<String> values() {
            Set<String> out = new HashSet<>();
            if (content == Content.PHONE) {
                out.add(phone.substring(0, 3) + "****" + phone.substring(7));
            }
            if (content == Content.CSV_ID) {
                out.add(ID_MASKED);
            }
            return out;
        }
    }

    static Stream<Arguments> histories() {
        Random seeds = new Random(0x5c4ee9L);
        List<Arguments> out = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            out.add(Arguments.of(TestDatabase.H2, seeds.nextLong(), 125));
        }
        out.add(Arguments.of(TestDatabase.POSTGRES, seeds.nextLong(), 60));
        return out.stream();
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("histories")
    void theRecordNeverChangesWhatTheCheckReports(TestDatabase db, long seed, int items) {
        String s = "seed " + seed + " (" + db + ")";
        Random r = new Random(seed);
        World w = new World(db, Screener.standard());
        Zwgk unscreened = Zwgk.builder().dataSource(w.ds).catalogue(w.catalogue).channel(w.website)
                .channel(w.wechat).clock(w.clock).screening(false).build();
        w.at(DAY);
        List<Model> models = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            Model m = new Model();
            m.content = Content.values()[r.nextInt(Content.values().length)];
            m.word = r.nextInt(4) == 0;
            m.phone = "139" + String.format("%08d", r.nextInt(100_000_000));
            models.add(m);
            register(w, "i" + i, m);
        }
        // the items' operations, interleaved
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            for (int k = 1 + r.nextInt(4); k > 0; k--) {
                order.add(i);
            }
        }
        java.util.Collections.shuffle(order, r);
        for (int i : order) {
            apply(w, unscreened, "i" + i, models.get(i), Op.values()[r.nextInt(Op.values().length)], s);
        }

        for (boolean withWord : new boolean[] {false, true}) {
            Screener checker = withWord ? Screener.builder().sensitiveWords(List.of(WORD)).build()
                    : Screener.standard();
            Set<String> expected = new HashSet<>();
            for (int i = 0; i < items; i++) {
                Model m = models.get(i);
                if (m.published && !m.withdrawn) {
                    String item = "i" + i + "|";
                    if (!m.accepted) {
                        m.values().forEach(v -> expected.add(item + v));
                    }
                    if (withWord && m.word) {
                        expected.add(item + "内***");
                    }
                }
            }
            Set<String> relying = reported(w.check(DAY).screener(checker).build().run());
            Set<String> rescreened = reported(w.check(DAY).screener(checker).rescreen(true).build().run());
            assertThat(rescreened).as(s + (withWord ? " with the word" : "") + ": screening everything")
                    .isEqualTo(expected);
            assertThat(relying).as(s + (withWord ? " with the word" : "") + ": relying on the records")
                    .isEqualTo(rescreened);
        }
    }

    private static Set<String> reported(CheckReport r) {
        Set<String> out = new HashSet<>();
        for (org.zwgk.check.Finding f : World.of(r, Indicator.PERSONAL_DATA)) {
            out.add(f.evidence().itemId() + "|" + f.evidence().value());
        }
        return out;
    }

    private static void register(World w, String id, Model m) {
        String body = "本通知自发布之日起施行。" + (m.word ? "本文件为" + WORD + "。" : "");
        List<Attachment> files = List.of();
        switch (m.content) {
            case PHONE -> body += "咨询电话 " + m.phone + "。";
            case CSV_ID -> files = List.of(new Attachment("名单.csv", "text/csv",
                    ("姓名,身份证号\n李某," + ID + "\n").getBytes(StandardCharsets.UTF_8)));
            case PARTIAL -> body += "救助对象 赵某 " + ID_IN_ORIGINAL + "。";
            case CLEAN -> { }
        }
        String text = body;
        w.register(Disclosure.of(id, World.BODY_CODE, "DOC-003", "通知" + id, text, "测试镇人民政府", DAY, "s-" + id)
                .withAttachments(files));
        w.tx(g -> {
            if (m.content == Content.PARTIAL) {
                Redaction red = new Redaction("身份证号码", ExemptionGround.THIRD_PARTY_RIGHTS, "个人隐私");
                g.classify(id, Classification.partial(Set.of(ExemptionGround.THIRD_PARTY_RIGHTS), "含个人隐私",
                        List.of(red), "拟稿人", "办公室", "签发人", DAY));
                g.publicVersion(id, PublicVersion.of("通知" + id, text.replace(ID_IN_ORIGINAL, "350524********0029"),
                        List.of(new Redaction("身份证号码", ExemptionGround.THIRD_PARTY_RIGHTS, "个人隐私",
                                RedactionCategory.PERSONAL_DATA, "正文第1段"))), "办公室");
            } else {
                g.classify(id, Classification.proactive("拟稿人", "办公室", "签发人", DAY));
            }
            g.review(id, SecrecyReview.passed("保密员", "分管领导", DAY));
        });
    }

    private static void apply(World w, Zwgk unscreened, String id, Model m, Op op, String s) {
        switch (op) {
            case PUBLISH_SCREENED -> {
                try {
                    w.tx(g -> g.publish(id, "签发人"));
                    m.published = true;
                } catch (ScreeningException e) {
                    assertThat(m.accepted).as(s + " " + id + ": refused although accepted").isFalse();
                } catch (ZwgkException e) {
                    assertThat(m.withdrawn).as(s + " " + id + ": " + e.getMessage()).isTrue();
                }
            }
            case ACCEPT_AND_PUBLISH -> {
                try {
                    w.tx(g -> g.publish(id, "签发人"));
                    m.published = true;
                } catch (ScreeningException e) {
                    w.tx(g -> {
                        for (Finding f : e.findings()) {
                            g.acceptFinding(id, f.fingerprint(), "审查人", "已核实可以公开");
                        }
                        g.publish(id, "签发人");
                    });
                    m.accepted = true;
                    m.published = true;
                } catch (ZwgkException e) {
                    assertThat(m.withdrawn).as(s + " " + id + ": " + e.getMessage()).isTrue();
                }
            }
            case PUBLISH_UNSCREENED -> {
                try {
                    w.tx(unscreened, g -> g.publish(id, "签发人"));
                    m.published = true;
                } catch (ZwgkException e) {
                    assertThat(m.withdrawn).as(s + " " + id + ": " + e.getMessage()).isTrue();
                }
            }
            case WITHDRAW -> {
                if (m.published && !m.withdrawn) {
                    w.tx(g -> g.withdraw(id, "政策已调整", "签发人"));
                    m.withdrawn = true;
                }
            }
        }
    }
}
