package org.zwgk.lifecycle;

import java.util.Optional;
import org.zwgk.classify.ClassificationException;
import org.zwgk.classify.ClassifyErrors;
import org.zwgk.spi.ZwgkException;
import org.zwgk.spi.channel.DisclosureAttribute;

/**
 * The publication rules, in one place for the gate (when a version is queued) and the dispatcher (again, right
 * before a channel is called, because the item may have been changed in between by anyone with database access).
 */
public final class PublicationRules {

    /** The secrecy review outcome that allows publication (Art. 17; seed 000). */
    public static final String REVIEW_PASSED = "PASSED";

    private PublicationRules() {
    }

    /**
     * Why an item may not reach a public channel, or empty if it may: it must be classified 主动公开 or 部分公开
     * (Arts. 14–16), have passed the secrecy review (Art. 17), and a partial disclosure needs its redaction record
     * and its public version (Art. 37) — the original of a partially disclosed item never leaves.
     *
     * @param reviewOutcome    the stored review outcome name, null if none
     * @param redactionCount   entries of the redaction record
     * @param hasPublicVersion whether a public version is stored (部分公开 is published only from one)
     */
    public static Optional<ZwgkException> whyNotPublishable(String itemId, DisclosureAttribute attribute,
                                                           String reviewOutcome, int redactionCount,
                                                           boolean hasPublicVersion) {
        if (attribute == null) {
            return Optional.of(new LifecycleException(LifecycleErrors.NOT_CLASSIFIED, itemId));
        }
        if (!attribute.isPublicChannelAllowed()) {
            return Optional.of(new LifecycleException(LifecycleErrors.NOT_PUBLIC, itemId, attribute.label()));
        }
        if (!REVIEW_PASSED.equals(reviewOutcome)) {
            return Optional.of(new LifecycleException(LifecycleErrors.NOT_REVIEWED, itemId));
        }
        if (attribute == DisclosureAttribute.PARTIAL && redactionCount == 0) {
            return Optional.of(new ClassificationException(ClassifyErrors.REDACTION_REQUIRED));
        }
        if (attribute == DisclosureAttribute.PARTIAL && !hasPublicVersion) {
            return Optional.of(new LifecycleException(RecordErrors.PUBLIC_VERSION_REQUIRED, itemId));
        }
        return Optional.empty();
    }

    /**
     * Whether the hand-over of {@code handedVersion} to the archives (a live delivery on a channel with the archival
     * capability) moves the item to {@link LifecycleState#ARCHIVED}: only the current version, and only from a
     * state that allows it (published or interpreted; an archived item is not archived twice, a withdrawn one stays
     * withdrawn).
     */
    public static boolean archivesOnHandover(LifecycleState state, int currentVersion, int handedVersion) {
        return state.canMoveTo(LifecycleState.ARCHIVED) && currentVersion == handedVersion;
    }

    /**
     * Whether a publication of {@code entryVersion} must not be sent because a newer intent exists: the item was
     * withdrawn, or a newer version was queued (the channel will hold that one).
     */
    public static boolean isStale(LifecycleState state, int currentVersion, int entryVersion) {
        return state == LifecycleState.WITHDRAWN || entryVersion < currentVersion;
    }
}
