package org.zwgk.extract.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.zwgk.spi.text.TextSegment;

/**
 * A .docx document: body paragraphs ({@code PARAGRAPH}, numbered from 1) and table cells ({@code T1R2C3}, labelled
 * with the column's header cell), then content controls, text boxes, headers, footers, footnotes, endnotes and
 * comments ({@code PART}). Files embedded in it are handed to the sink by the caller.
 */
public final class DocxText {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private DocxText() {
    }

    public static void read(XWPFDocument doc, GuardedSink sink) throws IOException {
        int paragraph = 0;
        int table = 0;
        int control = 0;
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                paragraph++;
                sink.text(TextSegment.Kind.PARAGRAPH, Integer.toString(paragraph), p.getText(), "");
            } else if (e instanceof XWPFTable t) {
                table++;
                table(t, "T" + table, sink);
            } else if (e instanceof XWPFSDT sdt) {
                control++;
                sink.text(TextSegment.Kind.PART, "content control " + control, sdt.getContent().getText(), "");
            }
        }
        textBoxes(doc.getPackagePart(), sink);
        int i = 0;
        for (XWPFHeader h : doc.getHeaderList()) {
            sink.text(TextSegment.Kind.PART, "header " + ++i, h.getText(), "");
        }
        i = 0;
        for (XWPFFooter f : doc.getFooterList()) {
            sink.text(TextSegment.Kind.PART, "footer " + ++i, f.getText(), "");
        }
        doc.getFootnotes().forEach(n -> sink.text(TextSegment.Kind.PART, "footnote " + n.getId(), text(n
                .getParagraphs()), ""));
        doc.getEndnotes().forEach(n -> sink.text(TextSegment.Kind.PART, "endnote " + n.getId(), text(n
                .getParagraphs()), ""));
        XWPFComment[] comments = doc.getComments(); // null without a comments part
        if (comments != null) {
            for (XWPFComment c : comments) {
                sink.text(TextSegment.Kind.PART, "comment " + c.getId(), c.getText(), "");
            }
        }
    }

    private static String text(List<XWPFParagraph> ps) {
        List<String> lines = new ArrayList<>();
        ps.forEach(p -> lines.add(p.getText()));
        return String.join("\n", lines);
    }

    private static void table(XWPFTable t, String ref, GuardedSink sink) {
        List<XWPFTableRow> rows = t.getRows();
        List<String> header = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<XWPFTableCell> cells = rows.get(r).getTableCells();
            for (int c = 0; c < cells.size(); c++) {
                XWPFTableCell cell = cells.get(c);
                String cellRef = ref + "R" + (r + 1) + "C" + (c + 1);
                List<String> lines = new ArrayList<>();
                int nested = 0;
                for (IBodyElement e : cell.getBodyElements()) {
                    if (e instanceof XWPFParagraph p) {
                        lines.add(p.getText());
                    } else if (e instanceof XWPFTable inner) {
                        table(inner, cellRef + "/T" + ++nested, sink);
                    }
                }
                String text = String.join("\n", lines);
                if (r == 0) {
                    header.add(text.strip());
                }
                sink.text(TextSegment.Kind.TABLE_CELL, cellRef, text, r > 0 && c < header.size() ? header.get(c) : "");
            }
        }
    }

    /**
     * Text boxes ({@code w:txbxContent}): not part of POI's paragraph text. Word writes each twice (DrawingML, and
     * VML inside {@code mc:Fallback}); the fallback copy is skipped. Read with POI's hardened StAX factory.
     */
    private static void textBoxes(PackagePart part, GuardedSink sink) throws IOException {
        try (InputStream in = part.getInputStream()) {
            XMLStreamReader x = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
            int fallback = 0;
            int box = 0;
            int boxes = 0;
            StringBuilder text = new StringBuilder();
            boolean inT = false;
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String ns = x.getNamespaceURI();
                    String name = x.getLocalName();
                    if (MC.equals(ns) && name.equals("Fallback")) {
                        fallback++;
                    } else if (fallback == 0 && W.equals(ns) && name.equals("txbxContent")) {
                        box++;
                    } else if (box > 0 && fallback == 0 && W.equals(ns) && name.equals("t")) {
                        inT = true;
                    }
                } else if (ev == XMLStreamConstants.CHARACTERS && inT) {
                    text.append(x.getText());
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    String ns = x.getNamespaceURI();
                    String name = x.getLocalName();
                    if (MC.equals(ns) && name.equals("Fallback")) {
                        fallback--;
                    } else if (W.equals(ns) && name.equals("t")) {
                        inT = false;
                    } else if (box > 0 && fallback == 0 && W.equals(ns) && name.equals("p")) {
                        text.append('\n');
                    } else if (fallback == 0 && W.equals(ns) && name.equals("txbxContent") && --box == 0) {
                        sink.text(TextSegment.Kind.PART, "text box " + ++boxes, text.toString(), "");
                        text.setLength(0);
                    }
                }
            }
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("document.xml is not well-formed", e);
        }
    }
}
