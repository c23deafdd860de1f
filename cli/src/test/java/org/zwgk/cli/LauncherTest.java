package org.zwgk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/zwgk}, the launcher: which JVM options each command gets, that arguments reach the program unchanged,
 * where it finds the jar, and its error when there is none. The jar here is a probe that prints what it was started
 * with ({@link LauncherProbe}); {@code ZwgkJarIT} runs the launcher with the real jar.
 */
class LauncherTest {

    static final Path LAUNCHER = Path.of("..", "bin", "zwgk").toAbsolutePath().normalize();

    @TempDir
    static Path dir;
    static Path probe;

    /** A jar whose manifest starts {@link LauncherProbe} from the test classes. */
    @BeforeAll
    static void probeJar() throws IOException {
        probe = dir.resolve("probe.jar");
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, LauncherProbe.class.getName());
        Path classes = Path.of(LauncherProbe.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, classes.toUri().toString());
        try (OutputStream out = Files.newOutputStream(probe); JarOutputStream jar = new JarOutputStream(out, m)) {
            jar.flush();
        }
    }

    record Run(int exit, List<String> jvm, List<String> args, String err) {
    }

    static Run run(Path launcher, Map<String, String> env, String... args) throws Exception {
        return run(launcher, Path.of("."), env, args);
    }

    static Run run(Path launcher, Path workDir, Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("sh", launcher.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile());
        pb.environment().remove("ZWGK_JAVA_OPTS");
        pb.environment().remove("ZWGK_JAR");
        pb.environment().remove("CDPATH");
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> jvm = new ArrayList<>();
        List<String> given = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (line.startsWith("jvm ")) {
                jvm.addAll(List.of(line.substring(4).split(" ")));
            } else if (line.startsWith("arg ")) {
                given.add(line.substring(4));
            }
        }
        return new Run(p.exitValue(), jvm, given, err);
    }

    @Test
    void shortCommandsRunWithTheFirstJitTierOnly() throws Exception {
        for (String[] args : List.of(new String[] {"check", "--store", "jdbc:h2:file:./zwgk"},
                new String[] {"outbox", "list", "--format", "json"}, new String[] {"--version"}, new String[0])) {
            Run r = run(LAUNCHER, Map.of("ZWGK_JAR", probe.toString()), args);
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.jvm()).as(List.of(args).toString()).contains("-XX:TieredStopAtLevel=1");
            assertThat(r.args()).containsExactly(args);
        }
    }

    @Test
    void longRunningCommandsKeepTheJvmDefaults() throws Exception {
        for (String[] args : List.of(new String[] {"dispatch", "--once", "--store", "x"}, new String[] {"demo"})) {
            Run r = run(LAUNCHER, Map.of("ZWGK_JAR", probe.toString()), args);
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.jvm()).as(List.of(args).toString()).noneMatch(a -> a.startsWith("-XX:TieredStopAtLevel"));
            assertThat(r.args()).containsExactly(args);
        }
    }

    @Test
    void argumentsReachTheProgramUnchangedAndUserOptionsComeLast() throws Exception {
        Run r = run(LAUNCHER, Map.of("ZWGK_JAR", probe.toString(), "ZWGK_JAVA_OPTS", "-Dzwgk.probe=1 -Xmx256m"),
                "check", "--site", "网站 目录/站点", "--body", "凤城镇人民政府", "*", "$HOME", "");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.args()).containsExactly("check", "--site", "网站 目录/站点", "--body", "凤城镇人民政府", "*",
                "$HOME", "");
        assertThat(r.jvm()).containsSubsequence("-XX:TieredStopAtLevel=1", "-Dzwgk.probe=1", "-Xmx256m", "-jar");
    }

    @Test
    void userOptionsAreNeverExpandedAsFileNamePatterns() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        Files.writeString(work.resolve("-Dzwgk.glob=hit"), "");
        Run r = run(LAUNCHER, work, Map.of("ZWGK_JAR", probe.toString(), "ZWGK_JAVA_OPTS", "-Dzwgk.glob=h*"),
                "check");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.jvm()).contains("-Dzwgk.glob=h*").doesNotContain("-Dzwgk.glob=hit");
    }

    @Test
    void findsTheJarOfAnUnpackedDistribution() throws Exception {
        Path home = dir.resolve("zwgk-0.1.0");
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(home.resolve("lib"));
        Files.copy(LAUNCHER, home.resolve("bin/zwgk"));
        Files.copy(probe, home.resolve("lib/zwgk.jar"));
        Run r = run(home.resolve("bin/zwgk"), Map.of(), "validate", "catalogue.yaml");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.args()).containsExactly("validate", "catalogue.yaml");
        // Installed as a link on the PATH (/usr/local/bin/zwgk -> …/bin/zwgk).
        Path links = Files.createDirectories(dir.resolve("usr-local-bin"));
        Files.createSymbolicLink(links.resolve("zwgk"), links.relativize(home.resolve("bin/zwgk")));
        r = run(links.resolve("zwgk"), Map.of(), "validate", "catalogue.yaml");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.args()).containsExactly("validate", "catalogue.yaml");
        // Called as bin/zwgk with a CDPATH under which `cd bin` would print the directory it went to.
        r = run(Path.of("bin", "zwgk"), home, Map.of("CDPATH", home.toString()), "validate", "catalogue.yaml");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.args()).containsExactly("validate", "catalogue.yaml");
    }

    @Test
    void withoutAJarItSaysHowToBuildOneAndExitsWithTheUsageCode() throws Exception {
        Run r = run(LAUNCHER, Map.of("ZWGK_JAR", dir.resolve("missing.jar").toString()), "check");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("zwgk.jar", "mvn -B -q install -DskipTests", "ZWGK_JAR");
        assertThat(r.jvm()).isEmpty();
        assertThat(r.err()).as("the command line's code, the path looked at, Chinese by default")
                .startsWith("ZWGK-9001 文件或目录不存在：" + dir.resolve("missing.jar")).contains("提示：");
        Run en = run(LAUNCHER, Map.of("ZWGK_JAR", dir.resolve("missing.jar").toString()), "check", "--lang", "en");
        assertThat(en.exit()).isEqualTo(2);
        assertThat(en.err()).startsWith("ZWGK-9001 No such file or directory: " + dir.resolve("missing.jar"))
                .contains("Hint:", "mvn -B -q install -DskipTests", "ZWGK_JAR");
    }
}
