package org.zwgk.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zwgk.catalogue.Catalogue;
import org.zwgk.catalogue.CatalogueValidator;
import org.zwgk.catalogue.TimeLimitPhraseCheck;

/**
 * Property: for every generated catalogue (1,000 seeds), importing its .xlsx export and importing its .docx export
 * each give the catalogue back, equal. In memory: tables are written to and read from byte arrays. The seed is in
 * every failure message; {@code -Dzwgk.seed=N} moves the range. The cases run on two threads (both cores).
 */
@Execution(ExecutionMode.CONCURRENT)
class TableRoundTripPropertyTest {

    private static final long BASE_SEED = Long.getLong("zwgk.seed", 20201115L);
    private static final int CASES = 1000;
    // generated phrases are not all readable rules: this property is about the table, not the time-limit parser
    private static final TableImporter IMPORTER = TableImporter.with(CatalogueValidator.builder()
            .timeLimitCheck(p -> TimeLimitPhraseCheck.Result.ok()).build());
    private static long started;

    @BeforeAll
    static void printSeed() {
        System.out.println("TableRoundTripPropertyTest: seeds " + BASE_SEED + ".." + (BASE_SEED + CASES - 1)
                + " (override the base with -Dzwgk.seed=N)");
        started = System.nanoTime();
    }

    @AfterAll
    static void printTime() {
        System.out.printf("TableRoundTripPropertyTest: %d catalogues, .xlsx and .docx each, in %.1f s%n", CASES,
                (System.nanoTime() - started) / 1e9);
    }

    static LongStream seeds() {
        return LongStream.range(0, CASES).map(i -> BASE_SEED + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void importOfExportIsTheCatalogue(long seed) {
        Catalogue original = new TableCatalogues(seed).catalogue(4, 6);
        TableImport x = IMPORTER.read("random.xlsx", TableExporter.toXlsx(original), ImportOptions.defaults());
        assertThat(x.errors()).as("seed %d (xlsx)", seed).extracting(v -> v.toLine(Locale.ENGLISH)).isEmpty();
        assertThat(x.catalogue()).as("seed %d (xlsx)", seed).contains(original);
        TableImport w = IMPORTER.read("random.docx", TableExporter.toDocx(original), ImportOptions.defaults());
        assertThat(w.errors()).as("seed %d (docx)", seed).extracting(v -> v.toLine(Locale.ENGLISH)).isEmpty();
        assertThat(w.catalogue()).as("seed %d (docx)", seed).contains(original);
    }
}
