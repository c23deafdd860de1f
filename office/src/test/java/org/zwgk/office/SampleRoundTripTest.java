package org.zwgk.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zwgk.catalogue.Catalogue;
import org.zwgk.catalogue.CatalogueLoader;
import org.zwgk.samples.SampleCatalogues;

/** The sample catalogues export to .xlsx and .docx and import back equal. */
class SampleRoundTripTest {

    static Catalogue sample(String name) throws Exception {
        try (InputStream in = SampleCatalogues.open(name)) {
            return CatalogueLoader.load(name, in);
        }
    }

    static java.util.List<String> samples() {
        return SampleCatalogues.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void xlsxAndDocxComeBackEqual(String name) throws Exception {
        Catalogue c = sample(name);
        TableImporter importer = TableImporter.create();
        TableImport x = importer.read("sample.xlsx", TableExporter.toXlsx(c), ImportOptions.defaults());
        assertThat(x.errors()).extracting(v -> v.toLine(Locale.CHINA)).isEmpty();
        assertThat(x.catalogue()).contains(c);
        TableImport w = importer.read("sample.docx", TableExporter.toDocx(c), ImportOptions.defaults());
        assertThat(w.errors()).extracting(v -> v.toLine(Locale.CHINA)).isEmpty();
        assertThat(w.catalogue()).contains(c);
        assertThat(x.items()).isEqualTo(c.items().size());
    }
}
