package org.zwgk.adapter.website.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a standard catalogue file (docs/catalogue.md: YAML or JSON, {@code zwgk: 1}) into the part the website
 * renders, reporting <em>every</em> problem at once so that {@code validate()} can list them with the other
 * configuration problems. A file with any problem yields no catalogue: the site never shows half a catalogue.
 *
 * <p>Safe loading: Jackson builds only a tree of plain nodes (YAML tags never construct Java types), duplicate keys
 * are errors, and SnakeYAML's limits bound size, nesting and aliases (billion laughs).
 */
public final class StandardCatalogueReader {

    /** Largest file accepted (bytes). The sample township catalogue is ~12 KB; a county's a few hundred KB. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;
    private static final int MAX_PROBLEMS = 30;
    private static final int MAX_DEPTH = 32;

    private static final Set<String> ROOT_KEYS = Set.of("$schema", "zwgk", "catalogue", "domains");
    private static final Set<String> META_KEYS = Set.of("id", "title", "issuer", "level", "region", "version",
            "effective", "guidelines");
    private static final Set<String> DOMAIN_KEYS = Set.of("code", "name", "items");
    private static final Set<String> ITEM_KEYS = Set.of("id", "path", "content", "elements", "basis", "timeLimit",
            "subject", "channels", "audience", "method", "levels", "stage");
    private static final Set<String> STAGES = Set.of("决策", "执行", "管理", "服务", "结果");
    private static final String SAME_AS_ABOVE = "同上";

    /** The outcome: a catalogue, or the problems (bilingual lines, Chinese first) and no catalogue. */
    public record Result(Optional<StandardCatalogue> catalogue, List<String> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    private final ObjectMapper json;
    private final ObjectMapper yaml;

    public StandardCatalogueReader() {
        StreamReadConstraints limits = StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                .maxStringLength((int) MAX_BYTES).build();
        JsonFactory jf = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(limits).build();
        LoaderOptions lo = new LoaderOptions();
        lo.setAllowDuplicateKeys(false);
        lo.setMaxAliasesForCollections(50);
        lo.setNestingDepthLimit(MAX_DEPTH);
        lo.setCodePointLimit((int) MAX_BYTES);
        YAMLFactory yf = YAMLFactory.builder().loaderOptions(lo).streamReadConstraints(limits)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        this.json = new ObjectMapper(jf);
        this.yaml = new ObjectMapper(yf);
    }

    /** Reads and checks {@code file}. Never throws for the file's content or an I/O failure. */
    public Result read(Path file) {
        String name = file.toString();
        List<String> problems = new ArrayList<>();
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                return fail(name, "文件不存在或不是普通文件", "no such file (or not a regular file)");
            }
            if (Files.size(file) > MAX_BYTES) {
                return fail(name, "文件超过 " + MAX_BYTES + " 字节", "file larger than " + MAX_BYTES + " bytes");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return fail(name, "无法读取（" + e.getClass().getSimpleName() + "）",
                    "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return fail(name, "不是 UTF-8 编码（可用 iconv -f GBK -t UTF-8 转换）", "not UTF-8 (convert with iconv)");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        boolean isJson = lower.endsWith(".json")
                || (!lower.endsWith(".yaml") && !lower.endsWith(".yml") && text.stripLeading().startsWith("{"));
        JsonNode root;
        try (JsonParser p = (isJson ? json : yaml).createParser(text)) {
            root = (isJson ? json : yaml).readTree(p);
            if (p.nextToken() != null) {
                return fail(name, "文件中有多个文档或多余内容（第 " + p.currentTokenLocation().getLineNr() + " 行）",
                        "more than one document or trailing content (line " + p.currentTokenLocation().getLineNr()
                                + ")");
            }
        } catch (StreamReadException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            String msg = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("");
            return fail(name, (isJson ? "JSON" : "YAML") + " 语法错误（第 " + line + " 行）：" + msg,
                    (isJson ? "JSON" : "YAML") + " syntax error (line " + line + ")");
        } catch (IOException | RuntimeException e) {
            // SnakeYAML signals its limits (aliases, size, nesting) with its own runtime exceptions.
            String msg = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            return fail(name, "无法解析：" + msg, "cannot be parsed: " + e.getClass().getSimpleName());
        }
        Checker c = new Checker(name, problems);
        StandardCatalogue cat = c.catalogue(root, digest(bytes));
        if (!problems.isEmpty()) {
            if (problems.size() > MAX_PROBLEMS) {
                int more = problems.size() - MAX_PROBLEMS;
                problems.subList(MAX_PROBLEMS, problems.size()).clear();
                problems.add("标准目录 " + name + "：另有 " + more + " 个问题 / " + more + " more problems");
            }
            return new Result(Optional.empty(), problems);
        }
        return new Result(Optional.of(cat), List.of());
    }

    private static Result fail(String file, String zh, String en) {
        return new Result(Optional.empty(), List.of(line(file, "", zh, en)));
    }

    private static String line(String file, String pointer, String zh, String en) {
        String at = pointer.isEmpty() ? "" : " " + pointer;
        return "标准目录 " + file + at + "：" + zh + " / standard catalogue " + file + at + ": " + en;
    }

    static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** Walks the tree, collecting every problem with its JSON Pointer. */
    private static final class Checker {
        private final String file;
        private final List<String> problems;
        private String previousTimeLimit = "";
        private boolean firstItem = true;

        Checker(String file, List<String> problems) {
            this.file = file;
            this.problems = problems;
        }

        private void problem(String pointer, String zh, String en) {
            problems.add(line(file, pointer, zh, en));
        }

        StandardCatalogue catalogue(JsonNode root, String digest) {
            if (root == null || !root.isObject()) {
                problem("/", "顶层应为映射（zwgk、catalogue、domains）", "the top level must be a mapping");
                return null;
            }
            keys(root, "", ROOT_KEYS);
            JsonNode v = root.get("zwgk");
            if (v == null || !v.isIntegralNumber() || v.asInt() != 1) {
                problem("/zwgk", "格式版本应为整数 1", "format version must be the integer 1");
                return null; // another version: nothing else can be read as version 1
            }
            JsonNode meta = object(root, "catalogue", "");
            String id = "", title = "", issuer = "", level = "", region = "", version = "", effective = "";
            List<String> guidelines = List.of();
            if (meta != null) {
                keys(meta, "/catalogue", META_KEYS);
                id = text(meta, "id", "/catalogue", true);
                title = text(meta, "title", "/catalogue", true);
                issuer = text(meta, "issuer", "/catalogue", true);
                level = text(meta, "level", "/catalogue", true);
                region = text(meta, "region", "/catalogue", false);
                version = text(meta, "version", "/catalogue", true);
                effective = text(meta, "effective", "/catalogue", true);
                guidelines = texts(meta, "guidelines", "/catalogue", 0, Integer.MAX_VALUE, false);
            }
            List<StandardCatalogue.Domain> domains = new ArrayList<>();
            JsonNode ds = root.get("domains");
            if (ds == null || !ds.isArray() || ds.isEmpty()) {
                problem("/domains", "应为至少一个领域的列表", "must be a non-empty list of domains");
            } else {
                for (int i = 0; i < ds.size(); i++) {
                    StandardCatalogue.Domain d = domain(ds.get(i), "/domains/" + i);
                    if (d != null) {
                        domains.add(d);
                    }
                }
            }
            return problems.isEmpty() ? new StandardCatalogue(id, title, issuer, level, region, version, effective,
                    guidelines, domains, digest) : null;
        }

        private StandardCatalogue.Domain domain(JsonNode d, String at) {
            if (!d.isObject()) {
                problem(at, "领域应为映射（code、name、items）", "a domain must be a mapping");
                return null;
            }
            keys(d, at, DOMAIN_KEYS);
            String code = text(d, "code", at, true);
            String name = text(d, "name", at, true);
            List<StandardCatalogue.Entry> items = new ArrayList<>();
            JsonNode is = d.get("items");
            if (is == null || !is.isArray() || is.isEmpty()) {
                problem(at + "/items", "应为至少一个事项的列表", "must be a non-empty list of items");
            } else {
                for (int i = 0; i < is.size(); i++) {
                    StandardCatalogue.Entry e = item(is.get(i), at + "/items/" + i);
                    if (e != null) {
                        items.add(e);
                    }
                }
            }
            return new StandardCatalogue.Domain(code, name, items);
        }

        private StandardCatalogue.Entry item(JsonNode n, String at) {
            if (!n.isObject()) {
                problem(at, "事项应为映射", "an item must be a mapping");
                firstItem = false;
                return null;
            }
            keys(n, at, ITEM_KEYS);
            String id = text(n, "id", at, true);
            List<String> path = texts(n, "path", at, 1, 3, true);
            String content = text(n, "content", at, true);
            List<StandardCatalogue.Element> elements = new ArrayList<>();
            JsonNode es = n.get("elements");
            if (es != null) {
                if (!es.isArray()) {
                    problem(at + "/elements", "应为列表", "must be a list");
                } else {
                    for (int i = 0; i < es.size(); i++) {
                        JsonNode e = es.get(i);
                        String ep = at + "/elements/" + i;
                        if (!e.isObject()) {
                            problem(ep, "要素应为映射（name、required）", "an element must be a mapping");
                            continue;
                        }
                        keys(e, ep, Set.of("name", "required"));
                        String en = text(e, "name", ep, true);
                        JsonNode r = e.get("required");
                        if (r == null || !r.isBoolean()) {
                            problem(ep + "/required", "应为 true 或 false", "must be true or false");
                        }
                        elements.add(new StandardCatalogue.Element(en, r != null && r.asBoolean()));
                    }
                }
            }
            List<String> basis = texts(n, "basis", at, 1, Integer.MAX_VALUE, true);
            String limit = text(n, "timeLimit", at, true);
            if (limit.strip().equals(SAME_AS_ABOVE)) {
                // docs/catalogue.md: 同上 takes the previous item's effective phrase, across domains too.
                if (firstItem) {
                    problem(at + "/timeLimit", "第一个事项不能写“同上”", "同上 on the first item refers to nothing");
                }
                limit = previousTimeLimit; // "" after a problem already reported: the file is refused anyway
            }
            firstItem = false;
            previousTimeLimit = limit;
            String subject = text(n, "subject", at, true);
            List<String> channels = texts(n, "channels", at, 1, Integer.MAX_VALUE, true);
            String audience = text(n, "audience", at, true);
            String method = text(n, "method", at, true).strip();
            String m = switch (method) {
                case "主动", "主动公开" -> "主动公开";
                case "依申请", "依申请公开" -> "依申请公开";
                default -> null;
            };
            if (m == null && !method.isEmpty()) {
                problem(at + "/method", "应为 主动 或 依申请，而不是 " + method, "must be 主动 or 依申请");
            }
            List<String> levels = texts(n, "levels", at, 1, Integer.MAX_VALUE, true);
            String stage = text(n, "stage", at, false).strip();
            if (stage.endsWith("公开")) {
                stage = stage.substring(0, stage.length() - 2);
            }
            if (!stage.isEmpty() && !STAGES.contains(stage)) {
                problem(at + "/stage", "应为 决策、执行、管理、服务 或 结果", "must be 决策, 执行, 管理, 服务 or 结果");
            }
            return new StandardCatalogue.Entry(id, path, content, elements, basis, limit, subject, channels, audience,
                    m == null ? "" : m, levels, stage.isEmpty() ? "" : stage + "公开");
        }

        private JsonNode object(JsonNode parent, String key, String at) {
            JsonNode n = parent.get(key);
            if (n == null || !n.isObject()) {
                problem(at + "/" + key, n == null ? "缺少必填项" : "应为映射", n == null ? "required" : "must be a mapping");
                return null;
            }
            return n;
        }

        private void keys(JsonNode n, String at, Set<String> allowed) {
            for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (!allowed.contains(k)) {
                    problem(at + "/" + escapePointer(k), "未知的键 " + k + "（允许：" + String.join("、", sorted(allowed))
                            + "）", "unknown key " + k);
                }
            }
        }

        /** A non-blank text; numbers and booleans are refused (an unquoted {@code 350524} or {@code yes}). */
        private String text(JsonNode parent, String key, String at, boolean required) {
            JsonNode n = parent.get(key);
            if (n == null || n.isNull()) {
                if (required) {
                    problem(at + "/" + key, "缺少必填项", "required");
                }
                return "";
            }
            if (!n.isTextual()) {
                problem(at + "/" + key, "应为文本（YAML 中请加引号）", "must be text (quote it in YAML)");
                return "";
            }
            if (n.asText().isBlank()) {
                problem(at + "/" + key, "不能为空", "must not be blank");
            }
            return n.asText();
        }

        private List<String> texts(JsonNode parent, String key, String at, int min, int max, boolean required) {
            JsonNode n = parent.get(key);
            if (n == null || n.isNull()) {
                if (required) {
                    problem(at + "/" + key, "缺少必填项", "required");
                }
                return List.of();
            }
            if (!n.isArray() || n.size() < min || n.size() > max) {
                String range = max == Integer.MAX_VALUE ? "至少 " + min + " 项" : min + "–" + max + " 项";
                problem(at + "/" + key, "应为 " + range + "文本的列表", "must be a list of " + (max == Integer.MAX_VALUE
                        ? "at least " + min : min + "–" + max) + " texts");
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < n.size(); i++) {
                JsonNode e = n.get(i);
                if (!e.isTextual() || e.asText().isBlank()) {
                    problem(at + "/" + key + "/" + i, "应为非空文本", "must be non-blank text");
                } else {
                    out.add(e.asText());
                }
            }
            return out;
        }

        private static List<String> sorted(Set<String> s) {
            return s.stream().sorted().toList();
        }

        private static String escapePointer(String k) {
            return k.replace("~", "~0").replace("/", "~1");
        }
    }
}
