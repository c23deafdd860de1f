package org.zwgk.lifecycle;

import java.util.EnumSet;
import java.util.Set;

/**
 * The five stages of a disclosure item plus registration and withdrawal. Classified → reviewed → published →
 * interpreted/responded → archived (recorded by the dispatcher when a channel with the archival hand-over
 * capability reports the current version handed over, or by {@code Gate.archive}); withdrawal (废止/撤回) from any
 * published stage propagates to every channel.
 * Information that is withheld or only on request is never published: it stays {@link #CLASSIFIED} (or
 * {@link #REVIEWED} if the host had it reviewed anyway) and its publication obligation is exempted.
 */
public enum LifecycleState {
    /** Registered by the host; attribute not yet decided. */
    REGISTERED("已登记"),
    /** 公开属性已确定. */
    CLASSIFIED("已定属性"),
    /** 保密审查通过. */
    REVIEWED("已审查"),
    /** Publication queued for its channels (the outbox guarantees delivery). */
    PUBLISHED("已发布"),
    /** 解读/回应 recorded. */
    INTERPRETED("已解读"),
    /** Handed to the archives and library (两馆, Art. 25 ¶3). */
    ARCHIVED("已归档"),
    /** 废止/撤回 on every channel. */
    WITHDRAWN("已撤回");

    private final String label;

    LifecycleState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The states this one may move to. Re-classification and re-review are allowed until publication. */
    public Set<LifecycleState> next() {
        return switch (this) {
            case REGISTERED -> EnumSet.of(CLASSIFIED);
            case CLASSIFIED -> EnumSet.of(CLASSIFIED, REVIEWED);
            case REVIEWED -> EnumSet.of(CLASSIFIED, REVIEWED, PUBLISHED);
            // A corrected version is published again from PUBLISHED/INTERPRETED, and from ARCHIVED: the archive
            // receives the new version in its next batch, whose hand-over archives the item again.
            case PUBLISHED -> EnumSet.of(PUBLISHED, INTERPRETED, ARCHIVED, WITHDRAWN);
            case INTERPRETED -> EnumSet.of(PUBLISHED, INTERPRETED, ARCHIVED, WITHDRAWN);
            case ARCHIVED -> EnumSet.of(PUBLISHED, WITHDRAWN, INTERPRETED);
            case WITHDRAWN -> EnumSet.noneOf(LifecycleState.class);
        };
    }

    public boolean canMoveTo(LifecycleState target) {
        return next().contains(target);
    }
}
