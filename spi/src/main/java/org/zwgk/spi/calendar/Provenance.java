package org.zwgk.spi.calendar;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * Where a year's data came from: the notice (通知) and any later revisions, e.g. the 2019 Labour Day revision.
 */
public record Provenance(int year, String title, URI notice, List<URI> revisions) {
    public Provenance {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(notice, "notice");
        revisions = revisions == null ? List.of() : List.copyOf(revisions);
    }
}
