package org.zwgk.calendar.notice;

import java.util.Objects;

/**
 * The text of one notice as pasted from the government website, with what the text may not say itself.
 *
 * @param name   names the text in messages (usually its file name)
 * @param text   the notice, one paragraph a line; a title line and a 文号 line at the top are read when present
 * @param title  the notice's title when the text has no title line, else {@code null}
 * @param number its 文号 (e.g. 国办发明电〔2025〕7号) when the text has none, else {@code null}
 * @param url    where it is published, or {@code null}
 */
public record NoticeText(String name, String text, String title, String number, String url) {

    public NoticeText {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }

    public static NoticeText of(String name, String text) {
        return new NoticeText(name, text, null, null, null);
    }

    public NoticeText withTitle(String t) {
        return new NoticeText(name, text, t, number, url);
    }

    public NoticeText withNumber(String n) {
        return new NoticeText(name, text, title, n, url);
    }

    public NoticeText withUrl(String u) {
        return new NoticeText(name, text, title, number, u);
    }
}
