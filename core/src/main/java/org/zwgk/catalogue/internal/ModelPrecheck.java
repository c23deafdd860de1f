package org.zwgk.catalogue.internal;

import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.zwgk.catalogue.Catalogue;
import org.zwgk.catalogue.CatalogueMetadata;
import org.zwgk.catalogue.Channel;
import org.zwgk.catalogue.ContentElement;
import org.zwgk.catalogue.Domain;
import org.zwgk.catalogue.Item;
import org.zwgk.catalogue.TimeLimit;

/**
 * A fast, conservative test of the model's Jakarta Validation constraints: {@code true} only when Hibernate
 * Validator could not report anything. It evaluates each constraint the way Hibernate does ({@code @NotBlank} is
 * {@link String#isBlank()}, {@code @Pattern} is a full match of the annotation's own regexp, read from it), but
 * without reflection, metadata or path nodes, so that a clean 100,000-item catalogue costs milliseconds instead of
 * seconds. Anything it flags goes through Hibernate Validator, which produces the findings.
 *
 * <p>The schema alone does not make the Jakarta pass redundant for files: {@code "\S"} accepts a value of only
 * ideographic spaces (U+3000, common in Chinese text), which {@code @NotBlank} rejects, and {@code ^…$} accepts an
 * id with a trailing line break, which {@code @Pattern} rejects. {@code ModelPrecheckTest} pins the set of
 * constraints this class mirrors and checks it against Hibernate Validator on generated catalogues.
 */
final class ModelPrecheck {

    private static final java.util.regex.Pattern ITEM_ID = regexp(Item.class, "id");
    private static final java.util.regex.Pattern DOMAIN_CODE = regexp(Domain.class, "code");
    private static final java.util.regex.Pattern CATALOGUE_ID = regexp(CatalogueMetadata.class, "id");
    private static final java.util.regex.Pattern REGION = regexp(CatalogueMetadata.class, "region");

    private ModelPrecheck() {
    }

    private static java.util.regex.Pattern regexp(Class<?> type, String field) {
        try {
            Pattern p = type.getDeclaredField(field).getAnnotation(Pattern.class);
            int flags = 0;
            for (Pattern.Flag f : p.flags()) {
                flags |= f.getValue();
            }
            return java.util.regex.Pattern.compile(p.regexp(), flags);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether no constraint of the model can fail for this catalogue. */
    static boolean certainlyValid(Catalogue c) {
        return valid(c.metadata()) && notEmpty(c.domains()) && c.domains().stream().allMatch(ModelPrecheck::valid);
    }

    private static boolean valid(CatalogueMetadata m) {
        return m != null && matches(CATALOGUE_ID, m.id()) && notBlank(m.title()) && notBlank(m.issuer())
                && m.level() != null && (m.region() == null || matches(REGION, m.region())) && notBlank(m.version())
                && m.effective() != null && m.guidelines() != null && allNotBlank(m.guidelines());
    }

    private static boolean valid(Domain d) {
        if (d == null || !matches(DOMAIN_CODE, d.code()) || !notBlank(d.name()) || !notEmpty(d.items())) {
            return false;
        }
        for (Item i : d.items()) {
            if (!valid(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean valid(Item i) {
        if (i == null || !matches(ITEM_ID, i.id()) || i.path() == null || i.path().isEmpty() || i.path().size() > 3
                || !allNotBlank(i.path()) || !notBlank(i.content()) || i.elements() == null
                || !notEmpty(i.basis()) || !allNotBlank(i.basis()) || !valid(i.timeLimit())
                || !notBlank(i.subject()) || !notEmpty(i.channels()) || i.audience() == null || i.method() == null
                || !notEmpty(i.levels())) {
            return false;
        }
        for (ContentElement e : i.elements()) {
            if (e == null || !notBlank(e.name())) {
                return false;
            }
        }
        for (Channel ch : i.channels()) {
            if (ch == null || ch.kind() == null || ch.text() == null) {
                return false;
            }
        }
        for (Object l : i.levels()) {
            if (l == null) {
                return false;
            }
        }
        return true;
    }

    private static boolean valid(TimeLimit t) {
        return t != null && notBlank(t.phrase()) && notBlank(t.effective());
    }

    private static boolean matches(java.util.regex.Pattern p, String s) {
        return s != null && p.matcher(s).matches();
    }

    /** Hibernate Validator's {@code NotBlankValidator}: non-null and not {@link String#isBlank()}. */
    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static boolean allNotBlank(List<String> list) {
        for (String s : list) {
            if (!notBlank(s)) {
                return false;
            }
        }
        return true;
    }

    private static boolean notEmpty(List<?> list) {
        return list != null && !list.isEmpty();
    }
}
