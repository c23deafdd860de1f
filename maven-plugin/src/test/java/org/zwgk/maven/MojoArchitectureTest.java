package org.zwgk.maven;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The Maven plugin only maps parameters and prints: it uses core's public API, never an {@code internal} package. */
class MojoArchitectureTest {

    @Test
    void thePluginUsesOnlyPublicApi() {
        noClasses().that().resideInAPackage("org.zwgk.maven..")
                .should().dependOnClassesThat().resideInAPackage("org.zwgk..internal..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.zwgk.maven"));
    }
}
