package org.zwgk.request;

import java.util.regex.Pattern;
import org.zwgk.spi.ZwgkException;

/** The organ's registration number of an application (e.g. {@code YSQ-2024-0001}); never personal data. */
public record ApplicationId(String value) implements Comparable<ApplicationId> {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public ApplicationId {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new ZwgkException(RequestErrors.INVALID_FIELD, "applicationId",
                    value == null ? "null" : "length " + value.length());
        }
    }

    public static ApplicationId of(String value) {
        return new ApplicationId(value);
    }

    @Override
    public int compareTo(ApplicationId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
