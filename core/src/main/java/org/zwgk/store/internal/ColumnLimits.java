package org.zwgk.store.internal;

import java.util.Optional;

/**
 * The lengths of zwgk's text columns that callers can fill, in one place with the schema they mirror (migrations
 * V1–V8). The gate checks a registration and every actor name against them before it writes anything, so a value
 * that does not fit is a coded error at the call, never a failure after a channel already has the item; the
 * dispatcher checks a receipt against them before it records a delivery.
 */
public final class ColumnLimits {

    public static final int ITEM_ID = 200;
    public static final int BODY_CODE = 64;
    public static final int CATALOGUE_ITEM_ID = 200;
    public static final int TITLE = 1000;
    public static final int PUBLISHER = 400;
    public static final int DOCUMENT_NUMBER = 200;
    public static final int CHANNELS = 1000;
    public static final int STEP_ID = 200;
    public static final int MATTER_ID = 200;
    /** Actors of events, classification and review (proposer, reviewer, decider, signer, publisher of an action). */
    public static final int ACTOR = 200;
    public static final int REMOTE_ID = 400;
    public static final int PUBLIC_URL = 2000;
    public static final int ERROR_TEXT = 2000;
    public static final int OBLIGATION_RULE = 400;
    /**
     * A decision's free text — a withdrawal reason, an interpretation or archive note, the reason a finding was
     * accepted — written into the event log's details (1,000,000 characters in the row on H2 since V11): ample for
     * any written reason, and refused with a code before anything is written instead of failing in the database.
     */
    public static final int NOTE = 10_000;

    private ColumnLimits() {
    }

    /** A value longer than its column. */
    public record Excess(String field, int length, int max) {
    }

    /** Collects the fields of one call and reports the first value longer than its column. */
    public static Fields fields() {
        return new Fields();
    }

    /** See {@link #fields()}. */
    public static final class Fields {
        private Excess first;

        private Fields() {
        }

        public Fields add(String field, String value, int max) {
            if (first == null && value != null && value.length() > max) {
                first = new Excess(field, value.length(), max);
            }
            return this;
        }

        public Optional<Excess> firstExcess() {
            return Optional.ofNullable(first);
        }
    }

    /** Shortens an operator-facing text (an error message) to its column, marking the cut. */
    public static String clip(String s) {
        if (s == null) {
            return null;
        }
        return s.length() > ERROR_TEXT - 100 ? s.substring(0, ERROR_TEXT - 100) + "…" : s;
    }
}
