package org.zwgk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code zwgk} command. Exit codes: 0 success, 1 findings or a rule/compliance error, 2 usage or I/O problems.
 * User errors are printed as {@code ZWGK-nnnn} messages with a hint, never as stack traces.
 */
@Command(name = "zwgk", mixinStandardHelpOptions = true, version = "zwgk 0.1.0-SNAPSHOT",
        description = "政务公开 SDK 命令行 / zwgk command line",
        subcommands = {
            CommandLine.HelpCommand.class,
            ValidateCommand.class,
            CalendarCommand.class,
            CatalogueCommand.class,
            DeadlineCommand.class,
            ReportCommand.class,
            OutboxCommand.class,
            ObligationsCommand.class,
            DispatchCommand.class,
            CheckCommand.class,
            DemoCommand.class,
            ScreenCommand.class,
            LogCommand.class,
        })
public final class Main {

    /** Exit code for success. */
    public static final int OK = 0;
    /** Exit code when validation found errors, or a rule or coverage error occurred. */
    public static final int FINDINGS = 1;
    /** Exit code for usage and I/O problems. */
    public static final int USAGE = 2;

    /** Held so that the level set on it is not lost when an unreferenced JUL logger is collected. */
    private static final java.util.logging.Logger HIBERNATE_VALIDATOR_LOG =
            java.util.logging.Logger.getLogger("org.hibernate.validator");

    /** Held for the same reason: PDFBox (zwgk screen) logs through commons-logging, i.e. JUL here. */
    private static final java.util.logging.Logger PDFBOX_LOG = java.util.logging.Logger.getLogger("org.apache.pdfbox");
    private static final java.util.logging.Logger FONTBOX_LOG =
            java.util.logging.Logger.getLogger("org.apache.fontbox");

    /**
     * A command-line tool prints findings, not library start-up banners: Hibernate Validator's version line (INFO
     * through JUL) and SLF4J's "no provider" notice (networknt logs through SLF4J; an embedding host brings its
     * own binding). Applies to every subcommand.
     */
    private static void quietLibraryBanners() {
        HIBERNATE_VALIDATOR_LOG.setLevel(java.util.logging.Level.WARNING);
        // zwgk screen: PDFBox's font-substitution notes, and Apache POI's "Log4j API could not find a logging
        // provider" (POI logs through Log4j's API; Log4j's simple logger, switched off, takes its place). What
        // could not be read is reported as a finding, not as a log line.
        PDFBOX_LOG.setLevel(java.util.logging.Level.OFF);
        FONTBOX_LOG.setLevel(java.util.logging.Level.OFF);
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory",
                    "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
            System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        }
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        // Apache POI (zwgk catalogue import/export) logs through the Log4j API, which announces on stderr that it
        // has no provider: give it its simple built-in one, quiet below errors.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command without exiting the JVM (used by tests). */
    public static int run(String... args) {
        quietLibraryBanners();
        CommandLine cl = new CommandLine(new Main());
        cl.setExitCodeExceptionMapper(t -> USAGE);
        cl.getCommandSpec().exitCodeOnInvalidInput(USAGE);
        cl.getCommandSpec().exitCodeOnExecutionException(USAGE);
        // Chinese by default (--lang en for English), whatever the JVM locale: so UTF-8 whatever the platform
        // charset too (on Java 17 LANG=C makes it US-ASCII and every Chinese character a '?').
        cl.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.out,
                java.nio.charset.StandardCharsets.UTF_8), true));
        cl.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.err,
                java.nio.charset.StandardCharsets.UTF_8), true));
        cl.setCaseInsensitiveEnumValuesAllowed(true); // --lang EN, --format JSON
        return cl.execute(args);
    }
}
