package org.zwgk.maven;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.codehaus.plexus.util.DirectoryScanner;
import org.zwgk.catalogue.CatalogueValidator;
import org.zwgk.spi.ErrorCode;
import org.zwgk.timelimit.TimeLimitPhrases;
import org.zwgk.validation.ValidationReport;
import org.zwgk.validation.Violation;

/**
 * Validates the project's standard catalogue files (政务公开事项标准目录) and fails the build on errors.
 *
 * <p>Deliberately thin: all rules live in {@link CatalogueValidator} (zwgk-core), so the CLI, tests and hosts see
 * exactly the same findings. This mojo maps parameters, finds the files, calls the validator and prints one line per
 * finding, {@code path:[line,col] ZWGK-nnnn /pointer message}, followed by its fix hint and a summary.
 *
 * <p>Exit behaviour: findings of severity error (or warnings with {@code failOnWarning}) raise
 * {@link MojoFailureException} ("BUILD FAILURE" caused by the project's content); a wrong configuration or an
 * unreadable directory raises {@link MojoExecutionException}. No matching file is not an error: the plugin can be
 * declared once in a parent POM for modules of which only some keep catalogues.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresProject = true)
public class ValidateMojo extends AbstractMojo {

    /** Default {@link #includes}. */
    static final List<String> DEFAULT_INCLUDES = List.of("**/*.yaml", "**/*.yml", "**/*.json");

    /** The project's base directory; file names in the output are relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    /** Where the catalogue files are. */
    @Parameter(defaultValue = "${project.basedir}/src/main/zwgk", required = true)
    private File sourceDirectory;

    /**
     * Ant-style patterns, relative to {@code sourceDirectory}, of the files to validate ({@code **} matches zero or
     * more directories). Default: {@code **}{@code /*.yaml}, {@code **}{@code /*.yml}, {@code **}{@code /*.json}.
     */
    @Parameter
    private String[] includes;

    /** Ant-style patterns of files to leave out (applied after {@code includes}; SCM files are always left out). */
    @Parameter
    private String[] excludes;

    /** Skips the goal. */
    @Parameter(property = "zwgk.skip", defaultValue = "false")
    private boolean skip;

    /** Fails the build on warnings too. */
    @Parameter(property = "zwgk.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /** Language of messages and hints: {@code zh} (Chinese) or {@code en} (English). */
    @Parameter(property = "zwgk.lang", defaultValue = "zh")
    private String lang;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skip) {
            // Skipping never fails, not even on a wrong lang: skip is the escape hatch.
            log.info("en".equalsIgnoreCase(String.valueOf(lang).trim()) ? "zwgk: validation skipped (zwgk.skip=true)"
                    : "zwgk: 已跳过目录校验（zwgk.skip=true）");
            return;
        }
        // The language comes first so that configuration errors are reported in the user's language (the language
        // error itself is reported in both).
        Locale locale = locale(lang);
        List<String> inc = patterns("includes", includes, DEFAULT_INCLUDES, locale);
        List<String> exc = patterns("excludes", excludes, List.of(), locale);

        Path base = basedir.toPath().toAbsolutePath().normalize();
        Path source = sourceDirectory.toPath().toAbsolutePath().normalize();
        if (Files.exists(source) && !Files.isDirectory(source)) {
            throw execution(PluginErrors.SOURCE_NOT_DIRECTORY, locale, null, display(base, source));
        }
        List<Path> files = Files.isDirectory(source) ? scan(base, source, inc, exc, locale) : List.of();
        if (files.isEmpty()) {
            log.info(ErrorCode.isEnglish(locale)
                    ? "zwgk: no catalogue files in " + display(base, source) + " matching " + inc + ", nothing to validate"
                    : "zwgk: " + display(base, source) + " 中没有匹配 " + inc + " 的目录文件，无需校验");
            return;
        }

        ValidationReport report;
        try {
            // The real time-limit parser, explicitly: a build must check that every 公开时限 can be computed.
            report = CatalogueValidator.builder().timeLimitCheck(new TimeLimitPhrases()).build().validate(base, files);
        } catch (UncheckedIOException e) {
            throw execution(PluginErrors.SCAN_FAILED, locale, e, display(base, source), String.valueOf(e.getCause()));
        } catch (RuntimeException e) {
            throw execution(PluginErrors.VALIDATOR_FAILED, locale, e, String.valueOf(e));
        }

        print(report, locale);

        int errors = report.errors().size();
        int warnings = report.warnings().size();
        if (errors > 0) {
            throw failure(PluginErrors.ERRORS_FOUND, locale, errors, warnings);
        }
        if (failOnWarning && warnings > 0) {
            throw failure(PluginErrors.WARNINGS_FOUND, locale, warnings);
        }
    }

    private void print(ValidationReport report, Locale locale) {
        Log log = getLog();
        String hintLabel = ErrorCode.isEnglish(locale) ? "    hint: " : "    提示：";
        for (Violation v : report.violations()) {
            String line = v.toLine(locale);
            String hint = hintLabel + v.hint(locale);
            if (v.isError()) {
                log.error(line);
                log.error(hint);
            } else {
                log.warn(line);
                log.warn(hint);
            }
        }
        String summary = "zwgk: " + report.files() + " files, " + report.items() + " items, " + report.errors().size()
                + " errors, " + report.warnings().size() + " warnings";
        if (report.hasErrors()) {
            log.error(summary);
        } else if (!report.violations().isEmpty()) {
            log.warn(summary);
        } else {
            log.info(summary);
        }
    }

    private static List<Path> scan(Path base, Path source, List<String> inc, List<String> exc, Locale locale)
            throws MojoExecutionException {
        DirectoryScanner scanner = new DirectoryScanner();
        scanner.setBasedir(source.toFile());
        scanner.setIncludes(inc.toArray(String[]::new));
        scanner.setExcludes(exc.toArray(String[]::new));
        scanner.addDefaultExcludes();
        try {
            scanner.scan();
        } catch (IllegalStateException | UncheckedIOException e) {
            throw execution(PluginErrors.SCAN_FAILED, locale, e, display(base, source), e.getMessage());
        }
        String[] names = scanner.getIncludedFiles();
        // Deterministic order on every file system, so the output (and the ITs) are stable.
        Arrays.sort(names, (a, b) -> a.replace('\\', '/').compareTo(b.replace('\\', '/')));
        List<Path> files = new ArrayList<>(names.length);
        for (String name : names) {
            Path file = source.resolve(name);
            if (!Files.isReadable(file)) {
                throw execution(PluginErrors.SCAN_FAILED, locale, null, display(base, file),
                        ErrorCode.isEnglish(locale) ? "not readable" : "文件不可读");
            }
            files.add(file);
        }
        return files;
    }

    private static List<String> patterns(String name, String[] configured, List<String> defaults, Locale locale)
            throws MojoExecutionException {
        if (configured == null || configured.length == 0) {
            return defaults;
        }
        List<String> out = new ArrayList<>(configured.length);
        for (String p : configured) {
            if (p == null || p.isBlank()) {
                throw execution(PluginErrors.BLANK_PATTERN, locale, null, name);
            }
            out.add(p.trim());
        }
        return List.copyOf(out);
    }

    static Locale locale(String lang) throws MojoExecutionException {
        String l = lang == null ? "zh" : lang.trim().toLowerCase(Locale.ROOT);
        switch (l) {
            case "zh":
                return Locale.SIMPLIFIED_CHINESE;
            case "en":
                return Locale.ENGLISH;
            default:
                ErrorCode c = PluginErrors.UNSUPPORTED_LANG;
                throw new MojoExecutionException(c.code() + " " + c.message(Locale.SIMPLIFIED_CHINESE, lang) + " / "
                        + c.message(Locale.ENGLISH, lang) + " — " + c.hint(Locale.SIMPLIFIED_CHINESE) + " "
                        + c.hint(Locale.ENGLISH));
        }
    }

    /** A path as shown to the user: relative to the project base directory when below it, with {@code /}. */
    static String display(Path base, Path p) {
        Path shown = p.startsWith(base) ? base.relativize(p) : p;
        String s = shown.toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
    }

    private static String text(ErrorCode c, Locale locale, Object... args) {
        return c.code() + " " + c.message(locale, args) + " — " + c.hint(locale, args);
    }

    private static MojoExecutionException execution(ErrorCode c, Locale locale, Throwable cause, Object... args) {
        return cause == null ? new MojoExecutionException(text(c, locale, args))
                : new MojoExecutionException(text(c, locale, args), cause);
    }

    private static MojoFailureException failure(ErrorCode c, Locale locale, Object... args) {
        return new MojoFailureException(text(c, locale, args));
    }
}
