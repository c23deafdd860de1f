package org.zwgk.office.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the tables of a .docx document in order by streaming its main part (POI's package access and hardened XML
 * parser; not POI's object model, which costs several times more on a long catalogue), each table with the
 * paragraph just before it (a domain heading such as "一、社会救助") and the document's first paragraph (its title).
 * A cell spanning grid columns ({@code gridSpan}) or merged down ({@code vMerge restart/continue}) becomes a merged
 * region, as in Excel; a row's {@code gridBefore} shifts its cells. Text of deleted revisions and field codes is
 * not read; tables inside a cell are read as that cell's text.
 */
final class DocxReader {

    private DocxReader() {
    }

    static SourceDocument read(byte[] bytes) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            PackageRelationship main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT).getRelationship(0);
            if (main == null) {
                throw new IOException("no main document part");
            }
            PackagePart part = pkg.getPart(main);
            Handler h = new Handler();
            try (InputStream in = part.getInputStream()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(h);
                xml.parse(new InputSource(in));
            }
            return new SourceDocument(true, h.grids, CustomProperties.read(pkg), h.title);
        } catch (InvalidFormatException | SAXException | ParserConfigurationException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Collects body paragraphs and top-level tables. */
    private static final class Handler extends DefaultHandler {
        final List<Grid> grids = new ArrayList<>();
        String title;
        private String lastParagraph;
        private int tableDepth;
        private final StringBuilder paragraph = new StringBuilder();
        private boolean inRun;
        private boolean inText;
        // the table being read
        private List<String[]> rows;
        private List<Grid.Region> regions;
        private Map<Integer, int[]> open;
        private List<String> cells;
        private int row;
        private int column;
        private final StringBuilder cell = new StringBuilder();
        private boolean cellHasParagraph;
        private int span;
        private boolean vMerge;
        private boolean restart;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            switch (local(localName, qName)) {
                case "tbl" -> {
                    if (++tableDepth == 1) {
                        rows = new ArrayList<>();
                        regions = new ArrayList<>();
                        open = new HashMap<>();
                        row = 0;
                    }
                }
                case "tr" -> {
                    if (tableDepth == 1) {
                        cells = new ArrayList<>();
                        column = 0;
                    }
                }
                case "gridBefore" -> {
                    if (tableDepth == 1 && cells != null && cells.isEmpty()) {
                        int n = intVal(atts, 0);
                        for (int i = 0; i < n; i++) {
                            cells.add("");
                        }
                        column = n;
                    }
                }
                case "tc" -> {
                    if (tableDepth == 1) {
                        cell.setLength(0);
                        cellHasParagraph = false;
                        span = 1;
                        vMerge = false;
                        restart = false;
                    }
                }
                case "gridSpan" -> {
                    if (tableDepth == 1) {
                        span = Math.max(1, intVal(atts, 1));
                    }
                }
                case "vMerge" -> {
                    if (tableDepth == 1) {
                        vMerge = true;
                        restart = "restart".equals(val(atts));
                    }
                }
                case "p" -> paragraph.setLength(0);
                case "r" -> inRun = true;
                case "t" -> inText = inRun;
                case "tab" -> {
                    if (inRun) {
                        paragraph.append('\t');
                    }
                }
                case "br", "cr" -> {
                    if (inRun) {
                        paragraph.append('\n');
                    }
                }
                default -> { }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (local(localName, qName)) {
                case "t" -> inText = false;
                case "r" -> inRun = false;
                case "p" -> {
                    if (tableDepth == 0) {
                        String t = Grid.clean(paragraph.toString());
                        if (!t.isEmpty()) {
                            if (title == null && grids.isEmpty()) {
                                title = t;
                            } else {
                                lastParagraph = t;
                            }
                        }
                    } else {
                        if (cellHasParagraph) {
                            cell.append('\n');
                        }
                        cell.append(paragraph);
                        cellHasParagraph = true;
                    }
                    paragraph.setLength(0);
                }
                case "tc" -> {
                    if (tableDepth == 1) {
                        endCell();
                    }
                }
                case "tr" -> {
                    if (tableDepth == 1) {
                        rows.add(cells.toArray(new String[0]));
                        row++;
                    }
                }
                case "tbl" -> {
                    if (tableDepth-- == 1) {
                        for (Integer c : List.copyOf(open.keySet())) {
                            close(c);
                        }
                        grids.add(new Grid(true, "", grids.size() + 1, rows, regions, lastParagraph));
                        lastParagraph = null;
                    }
                }
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText) {
                paragraph.append(ch, start, length);
            }
        }

        private void endCell() {
            while (cells.size() < column) {
                cells.add("");
            }
            int[] o = open.get(column);
            if (vMerge && !restart && o != null) {
                o[1] = row;            // continues the merge above: its text is the top cell's
                cells.add("");
            } else {
                close(column);
                cells.add(Grid.clean(cell.toString()));
                if (vMerge && restart) {
                    open.put(column, new int[] {row, row, column, column + span - 1});
                } else if (span > 1) {
                    regions.add(new Grid.Region(row, row, column, column + span - 1));
                }
            }
            for (int k = 1; k < span; k++) {
                cells.add("");
            }
            column += span;
        }

        private void close(int c) {
            int[] o = open.remove(c);
            if (o != null && (o[1] > o[0] || o[3] > o[2])) {
                regions.add(new Grid.Region(o[0], o[1], o[2], o[3]));
            }
        }

        private static String val(Attributes atts) {
            for (int i = 0; i < atts.getLength(); i++) {
                if ("val".equals(local(atts.getLocalName(i), atts.getQName(i)))) {
                    return atts.getValue(i);
                }
            }
            return null;
        }

        private static int intVal(Attributes atts, int otherwise) {
            String v = val(atts);
            try {
                return v == null ? otherwise : Integer.parseInt(v.strip());
            } catch (NumberFormatException e) {
                return otherwise;
            }
        }
    }

    static String local(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }
}
