package org.zwgk.catalogue;

import jakarta.validation.constraints.NotBlank;
import java.util.Objects;

/**
 * One element of an item's content (公开内容要素), marked required (●) or optional (〇) as some catalogues do.
 */
public record ContentElement(@NotBlank String name, boolean required) {

    public ContentElement {
        Objects.requireNonNull(name, "name");
    }
}
