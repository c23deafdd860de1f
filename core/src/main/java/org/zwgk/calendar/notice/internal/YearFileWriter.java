package org.zwgk.calendar.notice.internal;

import java.time.LocalDate;
import java.util.List;
import org.zwgk.calendar.notice.Festival;
import org.zwgk.calendar.notice.NoticeDocument;
import org.zwgk.calendar.notice.YearArrangement;

/**
 * Writes a {@link YearArrangement} as a year file in the layout of the bundled ones (flow-style rest ranges and
 * working-day lists, one holiday a block). Every text is double-quoted, so no title or note can change the YAML.
 */
public final class YearFileWriter {

    private YearFileWriter() {
    }

    public static String write(YearArrangement y) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(y.year()).append(" 年节假日安排，由 zwgk calendar import-notice 从通知全文生成。\n");
        sb.append("# Year ").append(y.year()).append(", generated from the notice text by zwgk calendar import-notice.\n");
        sb.append("year: ").append(y.year()).append('\n');
        sb.append("notice:\n");
        document(sb, "  ", y.notice());
        if (!y.revisions().isEmpty()) {
            sb.append("revisions:\n");
            for (NoticeDocument r : y.revisions()) {
                sb.append("  -");
                document(sb, "    ", r, true);
            }
        }
        sb.append("festivals:\n");
        for (Festival f : y.festivals()) {
            sb.append("  - name: ").append(quote(f.name())).append('\n');
            sb.append("    rest: {from: ").append(f.from()).append(", to: ").append(f.to()).append("}\n");
            if (!f.work().isEmpty()) {
                sb.append("    work: [").append(dates(f.work())).append("]\n");
            }
            if (f.note() != null) {
                sb.append("    note: ").append(quote(f.note())).append('\n');
            }
        }
        return sb.toString();
    }

    private static void document(StringBuilder sb, String indent, NoticeDocument d) {
        document(sb, indent, d, false);
    }

    private static void document(StringBuilder sb, String indent, NoticeDocument d, boolean listItem) {
        // the first key of a list item follows its "-" on the same line
        sb.append(listItem ? " " : indent).append("title: ").append(quote(d.title())).append('\n');
        if (d.number() != null) {
            sb.append(indent).append("number: ").append(quote(d.number())).append('\n');
        }
        if (d.published() != null) {
            sb.append(indent).append("published: ").append(d.published()).append('\n');
        }
        if (d.url() != null) {
            sb.append(indent).append("url: ").append(quote(d.url())).append('\n');
        }
        if (d.note() != null) {
            sb.append(indent).append("note: ").append(quote(d.note())).append('\n');
        }
    }

    private static String dates(List<LocalDate> days) {
        StringBuilder sb = new StringBuilder();
        for (LocalDate d : days) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(d);
        }
        return sb.toString();
    }

    /** A YAML double-quoted scalar. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\x%02x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
