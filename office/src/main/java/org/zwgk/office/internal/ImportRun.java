package org.zwgk.office.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zwgk.catalogue.Catalogue;
import org.zwgk.catalogue.CatalogueErrors;
import org.zwgk.catalogue.CatalogueResult;
import org.zwgk.catalogue.CatalogueValidator;
import org.zwgk.office.ImportOptions;
import org.zwgk.office.OfficeErrors;
import org.zwgk.office.TableImport;
import org.zwgk.office.TableLocation;
import org.zwgk.office.TableViolation;
import org.zwgk.validation.Severity;
import org.zwgk.validation.Violation;

/**
 * One import: read the file, build the catalogue tree, hand it to the catalogue validator as the JSON document a
 * catalogue file would be, and place every finding at its source. Findings a table problem already explains (a
 * missing key after a doubly ticked group) are dropped, so each problem is reported once.
 */
public final class ImportRun {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ImportRun() {
    }

    public static TableImport run(CatalogueValidator validator, String file, byte[] content, ImportOptions options) {
        SourceDocument doc;
        try {
            doc = TableFiles.read(file, content);
        } catch (TableFiles.Unreadable e) {
            Violation v = Violation.of(e.unsupported() ? OfficeErrors.UNSUPPORTED : OfficeErrors.UNREADABLE,
                    Severity.ERROR, file, 0, 0, "", e.unsupported() ? e.getMessage() : file, e.getMessage());
            return new TableImport(List.of(new TableViolation(v, TableLocation.file())), Optional.empty(), 0);
        }
        TableReader.Result r = TableReader.read(doc, options);
        List<TableViolation> out = new ArrayList<>();
        for (TableReader.Found f : r.problems()) {
            out.add(new TableViolation(new Violation(f.code(), f.severity(), file, 0, 0, f.pointer(), f.args()),
                    f.location()));
        }
        byte[] json;
        try {
            json = JSON.writeValueAsBytes(r.tree());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // a tree of maps, lists and strings always serialises
        }
        CatalogueResult result = validator.read(file + ".json", json);
        for (Violation v : result.report().violations()) {
            if (explained(v, r)) {
                continue;
            }
            String missing = v.code().equals(CatalogueErrors.MISSING_KEY) && !v.args().isEmpty() ? v.args().get(0) : null;
            TableLocation at = r.sources().locate(v.pointer(), missing);
            out.add(new TableViolation(new Violation(v.code(), v.severity(), file, 0, 0, v.pointer(), args(v, r)), at));
        }
        Map<String, Integer> sheets = new HashMap<>();
        for (int i = 0; i < doc.grids().size(); i++) {
            sheets.putIfAbsent(doc.grids().get(i).name(), i);
        }
        out.sort(Comparator.comparingLong((TableViolation t) -> r.sources().order(t.location(), sheets)));
        boolean errors = out.stream().anyMatch(TableViolation::isError);
        Optional<Catalogue> catalogue = errors ? Optional.empty() : result.catalogue();
        return new TableImport(out, catalogue, r.items());
    }

    private static boolean explained(Violation v, TableReader.Result r) {
        String p = v.pointer();
        if (r.explained().contains(p)) {
            return true;
        }
        if (v.code().equals(CatalogueErrors.MISSING_KEY) && !v.args().isEmpty()) {
            String key = v.args().get(0);
            return r.explained().contains(p + "/" + key) || r.explained().contains(p + "#" + key);
        }
        return false;
    }

    /**
     * Arguments as a table reader understands them: a missing key by its column name, the first occurrence of a
     * duplicate by its row instead of a line of the intermediate document.
     */
    private static List<String> args(Violation v, TableReader.Result r) {
        List<String> a = new ArrayList<>(v.args());
        if (v.code().equals(CatalogueErrors.MISSING_KEY) && !a.isEmpty()) {
            Field f = SourceMap.field(a.get(0), null);
            if (f != null) {
                a.set(0, f.standard());
            }
        }
        if (v.code().equals(CatalogueErrors.DUPLICATE_ITEM_ID) && a.size() > 1) {
            a.set(1, String.valueOf(firstRowOf(a.get(0), r)));
        }
        return a;
    }

    @SuppressWarnings("unchecked")
    private static int firstRowOf(String id, TableReader.Result r) {
        List<Object> domains = (List<Object>) r.tree().get("domains");
        for (int d = 0; d < domains.size(); d++) {
            List<Object> items = (List<Object>) ((Map<String, Object>) domains.get(d)).get("items");
            for (int i = 0; i < items.size(); i++) {
                if (id.equals(((Map<String, Object>) items.get(i)).get("id"))) {
                    return r.sources().item(d, i).row() + 1;
                }
            }
        }
        return 0;
    }
}
