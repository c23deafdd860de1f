package org.zwgk.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The CLI is a thin shell over the public API: it never reaches into an {@code internal} package. */
class CliArchitectureTest {

    @Test
    void theCliUsesOnlyPublicApi() {
        noClasses().that().resideInAPackage("org.zwgk.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.zwgk..internal..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.zwgk.cli"));
    }
}
