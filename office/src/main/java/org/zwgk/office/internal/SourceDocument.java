package org.zwgk.office.internal;

import java.util.List;
import java.util.Map;

/**
 * A table file as read: its tables (one per sheet, or the Word tables in document order), the document's custom
 * properties (where zwgk's export keeps the metadata a table does not show), and for Word the first paragraph, the
 * title above the tables.
 *
 * @param word       whether the file is a Word document
 * @param grids      sheets or tables in order
 * @param properties custom document properties (name → text)
 * @param title      Word: the first paragraph before the first table, else {@code null}
 */
public record SourceDocument(boolean word, List<Grid> grids, Map<String, String> properties, String title) {

    public SourceDocument {
        grids = List.copyOf(grids);
        properties = Map.copyOf(properties);
    }
}
