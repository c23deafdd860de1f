package org.zwgk.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zwgk.validation.Violation;

/**
 * Folder-driven fixtures: every file in {@code catalogue/valid/} loads without errors or warnings; every file in
 * {@code catalogue/invalid/} produces exactly the violations listed in its {@code .expected} file, one
 * {@code code line column pointer} per line. ZWGK-1055 (no time-limit parser configured) is left out of the
 * comparison: it depends on configuration, not on the file, and has its own tests.
 */
class CatalogueFixturesTest {

    private static final CatalogueValidator VALIDATOR = CatalogueValidator.create();

    static Stream<String> valid() throws IOException {
        return files("valid");
    }

    static Stream<String> invalid() throws IOException {
        return files("invalid");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void validFileLoadsCleanly(String name) throws IOException {
        CatalogueResult r = VALIDATOR.read(name, Files.readAllBytes(dir("valid").resolve(name)));
        assertThat(lines(r.report().violations())).as(name).isEmpty();
        assertThat(r.catalogue()).as(name).isPresent();
        assertThat(r.catalogue().get().items()).hasSize(r.report().items());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void invalidFileReportsExactlyTheExpectedViolations(String name) throws IOException {
        Path file = dir("invalid").resolve(name);
        Path expectedFile = file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected");
        assertThat(expectedFile).as("expected violations next to %s", name).exists();
        List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        CatalogueResult r = VALIDATOR.read(name, Files.readAllBytes(file));
        List<String> actual = lines(r.report().violations());
        assertThat(actual).as(name).containsExactlyElementsOf(expected);
        for (Violation v : r.report().violations()) {
            // Every finding renders in both languages without unfilled placeholders, and has a hint.
            for (Locale l : List.of(Locale.CHINA, Locale.ENGLISH)) {
                assertThat(v.message(l)).as(v.code().code()).doesNotContainPattern("\\{\\d\\}");
                assertThat(v.hint(l)).as(v.code().code()).isNotBlank().doesNotContainPattern("\\{\\d\\}");
            }
        }
        if (r.report().hasErrors()) {
            assertThat(r.catalogue()).as("a file with errors is not loaded").isEmpty();
        }
    }

    private static List<String> lines(List<Violation> violations) {
        return violations.stream().filter(v -> !v.code().equals(CatalogueErrors.TIME_LIMIT_NOT_CHECKED))
                .map(v -> v.code().code() + " " + v.line() + " " + v.column() + " "
                        + (v.pointer().isEmpty() ? "/" : v.pointer()))
                .toList();
    }

    private static Stream<String> files(String sub) throws IOException {
        try (Stream<Path> s = Files.list(dir(sub))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".expected")).sorted().toList()
                    .stream();
        }
    }

    private static Path dir(String sub) {
        try {
            return Path.of(CatalogueFixturesTest.class.getResource("/catalogue/" + sub).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
