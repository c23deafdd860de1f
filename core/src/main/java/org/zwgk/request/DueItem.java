package org.zwgk.request;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An entry of the due-soon or overdue list.
 *
 * @param id          the application
 * @param body        its organ
 * @param kind        which period ends
 * @param due         the last day
 * @param stage       where the application stands
 * @param provisional whether the date rests on uncovered calendar days
 */
public record DueItem(ApplicationId id, String body, Kind kind, LocalDate due, Stage stage, boolean provisional) {

    /** What is due. */
    public enum Kind {
        /** Art. 33: the reply. */
        REPLY("答复期限"),
        /** Art. 30: the applicant's supplement period has ended; the application may be closed as abandoned. */
        SUPPLEMENT_PERIOD_ENDED("补正期限届满");

        private final String labelZh;

        Kind(String labelZh) {
            this.labelZh = labelZh;
        }

        public String labelZh() {
            return labelZh;
        }
    }

    public DueItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(due, "due");
    }
}
