package org.zwgk.request;

import java.util.List;
import java.util.Objects;
import org.zwgk.classify.PublicVersion;
import org.zwgk.classify.Redaction;
import org.zwgk.lifecycle.LogKey;

/**
 * What an application answered 部分公开 (Art. 37) was given: the record of the public version the applicant received —
 * its title, the digest of its text, each file by name and digest, and every redaction (category, ground, reason,
 * where). The same mechanism as a partially disclosed item at the gate ({@link PublicVersion}); the application
 * records keep the proof of what left, never the withheld parts.
 *
 * @param textSha256 SHA-256 of the released text
 * @param files      {@code name:sha256} of each released file, in order
 */
public record ReleasedVersion(String title, String textSha256, List<String> files, List<Redaction> redactions) {

    public ReleasedVersion {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(textSha256, "textSha256");
        files = List.copyOf(files);
        redactions = List.copyOf(redactions);
    }

    /** The record of a public version. */
    public static ReleasedVersion of(PublicVersion v) {
        return new ReleasedVersion(v.title(), LogKey.sha256Hex(v.text()), v.attachments().stream()
                .map(a -> a.fileName() + ":" + LogKey.sha256Hex(a.content())).toList(), v.redactions());
    }
}
