package org.zwgk.calendar.notice;

/** Small helpers for notice tests. */
final class NoticeHelpers {

    private NoticeHelpers() {
    }

    /** Replaces a passage that must be there (so a test cannot silently change nothing). */
    static String replace(String text, String passage, String replacement) {
        if (!text.contains(passage)) {
            throw new IllegalArgumentException("not in the text: " + passage);
        }
        return text.replace(passage, replacement);
    }
}
