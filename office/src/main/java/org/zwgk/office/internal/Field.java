package org.zwgk.office.internal;

import java.util.List;
import java.util.Map;

/**
 * The columns of a catalogue table, with the header names offices use for them (reference §4.2, §17). Names are
 * compared after removing white space and bracketed suffixes: 公开内容（要素）, 公开内容(要素) and 公开 内容 are one.
 */
enum Field {
    ID("编号", "id", "编号", "事项编号", "事项代码", "事项标识", "标识", "代码", "事项编码", "编码"),
    SEQUENCE("序号", null, "序号"),
    PATH("公开事项", "path", "公开事项", "公开事项名称", "事项名称", "事项", "公开事项目录", "事项目录"),
    PATH0("一级事项", "path", "一级事项", "一级", "一级事项名称", "一级目录"),
    PATH1("二级事项", "path", "二级事项", "二级", "二级事项名称", "二级目录"),
    PATH2("三级事项", "path", "三级事项", "三级", "三级事项名称", "三级目录"),
    CONTENT("公开内容（要素）", "content", "公开内容", "公开内容要素", "内容", "公开要素", "公开的内容"),
    BASIS("公开依据", "basis", "公开依据", "依据", "法律依据", "政策依据", "公开依据文件"),
    TIME_LIMIT("公开时限", "timeLimit", "公开时限", "时限", "公开时间"),
    SUBJECT("公开主体", "subject", "公开主体", "主体", "责任主体", "公开责任主体", "责任单位", "公开单位"),
    CHANNELS("公开渠道和载体", "channels", "公开渠道和载体", "公开渠道及载体", "公开渠道与载体", "公开渠道", "公开载体",
            "渠道和载体", "公开渠道和方式"),
    AUDIENCE("公开对象", "audience", "公开对象", "对象"),
    METHOD("公开方式", "method", "公开方式", "方式"),
    LEVELS("公开层级", "levels", "公开层级", "层级", "公开层次"),
    STAGE("五公开环节", "stage", "五公开环节", "五公开", "所属环节", "环节", "公开环节", "五公开类别"),
    REMARK("备注", null, "备注", "说明");

    private static final Map<String, Field> BY_NAME = byName();

    private final String standard;
    private final String key;
    private final List<String> names;

    Field(String standard, String key, String... names) {
        this.standard = standard;
        this.key = key;
        this.names = List.of(names);
    }

    /** The name zwgk's export writes. */
    String standard() {
        return standard;
    }

    /** The key of the catalogue file this column fills, {@code null} for 序号 and 备注. */
    String key() {
        return key;
    }

    /** A few accepted names, for hints. */
    String examples() {
        return String.join("、", names.subList(0, Math.min(3, names.size())));
    }

    private static Map<String, Field> byName() {
        Map<String, Field> m = new java.util.HashMap<>();
        for (Field f : values()) {
            for (String n : f.names) {
                m.put(n, f);
            }
        }
        return Map.copyOf(m);
    }

    /** The field a header text names, or {@code null}. */
    static Field of(String header) {
        return BY_NAME.get(normalise(header));
    }

    /** White space and a bracketed suffix removed: 公开内容（要素） → 公开内容. */
    static String normalise(String header) {
        StringBuilder sb = new StringBuilder(header.length());
        int depth = 0;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '（' || c == '(' || c == '【' || c == '[') {
                depth++;
            } else if (c == '）' || c == ')' || c == '】' || c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && !Character.isWhitespace(c) && c != '\u3000' && c != '*' && c != '＊') {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
