package org.zwgk.office.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zwgk.catalogue.Level;

/**
 * Reading the cells that hold more than one value: content with its elements (● required, 〇 optional), one
 * legal basis per line, channels (one per line, or separated by 、，；, or ticked ■/□ lists), levels.
 */
final class Cells {

    /** Content text and its elements as the file format writes them ({@code {name, required}}). */
    record Content(String text, List<Map<String, Object>> elements) {
    }

    /** Channel labels that contain "/": written with 、 they must not be split (社区、企事业单位、村公示栏). */
    private static final Set<String> SLASHED = Set.of("发布会/听证会", "入户/现场", "广播/电视",
            "社区/企事业单位/村公示栏(电子屏)", "社区/企事业单位/村公示栏", "村居/企事业单位公示栏(电子屏)",
            "社区/村公示栏(电子屏)");

    private Cells() {
    }

    /** Lines starting with ● or 〇 (○) are elements; the other lines are the content. */
    static Content content(String cell) {
        List<String> text = new ArrayList<>();
        List<Map<String, Object>> elements = new ArrayList<>();
        for (String line : cell.split("\n", -1)) {
            String t = line.strip();
            if (!t.isEmpty() && marker(t.charAt(0))) {
                int i = 0;
                while (i < t.length()) {
                    char m = t.charAt(i);
                    int j = i + 1;
                    while (j < t.length() && !marker(t.charAt(j))) {
                        j++;
                    }
                    String name = t.substring(i + 1, j).strip();
                    if (!name.isEmpty()) {
                        Map<String, Object> e = new LinkedHashMap<>();
                        e.put("name", name);
                        e.put("required", m == '●');
                        elements.add(e);
                    }
                    i = j;
                }
            } else {
                text.add(line);
            }
        }
        String content = String.join("\n", text).strip();
        if (content.isEmpty() && !elements.isEmpty()) {
            List<String> names = new ArrayList<>();
            elements.forEach(e -> names.add((String) e.get("name")));
            content = String.join("、", names); // a cell listing only elements: they are the content
        }
        return new Content(content, elements);
    }

    private static boolean marker(char c) {
        return c == '●' || c == '〇' || c == '○';
    }

    /** One entry per non-empty line. */
    static List<String> lines(String cell) {
        List<String> out = new ArrayList<>();
        for (String line : cell.split("\n")) {
            String t = line.strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Channels: a line starting with 其他 is one channel with its free text; a line with ■/□ (☑/☐) boxes yields
     * the ticked ones; any other line is split at 、，,；; and spaces, rejoining the parts of a label that itself
     * contains "/" (社区、企事业单位、村公示栏（电子屏） is one channel).
     */
    static List<String> channels(String cell) {
        List<String> out = new ArrayList<>();
        for (String line : lines(cell)) {
            if (line.startsWith("其他:") || line.startsWith("其他：")) {
                add(out, line);
            } else if (line.indexOf('■') >= 0 || line.indexOf('□') >= 0 || line.indexOf('☑') >= 0
                    || line.indexOf('☐') >= 0) {
                boxes(line, out);
            } else {
                split(line, out);
            }
        }
        return out;
    }

    private static void boxes(String line, List<String> out) {
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '■' || c == '□' || c == '☑' || c == '☐') {
                int j = i + 1;
                while (j < line.length() && "■□☑☐".indexOf(line.charAt(j)) < 0) {
                    j++;
                }
                if (c == '■' || c == '☑') {
                    String t = line.substring(i + 1, j).strip();
                    if (!t.isEmpty()) {
                        add(out, t);
                    }
                }
                i = j;
            } else {
                i++;
            }
        }
    }

    private static void split(String line, List<String> out) {
        List<String> parts = new ArrayList<>();
        for (String p : line.split("[、，,；;\\s\u3000]+")) {
            if (!p.isEmpty()) {
                parts.add(p);
            }
        }
        int i = 0;
        while (i < parts.size()) {
            int take = 1;
            for (int k = Math.min(parts.size(), i + 3); k >= i + 2; k--) {
                if (SLASHED.contains(normalise(String.join("/", parts.subList(i, k))))) {
                    take = k - i;
                    break;
                }
            }
            add(out, take == 1 ? parts.get(i) : String.join("、", parts.subList(i, i + take)));
            i += take;
        }
    }

    private static void add(List<String> out, String channel) {
        if (!out.contains(channel)) {
            out.add(channel);
        }
    }

    private static String normalise(String s) {
        return s.replace('（', '(').replace('）', ')').replace('／', '/');
    }

    /** Levels written in one cell: 县级、乡级; 乡、村级 (the last part's 级 applies to the first). */
    static List<String> levels(String cell) {
        List<String> out = new ArrayList<>();
        for (String p : cell.split("[、，,；;/／\\s\u3000和及]+")) {
            if (p.isEmpty()) {
                continue;
            }
            String v = Level.parse(p).isEmpty() && Level.parse(p + "级").isPresent() ? p + "级" : p;
            if (!out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }
}
