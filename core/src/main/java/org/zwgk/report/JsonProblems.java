package org.zwgk.report;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.zwgk.spi.ZwgkException;

/**
 * Turns Jackson's exceptions into report errors a person can act on: {@code [line,col] /json/pointer} and a plain
 * statement (缺少字段 / 未知字段 / 类型不符 …). Jackson's own messages name its features, classes and a redacted source,
 * which mean nothing to the clerk who edited the file, so they are never passed on.
 */
final class JsonProblems {

    private static final Pattern QUOTED = Pattern.compile("'([^']+)'");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    private JsonProblems() {
    }

    static ZwgkException translate(String source, String json, JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        String at = (source == null ? "" : source + ":")
                + (loc == null ? "[0,0]" : "[" + loc.getLineNr() + "," + loc.getColumnNr() + "]");
        String pointer = e instanceof JsonMappingException m ? pointer(m.getPath()) : "";
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ZwgkException z) {
                return located(z, at, pointer, json);
            }
        }
        String orig = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof UnrecognizedPropertyException u) {
            Collection<Object> known = u.getKnownPropertyIds();
            String list = known == null ? "" : known.stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", "));
            return invalid(at, pointer, "未知字段 " + u.getPropertyName() + (list.isEmpty() ? "" : "（此处的字段：" + list + "）"),
                    "unknown field " + u.getPropertyName() + (list.isEmpty() ? "" : " (fields here: " + list + ")"));
        }
        if (e instanceof InvalidFormatException f) {
            String[] type = typeName(f.getTargetType());
            boolean scalar = f.getTargetType() != null && (f.getTargetType().isPrimitive()
                    || Number.class.isAssignableFrom(f.getTargetType()));
            return invalid(at, pointer, (scalar ? "类型不符：" : "") + "值 \"" + f.getValue() + "\" 不是有效的" + type[0],
                    (scalar ? "wrong type: " : "") + "value \"" + f.getValue() + "\" is not a valid " + type[1]);
        }
        if (e instanceof MismatchedInputException m) {
            if (orig.startsWith("Missing required creator property") || orig.startsWith("Missing creator property")) {
                Matcher q = QUOTED.matcher(orig);
                String field = q.find() ? q.group(1) : "?";
                return invalid(at, pointer.endsWith("/" + field) ? pointer : pointer + "/" + field,
                        "缺少字段 " + field, "missing field " + field);
            }
            String[] type = typeName(m.getTargetType());
            if (orig.startsWith("Cannot map `null`")) {
                return invalid(at, pointer, "不能为 null，应为" + type[0], "must not be null; expected " + type[1]);
            }
            return invalid(at, pointer, "类型不符，应为" + type[0], "wrong type: expected " + type[1]);
        }
        if (e instanceof JsonMappingException m && m.getCause() instanceof NullPointerException npe
                && npe.getMessage() != null && IDENTIFIER.matcher(npe.getMessage()).matches()) {
            String field = npe.getMessage();
            return invalid(at, pointer + "/" + field, "字段 " + field + " 不能为 null", "field " + field
                    + " must not be null");
        }
        if (e instanceof JsonEOFException) {
            return invalid(at, pointer, "文档在此处意外结束（缺少右括号或引号？）",
                    "unexpected end of the document (a closing bracket or quote missing?)");
        }
        if (e instanceof JsonParseException) {
            return invalid(at, pointer, "JSON 语法错误（" + orig + "）", "JSON syntax error (" + orig + ")");
        }
        return invalid(at, pointer, "值无效", "invalid value");
    }

    private static ZwgkException invalid(String at, String pointer, String zh, String en) {
        return new ZwgkException(ReportErrors.INVALID_JSON, at + " " + (pointer.isEmpty() ? "/" : pointer), zh, en);
    }

    /**
     * A report error raised by a record's constructor while reading: the same code, with its first argument (the
     * figure) replaced by where it sits — {@code [line,col] /applications/rows/2/counts（（一）予以公开）}.
     */
    private static ZwgkException located(ZwgkException z, String at, String pointer, String json) {
        List<String> args = new ArrayList<>(z.args());
        if (args.isEmpty()) {
            return z;
        }
        String a0 = args.get(0);
        String where;
        if (a0.startsWith("/")) {
            where = pointer + a0;
        } else if (IDENTIFIER.matcher(a0).matches()) {
            where = pointer.endsWith("/" + a0) ? pointer : pointer + "/" + a0;
        } else {
            return z; // a column or row label: the message already says where
        }
        String label = label(json, pointer);
        args.set(0, at + " " + where + (label.isEmpty() ? "" : "（" + label + "）"));
        return new ZwgkException(z.errorCode(), z, args.toArray());
    }

    /** The {@code label} of the nearest enclosing object that has one (section 三 rows carry theirs). */
    private static String label(String json, String pointer) {
        try {
            JsonNode root = JsonMapper.builder().build().readTree(json);
            for (String p = pointer; !p.isEmpty(); p = p.substring(0, p.lastIndexOf('/'))) {
                JsonNode l = root.at(p).path("label");
                if (l.isTextual()) {
                    return l.asText();
                }
            }
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return "";
        }
        return "";
    }

    private static String pointer(List<JsonMappingException.Reference> path) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : path) {
            b.append('/');
            if (r.getFieldName() != null) {
                b.append(r.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else if (r.getIndex() >= 0) {
                b.append(r.getIndex());
            }
        }
        return b.toString();
    }

    /** The expected type in words, Chinese and English. */
    private static String[] typeName(Class<?> t) {
        if (t == null) {
            return new String[] {"值", "value"};
        }
        if (t == int.class || t == Integer.class || t == long.class || t == Long.class) {
            return new String[] {"整数", "integer"};
        }
        if (t == BigDecimal.class || t == double.class || t == Double.class) {
            return new String[] {"数字", "number"};
        }
        if (t == String.class) {
            return new String[] {"文本", "text"};
        }
        if (t == boolean.class || t == Boolean.class) {
            return new String[] {" true 或 false", "true or false"};
        }
        if (t == LocalDate.class) {
            return new String[] {"日期（YYYY-MM-DD）", "date (YYYY-MM-DD)"};
        }
        if (t.isEnum()) {
            String values = Arrays.stream(t.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
            return new String[] {"取值（可用：" + values + "）", "value (one of " + values + ")"};
        }
        if (t.isArray() || Collection.class.isAssignableFrom(t)) {
            return new String[] {"数组 [...]", "array [...]"};
        }
        return new String[] {"对象 {...}", "object {...}"};
    }
}
