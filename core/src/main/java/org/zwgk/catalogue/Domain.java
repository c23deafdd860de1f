package org.zwgk.catalogue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One disclosure domain (领域) of a catalogue: one of the 26 pilot domains (recognised by name or alias) or a custom
 * one.
 */
public record Domain(
        @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}") String code,
        @NotBlank String name,
        @NotEmpty List<@NotNull @Valid Item> items) {

    public Domain {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        items = List.copyOf(Objects.requireNonNull(items, "items"));
    }

    /** The pilot domain this is, or empty for a custom domain. */
    public Optional<PilotDomain> pilotDomain() {
        return PilotDomain.byName(name);
    }
}
