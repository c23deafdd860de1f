package org.zwgk.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zwgk.request.ApplicantType;
import org.zwgk.spi.ErrorCode;
import org.zwgk.spi.ZwgkException;

/**
 * Checks an annual-report document the way an office needs for tables filled by hand: it reports <em>every</em>
 * problem in one pass — each missing, unknown or mistyped field (ZWGK-6104), each negative figure (6123), each row
 * whose total is not the sum of its columns (6121), each column whose （七）总计 is not the sum of the outcome rows
 * (6122), each column where 一 + 二 ≠ 三（七） + 四 (6120), each section 四 total (6124), and missing, unknown,
 * repeated or misplaced rows (6125) — each with the file, line and column of the figure, its JSON Pointer, and the
 * section, row and column in the table's own terms. {@link ReportJson#read} stops at the first problem; this does not.
 *
 * <p>A document that cannot be read at all (missing file: 6109; not UTF-8: 6110/6111) is an exception, and so is a
 * JSON syntax error (6104, nothing after it can be located).
 */
public final class ReportCheck {

    private static final List<String> ROOT = List.of("format", "body", "year", "generatedOn", "overview",
            "proactiveDisclosure", "applications", "reviewAndLitigation", "problemsAndImprovements", "otherMatters");
    private static final List<String> DOCS = List.of("issued", "repealed", "inForce");
    private static final List<String> RESULTS = List.of("upheld", "corrected", "other", "pending", "total");
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("rules", "规章"), Map.entry("normativeDocuments", "行政规范性文件"),
            Map.entry("issued", "本年制发件数"), Map.entry("repealed", "本年废止件数"), Map.entry("inForce", "现行有效件数"),
            Map.entry("licensingDecisions", "行政许可"), Map.entry("penaltyDecisions", "行政处罚"),
            Map.entry("coercionDecisions", "行政强制"), Map.entry("feesTenThousandYuan", "行政事业性收费（万元）"),
            Map.entry("reconsideration", "行政复议"),
            Map.entry("litigationWithoutReconsideration", "行政诉讼·未经复议直接起诉"),
            Map.entry("litigationAfterReconsideration", "行政诉讼·复议后起诉"),
            Map.entry("upheld", "结果维持"), Map.entry("corrected", "结果纠正"), Map.entry("other", "其他结果"),
            Map.entry("pending", "尚未审结"), Map.entry("total", "总计"));

    private final String file;
    private final JsonLocations locations;
    private final List<ReportProblem> problems = new ArrayList<>();

    private ReportCheck(String file, JsonLocations locations) {
        this.file = file;
        this.locations = locations;
    }

    /** Every problem of the file, in document order; empty when the report is sound. */
    public static List<ReportProblem> check(Path file) {
        return check(file.toString(), ReportJson.text(file));
    }

    /** Every problem of a document; {@code source} names it in the places (null: no file). */
    public static List<ReportProblem> check(String source, String json) {
        JsonNode root;
        JsonLocations locations;
        try {
            root = JsonMapper.builder().build().readTree(json);
            locations = JsonLocations.of(json);
        } catch (JsonProcessingException e) {
            throw JsonProblems.translate(source, json, e);
        } catch (IOException e) {
            throw new ZwgkException(ReportErrors.INVALID_JSON, (source == null ? "" : source + ":") + "[0,0] /",
                    "无法读取（" + e.getMessage() + "）", "cannot be read (" + e.getMessage() + ")");
        }
        ReportCheck c = new ReportCheck(source, locations);
        c.root(root);
        c.problems.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
                : Integer.compare(a.column(), b.column()));
        return List.copyOf(c.problems);
    }

    // ------------------------------------------------------------------------------------------------ shape

    private void root(JsonNode root) {
        if (!object(root, "")) {
            return;
        }
        fields(root, "", ROOT);
        JsonNode format = root.get("format");
        if (format != null && !AnnualReport.FORMAT.equals(format.asText())) {
            shape("/format", "应为 " + AnnualReport.FORMAT, "must be " + AnnualReport.FORMAT);
        }
        text(root, "", "body", true);
        text(root, "", "overview", false);
        text(root, "", "problemsAndImprovements", false);
        text(root, "", "otherMatters", false);
        JsonNode year = root.get("year");
        if (year != null && !(year.canConvertToInt() && year.isIntegralNumber())) {
            shape("/year", "类型不符，应为整数", "wrong type: expected integer");
        } else if (year != null && (year.asInt() < 2008 || year.asInt() > 9999)) {
            shape("/year", year.asInt() + " 不在 2008–9999 之间", year.asInt() + " is outside 2008–9999");
        }
        JsonNode generated = root.get("generatedOn");
        if (generated != null && !generated.asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
            shape("/generatedOn", "值 \"" + generated.asText() + "\" 不是有效的日期（YYYY-MM-DD）",
                    "value \"" + generated.asText() + "\" is not a valid date (YYYY-MM-DD)");
        }
        section2(root.get("proactiveDisclosure"));
        section3(root.get("applications"));
        section4(root.get("reviewAndLitigation"));
    }

    private void section2(JsonNode s) {
        String at = "/proactiveDisclosure";
        if (s == null || !object(s, at)) {
            return;
        }
        fields(s, at, List.of("rules", "normativeDocuments", "licensingDecisions", "penaltyDecisions",
                "coercionDecisions", "feesTenThousandYuan"));
        for (String docs : List.of("rules", "normativeDocuments")) {
            JsonNode d = s.get(docs);
            if (d != null && object(d, at + "/" + docs)) {
                fields(d, at + "/" + docs, DOCS);
                for (String f : DOCS) {
                    integer(d, at + "/" + docs, f, "二", docs + "/" + LABELS.get(docs), f + "/" + LABELS.get(f));
                }
            }
        }
        for (String f : List.of("licensingDecisions", "penaltyDecisions", "coercionDecisions")) {
            integer(s, at, f, "二", f + "/" + LABELS.get(f), "");
        }
        JsonNode fee = s.get("feesTenThousandYuan");
        if (fee != null) {
            if (!fee.isNumber()) {
                shape(at + "/feesTenThousandYuan", "类型不符，应为数字", "wrong type: expected number");
            } else if (fee.decimalValue().signum() < 0) {
                negative(at + "/feesTenThousandYuan", "二", "feesTenThousandYuan/" + LABELS.get("feesTenThousandYuan"),
                        "", fee.decimalValue().toPlainString());
            }
        }
    }

    private void section4(JsonNode s) {
        String at = "/reviewAndLitigation";
        if (s == null || !object(s, at)) {
            return;
        }
        List<String> blocks = List.of("reconsideration", "litigationWithoutReconsideration",
                "litigationAfterReconsideration");
        fields(s, at, blocks);
        for (String b : blocks) {
            JsonNode r = s.get(b);
            String p = at + "/" + b;
            if (r == null || !object(r, p)) {
                continue;
            }
            fields(r, p, RESULTS);
            Integer[] v = new Integer[RESULTS.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = integer(r, p, RESULTS.get(i), "四", b + "/" + LABELS.get(b),
                        RESULTS.get(i) + "/" + LABELS.get(RESULTS.get(i)));
            }
            if (Arrays.stream(v).allMatch(x -> x != null)) {
                int sum = v[0] + v[1] + v[2] + v[3];
                if (sum != v[4]) {
                    add(ReportErrors.REVIEW_TOTAL_AT, p + "/total", "四", b + "/" + LABELS.get(b), "total/总计",
                            LABELS.get(b), v[4], sum);
                }
            }
        }
    }

    // -------------------------------------------------------------------------------------------- section 三

    private record Row(int index, Section3Row row, Integer[] cells) {
    }

    private static final int COLUMNS = ApplicantType.values().length + 1; // six applicant columns and the total

    private void section3(JsonNode s) {
        String at = "/applications";
        if (s == null || !object(s, at)) {
            return;
        }
        fields(s, at, List.of("rows"));
        JsonNode rows = s.get("rows");
        if (rows == null) {
            return;
        }
        if (!rows.isArray()) {
            shape(at + "/rows", "类型不符，应为数组 [...]", "wrong type: expected array [...]");
            return;
        }
        Map<Section3Row, Row> byCode = new EnumMap<>(Section3Row.class);
        List<Row> inOrder = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String p = at + "/rows/" + i;
            JsonNode r = rows.get(i);
            if (!object(r, p)) {
                continue;
            }
            fields(r, p, List.of("row", "counts"), Set.of("label"));
            JsonNode code = r.get("row");
            Section3Row row = null;
            if (code != null) {
                try {
                    row = Section3Row.valueOf(code.asText());
                } catch (IllegalArgumentException e) {
                    add(ReportErrors.ROWS_AT, p + "/row", "三", code.asText(), "",
                            "第 " + (i + 1) + " 行的行代码 " + code.asText() + " 不是 30号文格式的行",
                            "row " + (i + 1) + " has the code " + code.asText() + ", which is not a row of the 30号 format");
                }
            }
            Integer[] cells = counts(r.get("counts"), p + "/counts", row);
            if (row == null) {
                continue;
            }
            Row data = new Row(i, row, cells);
            if (byCode.putIfAbsent(row, data) != null) {
                add(ReportErrors.ROWS_AT, p + "/row", "三", rowName(row), "",
                        "行 " + row.name() + "（" + row.labelZh() + "）重复出现（第 " + (byCode.get(row).index() + 1)
                                + " 行和第 " + (i + 1) + " 行）",
                        "row " + row.name() + " appears twice (rows " + (byCode.get(row).index() + 1) + " and "
                                + (i + 1) + ")");
                continue;
            }
            inOrder.add(data);
        }
        for (Section3Row r : Section3Row.values()) {
            if (!byCode.containsKey(r)) {
                add(ReportErrors.ROWS_AT, at + "/rows", "三", rowName(r), "",
                        "缺少行 " + r.name() + "（" + r.labelZh() + "）", "the row " + r.name() + " is missing");
            }
        }
        int expected = 0;
        for (Row r : inOrder) {
            while (expected < Section3Row.values().length && !byCode.containsKey(Section3Row.values()[expected])) {
                expected++;
            }
            if (expected < Section3Row.values().length && r.row() != Section3Row.values()[expected]) {
                add(ReportErrors.ROWS_AT, at + "/rows/" + r.index() + "/row", "三", rowName(r.row()), "",
                        "顺序不对：第 " + (r.index() + 1) + " 行应为 " + Section3Row.values()[expected].name() + "，实际为 "
                                + r.row().name(),
                        "out of order: row " + (r.index() + 1) + " should be " + Section3Row.values()[expected].name()
                                + ", not " + r.row().name());
                break; // one misplaced row moves every row after it: the first says enough
            }
            expected++;
        }
        arithmetic(byCode);
    }

    /** The seven cells of a row (null where a cell is missing or not an integer); negatives reported. */
    private Integer[] counts(JsonNode counts, String p, Section3Row row) {
        Integer[] cells = new Integer[COLUMNS];
        if (counts == null || !object(counts, p)) {
            return cells;
        }
        List<String> keys = new ArrayList<>();
        for (ApplicantType t : ApplicantType.values()) {
            keys.add(t.jsonKey());
        }
        keys.add("total");
        fields(counts, p, keys);
        for (int c = 0; c < COLUMNS; c++) {
            cells[c] = integer(counts, p, keys.get(c), "三", row == null ? "" : rowName(row), columnName(c));
        }
        if (row != null && Arrays.stream(cells).allMatch(x -> x != null)) {
            int sum = 0;
            for (int c = 0; c < COLUMNS - 1; c++) {
                sum += cells[c];
            }
            if (sum != cells[COLUMNS - 1]) {
                add(ReportErrors.ROW_TOTAL_AT, p + "/total", "三", rowName(row), columnName(COLUMNS - 1),
                        rowName(row), cells[COLUMNS - 1], sum);
            }
        }
        return cells;
    }

    private void arithmetic(Map<Section3Row, Row> rows) {
        Row total = rows.get(Section3Row.RESULT_TOTAL);
        for (int c = 0; c < COLUMNS; c++) {
            if (total != null && total.cells()[c] != null) {
                Integer sum = 0;
                for (Section3Row r : Section3Row.values()) {
                    if (r.isOutcome()) {
                        Row x = rows.get(r);
                        sum = x == null || x.cells()[c] == null || sum == null ? null : sum + x.cells()[c];
                    }
                }
                if (sum != null && !sum.equals(total.cells()[c])) {
                    add(ReportErrors.RESULT_TOTAL_AT, cell(total, c), "三", rowName(Section3Row.RESULT_TOTAL),
                            columnName(c), columnName(c), total.cells()[c], sum);
                }
            }
            Integer one = value(rows, Section3Row.NEW_THIS_YEAR, c);
            Integer two = value(rows, Section3Row.CARRIED_FROM_LAST_YEAR, c);
            Integer three = value(rows, Section3Row.RESULT_TOTAL, c);
            Integer four = value(rows, Section3Row.CARRIED_TO_NEXT_YEAR, c);
            if (one != null && two != null && three != null && four != null && one + two != three + four) {
                add(ReportErrors.RECONCILIATION_AT, cell(rows.get(Section3Row.CARRIED_TO_NEXT_YEAR), c), "三",
                        rowName(Section3Row.CARRIED_TO_NEXT_YEAR), columnName(c), columnName(c), one, two, one + two,
                        three, four, three + four);
            }
        }
    }

    private static Integer value(Map<Section3Row, Row> rows, Section3Row r, int c) {
        Row x = rows.get(r);
        return x == null ? null : x.cells()[c];
    }

    private static String cell(Row r, int c) {
        return "/applications/rows/" + r.index() + "/counts/" + (c < COLUMNS - 1 ? ApplicantType.values()[c].jsonKey()
                : "total");
    }

    private static String rowName(Section3Row r) {
        return r.name() + "（" + r.labelZh() + "）";
    }

    private static String columnName(int c) {
        return c < COLUMNS - 1 ? ApplicantType.values()[c].labelZh() + "/" + ApplicantType.values()[c].jsonKey()
                : "总计/total";
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private boolean object(JsonNode n, String p) {
        if (n != null && n.isObject()) {
            return true;
        }
        shape(p, "类型不符，应为对象 {...}", "wrong type: expected object {...}");
        return false;
    }

    private void fields(JsonNode n, String p, List<String> required) {
        fields(n, p, required, Set.of());
    }

    /** Every missing and every unknown field of an object. */
    private void fields(JsonNode n, String p, List<String> required, Set<String> optional) {
        Map<String, Boolean> known = new LinkedHashMap<>();
        required.forEach(k -> known.put(k, true));
        optional.forEach(k -> known.put(k, false));
        for (String k : required) {
            if (!n.has(k)) {
                shape(p + "/" + k, "缺少字段 " + k, "missing field " + k);
            }
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!known.containsKey(k)) {
                String list = String.join(", ", known.keySet().stream().sorted().toList());
                shape(p + "/" + k, "未知字段 " + k + "（此处的字段：" + list + "）", "unknown field " + k
                        + " (fields here: " + list + ")");
            }
        }
    }

    private void text(JsonNode n, String p, String k, boolean required) {
        JsonNode v = n.get(k);
        if (v == null || v.isNull() && !required) {
            return;
        }
        if (!v.isTextual()) {
            shape(p + "/" + k, "类型不符，应为文本", "wrong type: expected text");
        } else if (required && v.asText().isBlank()) {
            shape(p + "/" + k, "不能为空", "must not be blank");
        }
    }

    /** The integer at {@code n.k}, or null (missing, or reported as mistyped); a negative one is reported. */
    private Integer integer(JsonNode n, String p, String k, String section, String row, String field) {
        JsonNode v = n.get(k);
        if (v == null) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            shape(p + "/" + k, "类型不符，应为整数（值为 " + v + "）", "wrong type: expected integer (value " + v + ")");
            return null;
        }
        if (v.asInt() < 0) {
            negative(p + "/" + k, section, row, field, String.valueOf(v.asInt()));
        }
        return v.asInt();
    }

    private void negative(String p, String section, String row, String field, String value) {
        String what = row + (field.isEmpty() ? "" : " " + field);
        add(ReportErrors.NEGATIVE_AT, p, section, row, field, section, what, value);
    }

    private void shape(String p, String zh, String en) {
        int[] lc = locations.at(p);
        problems.add(new ReportProblem(ReportErrors.INVALID_JSON, file, lc[0], lc[1], p, "", "", "",
                List.of(where(p, lc), zh, en)));
    }

    private void add(ErrorCode code, String p, String section, String row, String field, Object... args) {
        int[] lc = locations.at(p);
        List<Object> all = new ArrayList<>();
        all.add(where(p, lc));
        all.addAll(Arrays.asList(args));
        problems.add(new ReportProblem(code, file, lc[0], lc[1], p, section, row, field, all));
    }

    private String where(String p, int[] lc) {
        return (file == null ? "" : file + ":") + "[" + lc[0] + "," + lc[1] + "] " + p;
    }
}
