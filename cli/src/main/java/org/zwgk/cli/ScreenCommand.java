package org.zwgk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.zwgk.screen.Detector;
import org.zwgk.screen.Finding;
import org.zwgk.screen.Screener;
import org.zwgk.screen.ScreeningReport;
import org.zwgk.spi.ErrorCode;
import org.zwgk.spi.ZwgkException;
import org.zwgk.spi.text.ReadProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code zwgk screen FILE|DIR... [--format text|json] [--lang zh|en] [--words FILE]}: screens files for personal
 * data before they are uploaded anywhere — identity, mobile and bank card numbers and the words of a list — in PDF,
 * Word (.docx), Excel (.xlsx/.xls), CSV, text and HTML. Directories are walked (hidden files and directories skipped,
 * symbolic links not followed). Each finding is listed with its file, location, detector and masked value; an
 * unmasked value is never printed.
 *
 * <p>Exit 0 when nothing was found and every file was read; 1 when something was found in files that were all read;
 * 2 for usage problems, a path that does not exist or cannot be read, or a file that could not be screened (an
 * unsupported type, encrypted, damaged, too large, a scanned page): the screening is then incomplete, which must
 * never look like "only findings" or "clean". Findings go to standard output, path problems to standard error.
 */
@Command(name = "screen", mixinStandardHelpOptions = true,
        description = {"检查文件中的个人信息（公民身份号码、手机号码、银行卡号、敏感词）/ Screen files for personal data.",
            "退出码 / exit: 0 未发现 clean, 1 有发现 findings, 2 用法问题或有文件无法读取 usage or unreadable input."})
public final class ScreenCommand implements Callable<Integer> {

    /** Largest file the command loads. */
    static final long MAX_FILE_BYTES = 256L << 20;

