package org.zwgk.catalogue.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.zwgk.catalogue.Catalogue;
import org.zwgk.catalogue.CatalogueErrors;

/**
 * Jakarta Validation of the model records, with Hibernate Validator bootstrapped on
 * {@link ParameterMessageInterpolator} so that hosts need no Expression Language implementation. Property paths are
 * mapped to the JSON Pointers of the file format.
 */
public final class ModelConstraints {

    /**
     * Built on first use, once per JVM (the validator is immutable and thread-safe): bootstrapping Hibernate Validator
     * takes a few hundred milliseconds in a fresh JVM, and a catalogue the precheck vouches for never needs it (a CLI
     * run that loads one clean file).
     */
    private static final class Bootstrap {
        static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ROOT), Locale.ROOT, false))
                .buildValidatorFactory().getValidator();
    }

    public void check(Catalogue catalogue, Findings f) {
        if (ModelPrecheck.certainlyValid(catalogue)) {
            return; // nothing Hibernate Validator could report; it costs ~15 % of validating a large file
        }
        List<ConstraintViolation<Catalogue>> sorted = Bootstrap.VALIDATOR.validate(catalogue).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString())).toList();
        for (ConstraintViolation<Catalogue> v : sorted) {
            f.error(CatalogueErrors.CONSTRAINT, pointer(v.getPropertyPath()), pointer(v.getPropertyPath()),
                    v.getMessage());
        }
    }

    /** {@code domains[0].items[2].timeLimit.phrase} → {@code /domains/0/items/2/timeLimit}. */
    static String pointer(Path path) {
        StringBuilder sb = new StringBuilder();
        String previous = null;
        for (Path.Node n : path) {
            if (n.getIndex() != null) {
                sb.append('/').append(n.getIndex());
            }
            String name = n.getName();
            if (name == null || name.startsWith("<")) {
                continue;
            }
            if ("timeLimit".equals(previous) || "channels".equals(previous)) {
                continue; // one file value holds the whole time limit / channel
            }
            sb.append('/').append(switch (name) {
                case "metadata" -> "catalogue";
                case "formatVersion" -> "zwgk";
                default -> name;
            });
            previous = name;
        }
        return sb.toString();
    }
}
