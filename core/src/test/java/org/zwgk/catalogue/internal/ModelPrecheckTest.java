package org.zwgk.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zwgk.catalogue.Audience;
import org.zwgk.catalogue.Catalogue;
import org.zwgk.catalogue.CatalogueMetadata;
import org.zwgk.catalogue.Channel;
import org.zwgk.catalogue.ContentElement;
import org.zwgk.catalogue.Domain;
import org.zwgk.catalogue.Item;
import org.zwgk.catalogue.Level;
import org.zwgk.catalogue.Method;
import org.zwgk.catalogue.StandardChannel;
import org.zwgk.catalogue.TimeLimit;

/**
 * {@link ModelPrecheck} must say "certainly valid" exactly when Hibernate Validator finds nothing; otherwise skipping
 * the Jakarta pass would change what files report.
 */
class ModelPrecheckTest {

    private static final Validator HIBERNATE = Validation.byProvider(HibernateValidator.class).configure()
            .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ROOT), Locale.ROOT, false))
            .buildValidatorFactory().getValidator();

    /**
     * The constraints ModelPrecheck mirrors, field by field (with type-argument constraints in brackets). When this
     * fails, a model constraint was added or changed: mirror it in ModelPrecheck, then update this list.
     */
    @Test
    void theMirroredConstraintsAreExactlyTheModelsConstraints() {
        List<String> actual = new ArrayList<>();
        for (Class<?> type : List.of(Catalogue.class, CatalogueMetadata.class, Domain.class, Item.class,
                TimeLimit.class, ContentElement.class, Channel.class)) {
            for (Field f : type.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                String s = constraints(f.getAnnotations()) + typeArgumentConstraints(f.getAnnotatedType());
                if (!s.isEmpty()) {
                    actual.add(type.getSimpleName() + "." + f.getName() + s);
                }
            }
        }
        assertThat(actual).containsExactly(
                "Catalogue.metadata NotNull Valid",
                "Catalogue.domains NotEmpty[NotNull Valid]",
                "CatalogueMetadata.id NotNull Pattern([a-z0-9][a-z0-9-]{0,63})",
                "CatalogueMetadata.title NotBlank",
                "CatalogueMetadata.issuer NotBlank",
                "CatalogueMetadata.level NotNull",
                "CatalogueMetadata.region Pattern([0-9]{6})",
                "CatalogueMetadata.version NotBlank",
                "CatalogueMetadata.effective NotNull",
                "CatalogueMetadata.guidelines NotNull[NotBlank]",
                "Domain.code NotNull Pattern([a-z0-9][a-z0-9-]{0,63})",
                "Domain.name NotBlank",
                "Domain.items NotEmpty[NotNull Valid]",
                "Item.id NotNull Pattern([A-Za-z0-9][A-Za-z0-9._-]{0,63})",
                "Item.path NotNull Size(1..3)[NotBlank]",
                "Item.content NotBlank",
                "Item.elements NotNull[Valid NotNull]",
                "Item.basis NotEmpty[NotBlank]",
                "Item.timeLimit NotNull Valid",
                "Item.subject NotBlank",
                "Item.channels NotEmpty[NotNull Valid]",
                "Item.audience NotNull",
                "Item.method NotNull",
                "Item.levels NotEmpty[NotNull]",
                "TimeLimit.phrase NotBlank",
                "TimeLimit.effective NotBlank",
                "ContentElement.name NotBlank",
                "Channel.kind NotNull",
                "Channel.text NotNull");
    }

    private static String constraints(Annotation[] annotations) {
        StringBuilder sb = new StringBuilder();
        for (Annotation a : annotations) {
            String name = a.annotationType().getSimpleName();
            if (a instanceof jakarta.validation.constraints.Pattern p) {
                name += "(" + p.regexp() + ")" + (p.flags().length > 0 ? Arrays.toString(p.flags()) : "");
            } else if (a instanceof jakarta.validation.constraints.Size s) {
                name += "(" + s.min() + ".." + s.max() + ")";
            }
            if (a.annotationType().getPackageName().startsWith("jakarta.validation")) {
                sb.append(' ').append(name);
            }
        }
        return sb.toString();
    }

    private static String typeArgumentConstraints(AnnotatedType t) {
        if (!(t instanceof AnnotatedParameterizedType p)) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (AnnotatedType arg : p.getAnnotatedActualTypeArguments()) {
            String c = constraints(arg.getAnnotations()).strip();
            if (!c.isEmpty()) {
                sb.append('[').append(c).append(']');
            }
        }
        return sb.toString();
    }

    static Stream<Long> seeds() {
        return LongStream.range(0, 1500).map(i -> 0x5eedL * 1_000_003L + i).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void certainlyValidExactlyWhenHibernateValidatorFindsNothing(long seed) {
        Catalogue c = new Gen(new Random(seed)).catalogue();
        boolean hibernateClean = HIBERNATE.validate(c).isEmpty();
        assertThat(ModelPrecheck.certainlyValid(c)).as("seed %d: %s", seed, c).isEqualTo(hibernateClean);
    }

    @Test
    void theGeneratorProducesBothCleanAndViolatingCatalogues() {
        int clean = 0;
        for (long seed : seeds().toList()) {
            clean += HIBERNATE.validate(new Gen(new Random(seed)).catalogue()).isEmpty() ? 1 : 0;
        }
        assertThat(clean).isBetween(200, 1300);
    }

    /** Catalogues whose every value is usually valid and sometimes one of the edge cases of each constraint. */
    private static final class Gen {
        private static final String[] BAD_TEXT = {"", " ", "\u3000", "\t\n", "\u2003", "\u001c"};
        private static final String[] BAD_ID_SUFFIX = {"\n", " ", "中", "/", "a".repeat(64)};
        private static final String[] BAD_SLUG_PREFIX = {"-", "A", "_", " "};
        private final Random r;
        private final double rate;

        Gen(Random r) {
            this.r = r;
            this.rate = new double[] {0, 0.005, 0.02, 0.08}[r.nextInt(4)];
        }

        private boolean bad() {
            return r.nextDouble() < rate;
        }

        private String text(String good) {
            return bad() ? BAD_TEXT[r.nextInt(BAD_TEXT.length)] : r.nextBoolean() ? good : "\u3000" + good + " ";
        }

        private List<String> texts(int min, int max, String good) {
            int n = bad() ? r.nextInt(max + 2) : min + r.nextInt(max - min + 1);
            List<String> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                out.add(text(good + i));
            }
            return out;
        }

        private String slug(String base) {
            return bad() ? BAD_SLUG_PREFIX[r.nextInt(BAD_SLUG_PREFIX.length)] + base
                    : bad() ? base + BAD_ID_SUFFIX[r.nextInt(BAD_ID_SUFFIX.length)] : base;
        }

        Catalogue catalogue() {
            String region = bad() ? new String[] {"35052", "350524\n", "abcdef", "3505240"}[r.nextInt(4)]
                    : r.nextBoolean() ? "350524" : null;
            CatalogueMetadata m = new CatalogueMetadata(slug("town-" + r.nextInt(100)), text("凤城镇目录"),
                    text("凤城镇人民政府"), Level.TOWNSHIP, region, text("2020.1"), LocalDate.of(2020, 11, 15),
                    texts(0, 2, "指引"));
            int domains = bad() ? 0 : 1 + r.nextInt(2);
            List<Domain> ds = new ArrayList<>();
            int itemNo = 0;
            for (int d = 0; d < domains; d++) {
                int n = bad() ? 0 : 1 + r.nextInt(3);
                List<Item> items = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    items.add(item(itemNo++));
                }
                ds.add(new Domain(slug("d" + d), text("社会救助"), items));
            }
            return new Catalogue(1, m, ds);
        }

        private Item item(int no) {
            String id = bad() ? BAD_SLUG_PREFIX[r.nextInt(BAD_SLUG_PREFIX.length)] + no
                    : bad() ? "SA-" + no + BAD_ID_SUFFIX[r.nextInt(BAD_ID_SUFFIX.length)] : "SA." + no;
            List<ContentElement> elements = new ArrayList<>();
            for (int i = r.nextInt(3); i > 0; i--) {
                elements.add(new ContentElement(text("文件名称"), r.nextBoolean()));
            }
            String phrase = text("10个工作日内");
            TimeLimit tl = new TimeLimit(phrase, bad() ? text("实时") : phrase);
            List<Channel> channels = new ArrayList<>();
            for (int i = bad() ? 0 : 1 + r.nextInt(2); i > 0; i--) {
                channels.add(r.nextBoolean() ? Channel.of(StandardChannel.GOVERNMENT_WEBSITE)
                        : Channel.other("热线" + i));
            }
            List<Level> levels = bad() ? List.of() : List.of(Level.COUNTY, Level.TOWNSHIP);
            return new Item(id, texts(1, 3, "综合业务"), text("内容"), elements, texts(1, 2, "条例"), tl, text("镇政府"),
                    channels, Audience.PUBLIC, Method.PROACTIVE, levels, null);
        }
    }
}
