package org.zwgk.calendar.notice;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Provenance of a year file: the notice or a later revision.
 *
 * @param title     its title, e.g. 国务院办公厅关于2026年部分节假日安排的通知
 * @param number    its 文号, {@code null} when not given
 * @param published the date it was signed (落款日期), {@code null} when the text has none
 * @param url       where it is published, {@code null} when not given
 * @param note      for a revision: what it changed (its sentences), else {@code null}
 */
public record NoticeDocument(String title, String number, LocalDate published, String url, String note) {

    public NoticeDocument {
        Objects.requireNonNull(title, "title");
    }
}
