package org.zwgk.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code catalogue:} block of a file.
 *
 * @param id         catalogue id (lower-case letters, digits, hyphens)
 * @param title      e.g. 凤城镇政务公开事项标准目录
 * @param issuer     the issuing body
 * @param level      the issuer's administrative level
 * @param region     6-digit administrative division code (GB/T 2260), {@code null} when not given
 * @param version    the catalogue's own version, e.g. {@code 2020.1}
 * @param effective  effective date
 * @param guidelines the standard guidelines followed
 */
public record CatalogueMetadata(
        @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}") String id,
        @NotBlank String title,
        @NotBlank String issuer,
        @NotNull Level level,
        @Pattern(regexp = "[0-9]{6}") String region,
        @NotBlank String version,
        @NotNull LocalDate effective,
        @NotNull List<@NotBlank String> guidelines) {

    public CatalogueMetadata {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(effective, "effective");
        guidelines = guidelines == null ? List.of() : List.copyOf(guidelines);
    }

    public Optional<String> regionIfAny() {
        return Optional.ofNullable(region);
    }
}
