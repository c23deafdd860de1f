package org.zwgk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering the code base promises (issue 11), held by tests: the SPI depends on nothing of ours; core never on
 * adapters, Spring or Flowable; time limits never on the store; the catalogue never on the time-limit parser (it
 * finds its check through ServiceLoader); the dispatcher never on the gate; only the persistence layer
 * ({@code org.zwgk.store..}) runs SQL; the persistence layer knows no engine. The CLI and the Maven plugin keep to
 * the public API: {@code CliArchitectureTest}, {@code MojoArchitectureTest}.
 */
class ArchitectureTest {

    static JavaClasses core;
    static JavaClasses spi;

    @BeforeAll
    static void importClasses() {
        ClassFileImporter importer = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS);
        core = importer.importPackages("org.zwgk");
        spi = new ClassFileImporter().importPackages("org.zwgk.spi");
    }

    @Test
    void theSpiDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("org.zwgk.spi..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.zwgk.spi..", "java..")
                .check(spi);
    }

    @Test
    void coreNeverDependsOnAdaptersOrFrameworks() {
        noClasses().that().resideInAPackage("org.zwgk..")
                .should().dependOnClassesThat().resideInAnyPackage("org.zwgk.adapter..", "org.springframework..",
                        "org.flowable..", "org.apache.poi..", "org.apache.pdfbox..")
                .check(core);
    }

    @Test
    void timeLimitsNeverDependOnTheStore() {
        noClasses().that().resideInAnyPackage("org.zwgk.timelimit..", "org.zwgk.calendar..")
                .should().dependOnClassesThat().resideInAPackage("org.zwgk.store..")
                .check(core);
    }

    @Test
    void theCatalogueFindsItsTimeLimitCheckInsteadOfDependingOnTheParser() {
        noClasses().that().resideInAPackage("org.zwgk.catalogue..")
                .should().dependOnClassesThat().resideInAnyPackage("org.zwgk.timelimit..", "org.zwgk.store..",
                        "org.zwgk.gate..", "org.zwgk.publish..")
                .check(core);
    }

    @Test
    void theDispatcherNeverDependsOnTheGate() {
        noClasses().that().resideInAPackage("org.zwgk.publish..")
                .should().dependOnClassesThat().resideInAPackage("org.zwgk.gate..")
                .check(core);
    }

    @Test
    void onlyThePersistenceLayerRunsSql() {
        noClasses().that().resideOutsideOfPackage("org.zwgk.store..")
                .should().callMethod(java.sql.Connection.class, "prepareStatement", String.class)
                .orShould().callMethod(java.sql.Connection.class, "prepareStatement", String.class, String[].class)
                .orShould().callMethod(java.sql.Connection.class, "createStatement")
                .orShould().callMethod(java.sql.Connection.class, "prepareCall", String.class)
                .because("one owner of the database: all SQL on zwgk's tables is in org.zwgk.store.internal")
                .check(core);
    }

    @Test
    void thePersistenceLayerKnowsNoEngine() {
        noClasses().that().resideInAPackage("org.zwgk.store..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.zwgk.gate.Gate")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.zwgk.gate.Zwgk")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.zwgk.publish.Dispatcher")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.zwgk.publish.Outbox")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.zwgk.gate.DeadlineMonitor")
                .orShould().dependOnClassesThat().resideInAnyPackage("org.zwgk.publish.internal..",
                        "org.zwgk.catalogue..", "org.zwgk.channel..")
                .check(core);
    }

    /** The grep the issue asks for: no SQL text naming a zwgk table outside the store package, in any module. */
    @Test
    void noSqlOnZwgkTablesOutsideThePersistenceLayer() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        Pattern sql = Pattern.compile("\"[^\"\\n]*\\b(?:INSERT INTO|UPDATE|DELETE FROM|FROM|JOIN|MERGE INTO)\\s+"
                + "zwgk_[a-z_]+", Pattern.CASE_INSENSITIVE);
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().contains("/src/main/java/"))
                    .filter(p -> !p.toString().contains("/org/zwgk/store/"))
                    // the frozen pre-V8 dispatcher, kept only as a benchmark baseline (its class comment says so)
                    .filter(p -> !p.toString().contains("/org/zwgk/benchmarks/baseline/"))
                    .filter(p -> !p.toString().contains("/target/")).toList()) {
                Matcher m = sql.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    found.add(root.relativize(f) + ": " + m.group());
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
