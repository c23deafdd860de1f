package org.zwgk.extract.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Real PDF, Word and Excel files for tests, built with PDFBox and POI. PDFs show Chinese with the standard CJK font
 * STSong-Light and the predefined UniGB-UCS2-H encoding (PDF 1.4, §5.6.4 / ISO 32000-1 §9.7.5.2): readers and
 * PDFBox's text extraction know it without an embedded font, so no font file ships with the tests. Shared through
 * the zwgk-extract test-jar.
 */
public final class TestDocuments {

    private TestDocuments() {
    }

    /** A PDF with one page per entry, each page's lines drawn top to bottom. */
    public static byte[] pdf(List<List<String>> pages) {
        try (PDDocument doc = new PDDocument()) {
            COSDictionary font = cjkFont();
            for (List<String> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                PDResources res = new PDResources();
                COSDictionary fonts = new COSDictionary();
                fonts.setItem(COSName.getPDFName("F1"), font);
                res.getCOSObject().setItem(COSName.FONT, fonts);
                page.setResources(res);
                StringBuilder cs = new StringBuilder();
                float y = 800;
                for (String line : lines) {
                    cs.append("BT /F1 8 Tf 20 ").append(y).append(" Td <").append(hex(line)).append("> Tj ET\n");
                    y -= 10;
                }
                page.setContents(stream(doc, cs.toString()));
                doc.addPage(page);
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PDStream stream(PDDocument doc, String content) throws IOException {
        return new PDStream(doc, new ByteArrayInputStream(content.getBytes(StandardCharsets.US_ASCII)),
                COSName.FLATE_DECODE);
    }

    public static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    /** UTF-16BE hex of a text, as UniGB-UCS2-H shows it. */
    public static String hex(String s) {
        StringBuilder hex = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_16BE)) {
            hex.append(String.format("%02X", b));
        }
        return hex.toString();
    }

    /** Type0 font STSong-Light, UniGB-UCS2-H: one of the CJK fonts a PDF may use without embedding it. */
    public static COSDictionary cjkFont() {
        COSDictionary info = new COSDictionary();
        info.setString(COSName.REGISTRY, "Adobe");
        info.setString(COSName.ORDERING, "GB1");
        info.setInt(COSName.SUPPLEMENT, 2);
        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, "STSong-Light");
        descriptor.setInt(COSName.FLAGS, 6);
        descriptor.setItem(COSName.FONT_BBOX, new PDRectangle(-25, -254, 1025, 1134).getCOSArray());
        descriptor.setInt(COSName.ITALIC_ANGLE, 0);
        descriptor.setInt(COSName.ASCENT, 880);
        descriptor.setInt(COSName.DESCENT, -120);
        descriptor.setInt(COSName.CAP_HEIGHT, 880);
        descriptor.setInt(COSName.STEM_V, 93);
        COSDictionary cid = new COSDictionary();
        cid.setItem(COSName.TYPE, COSName.FONT);
        cid.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE0);
        cid.setName(COSName.BASE_FONT, "STSong-Light");
        cid.setItem(COSName.CIDSYSTEMINFO, info);
        cid.setItem(COSName.FONT_DESC, descriptor);
        cid.setInt(COSName.DW, 1000);
        COSDictionary type0 = new COSDictionary();
        type0.setItem(COSName.TYPE, COSName.FONT);
        type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
        type0.setName(COSName.BASE_FONT, "STSong-Light-UniGB-UCS2-H");
        type0.setName(COSName.ENCODING, "UniGB-UCS2-H");
        COSArray descendants = new COSArray();
        descendants.add(cid);
        type0.setItem(COSName.DESCENDANT_FONTS, descendants);
        return type0;
    }

    /** A .docx with the paragraphs, then one table per entry of {@code tables} (first row: header). */
    public static byte[] docx(List<String> paragraphs, List<List<List<String>>> tables) {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            for (List<List<String>> rows : tables) {
                XWPFTable t = doc.createTable(rows.size(), rows.get(0).size());
                for (int r = 0; r < rows.size(); r++) {
                    XWPFTableRow row = t.getRow(r);
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        row.getCell(c).setText(rows.get(r).get(c));
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An .xlsx with one sheet per entry (name, rows); a cell whose text is all digits and starts with "#" is written
     * as a number (as offices often store phone numbers), without the "#".
     */
    public static byte[] xlsx(List<String> sheetNames, List<List<List<String>>> sheets) {
        try (Workbook wb = new XSSFWorkbook()) {
            fill(wb, sheetNames, sheets);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void fill(Workbook wb, List<String> sheetNames, List<List<List<String>>> sheets) {
        for (int s = 0; s < sheets.size(); s++) {
            Sheet sheet = wb.createSheet(sheetNames.get(s));
            List<List<String>> rows = sheets.get(s);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String v = rows.get(r).get(c);
                    if (v == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (v.startsWith("#") && v.length() > 1 && v.substring(1).chars().allMatch(Character::isDigit)) {
                        cell.setCellValue(Double.parseDouble(v.substring(1)));
                    } else {
                        cell.setCellValue(v);
                    }
                }
            }
        }
    }
}