    /** Output formats. */
    enum Format { text, json }

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "要检查的文件或目录 / files or directories")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", description = "text | json（默认 text）")
    Format format = Format.text;

    @Option(names = "--words", paramLabel = "FILE",
            description = "敏感词表：UTF-8，每行一个词，# 开头为注释 / sensitive words, one per line (UTF-8)")
    Path words;

    @picocli.CommandLine.Mixin
    LangOption lang = new LangOption();

    @Override
    public Integer call() {
        return run(lang.locale(), new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8));
    }

    int run(Locale locale, PrintStream out, PrintStream err) {
        Screener screener;
        try {
            screener = screener();
        } catch (ZwgkException e) {
            problem(err, e.message(locale), e.hint(locale), locale);
            return Main.USAGE;
        }
        boolean pathProblem = false;
        Set<Path> files = new LinkedHashSet<>();
        int[] hidden = new int[1];
        for (Path p : paths) {
            if (!Files.exists(p)) {
                coded(err, CliErrors.PATH_NOT_FOUND, locale, p);
                pathProblem = true;
            } else if (!Files.isReadable(p)) {
                coded(err, CliErrors.UNREADABLE, locale, p);
                pathProblem = true;
            } else if (Files.isDirectory(p)) {
                List<Path> found = walk(p, hidden);
                if (found == null) {
                    coded(err, CliErrors.UNREADABLE, locale, p);
                    pathProblem = true;
                } else if (found.isEmpty()) {
                    coded(err, ScreenErrors.NOTHING_TO_SCREEN, locale, p);
                    pathProblem = true;
                }
                if (found != null) {
                    files.addAll(found);
                }
            } else {
                files.add(p);
            }
        }
        List<Screened> results = new ArrayList<>();
        for (Path f : files) {
            ScreeningReport r = screen(screener, f);
            if (r == null) {
                coded(err, CliErrors.UNREADABLE, locale, f);
                pathProblem = true;
            } else {
                results.add(new Screened(f, r));
            }
        }
        if (format == Format.json) {
            out.println(json(results, hidden[0], locale));
        } else {
            text(out, results, hidden[0], locale);
        }
        out.flush();
        boolean unreadable = results.stream().anyMatch(s -> s.report().hasUnreadable());
        if (pathProblem || unreadable) {
            return Main.USAGE;
        }
        return results.stream().allMatch(s -> s.report().isClean()) ? Main.OK : Main.FINDINGS;
    }

    /** A file and what its screening found. */
    record Screened(Path file, ScreeningReport report) {
    }

    private Screener screener() {
        Screener.Builder b = Screener.builder();
        if (words != null) {
            b.sensitiveWords(CliSupport.sensitiveWords(words));
        }
        return b.build();
    }

    /** Regular files under a directory, in name order; hidden entries skipped and counted; null if unreadable. */
    private static List<Path> walk(Path dir, int[] hidden) {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) { // symbolic links are not followed
            s.filter(p -> !p.equals(dir)).sorted().forEach(p -> {
                if (isHidden(dir, p)) {
                    if (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        hidden[0]++;
                    }
                } else if (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    out.add(p);
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            return null;
        }
        return out;
    }

    private static boolean isHidden(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static ScreeningReport screen(Screener screener, Path f) {
        String source = display(f);
        try {
            if (Files.size(f) > MAX_FILE_BYTES) {
                return screener.unreadable(source, ReadProblem.TOO_LARGE);
            }
            byte[] content = Files.readAllBytes(f);
            // no media type: the extractors go by the file name's extension, as an office's files are named
            return screener.screenFile(source, "", f.getFileName().toString(), content);
        } catch (IOException e) {
            return null;
        }
    }

    /** A path as the user wrote it, with forward slashes. */
    static String display(Path p) {
        return p.toString().replace('\\', '/');
    }

    private static void coded(PrintStream err, ErrorCode code, Locale locale, Path p) {
        problem(err, code.code() + " " + code.message(locale, display(p)), code.hint(locale, display(p)), locale);
    }

    private static void problem(PrintStream err, String message, String hint, Locale locale) {
        err.println(message);
        err.println("    " + (ErrorCode.isEnglish(locale) ? "hint: " : "提示：") + hint);
    }

    private static void text(PrintStream out, List<Screened> results, int hidden, Locale locale) {
        boolean en = ErrorCode.isEnglish(locale);
        Map<String, ErrorCode> codes = new LinkedHashMap<>();
        Map<Detector, Integer> counts = new EnumMap<>(Detector.class);
        int total = 0;
        for (Screened s : results) {
            for (Finding f : s.report().findings()) {
                out.println(f.code().code() + " " + f.message(locale));
                codes.putIfAbsent(f.code().code(), f.code());
                counts.merge(f.detector(), 1, Integer::sum);
                total++;
            }
        }
        if (!codes.isEmpty()) {
            out.println(en ? "hints:" : "提示：");
            codes.values().forEach(c -> out.println("  " + c.code() + " " + c.hint(locale)));
        }
        long clean = results.stream().filter(s -> s.report().isClean()).count();
        StringBuilder sb = new StringBuilder();
        List<String> parts = new ArrayList<>();
        counts.forEach((d, n) -> parts.add(d.label(locale) + " " + n));
        if (en) {
            sb.append(results.size()).append(" file(s) screened, ").append(total).append(" finding(s)");
            if (!parts.isEmpty()) {
                sb.append(" (").append(String.join(", ", parts)).append(')');
            }
            sb.append("; ").append(clean).append(" clean");
            if (hidden > 0) {
                sb.append("; ").append(hidden).append(" hidden file(s) skipped");
            }
        } else {
            sb.append("共检查 ").append(results.size()).append(" 个文件：发现 ").append(total).append(" 处");
            if (!parts.isEmpty()) {
                sb.append("（").append(String.join("，", parts)).append("）");
            }
            sb.append("；").append(clean).append(" 个文件未发现问题");
            if (hidden > 0) {
                sb.append("；跳过 ").append(hidden).append(" 个隐藏文件");
            }
        }
        out.println(sb);
    }

    static String json(List<Screened> results, int hidden, Locale locale) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("files", results.size());
        root.put("clean", results.stream().filter(s -> s.report().isClean()).count());
        root.put("skippedHidden", hidden);
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<Object> list = new ArrayList<>();
        for (Screened s : results) {
            for (Finding f : s.report().findings()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("code", f.code().code());
                m.put("file", display(s.file()));
                m.put("source", f.source());
                m.put("detector", f.detector().name());
                m.put("maskedValue", f.maskedValue());
                m.put("problem", f.problem() == null ? null : f.problem().name());
                Map<String, Object> loc = new LinkedHashMap<>();
                loc.put("kind", f.location().kind().name());
                loc.put("ref", f.location().ref());
                loc.put("offset", f.location().offset());
                loc.put("length", f.location().length());
                loc.put("text", f.location().describe(locale));
                m.put("location", loc);
                m.put("fingerprint", f.fingerprint());
                m.put("message", f.message(locale));
                m.put("hint", f.hint(locale));
                list.add(m);
                counts.merge(f.detector().name(), 1, Integer::sum);
            }
        }
        root.put("counts", counts);
        root.put("findings", list);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
