package org.zwgk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.extract.testing.TestDocuments;
import org.zwgk.screen.Detector;
import org.zwgk.screen.Finding;
import org.zwgk.screen.Screener;
import org.zwgk.spi.text.ExtractionLimits;
import org.zwgk.spi.text.ReadProblem;
import org.zwgk.testing.PersonalData;

/** What the PDF and Office extractors read beyond plain body text, and what they refuse, with examples. */
class ExtractorBehaviourTest {

    static final Clock TODAY = Clock.fixed(PersonalData.TODAY.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(),
            ZoneId.of("Asia/Shanghai"));
    static final Screener SCREENER = Screener.builder().clock(TODAY).build();
    static final String MOBILE = "13800138000";
    static final String ID = "11010519491231002X";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static List<String> where(String name, String type, byte[] content) {
        return where(SCREENER, name, type, content);
    }

    private static List<String> where(Screener s, String name, String type, byte[] content) {
        return s.screenFile(name, type, name, content).findings().stream().map(ExtractorBehaviourTest::where)
                .toList();
    }

    private static String where(Finding f) {
        String what = f.unreadable() ? f.problem().name() : f.detector() + " " + f.maskedValue();
        return f.source() + " | " + f.location().describe(Locale.ENGLISH) + " | " + what;
    }

    @Test
    void extractorsAreFoundThroughServiceLoader() {
        assertThat(Screener.standard().extractors()).contains("pdfbox", "poi");
    }

    // ---- PDF -----------------------------------------------------------------------------------------------------

    @Test
    void aScannedPageIsReportedAndBlankPagesAreNot() throws IOException {
        try (PDDocument doc = Loader.load(TestDocuments.pdf(List.of(List.of("电话：" + MOBILE))))) {
            PDPage scan = new PDPage(PDRectangle.A4);
            doc.addPage(scan);
            PDImageXObject img = LosslessFactory.createFromImage(doc, new BufferedImage(40, 40,
                    BufferedImage.TYPE_INT_RGB));
            try (PDPageContentStream cs = new PDPageContentStream(doc, scan)) {
                cs.drawImage(img, 10, 10, 500, 700);
            }
            doc.addPage(new PDPage(PDRectangle.A4)); // blank
            assertThat(where("a.pdf", "application/pdf", TestDocuments.save(doc))).containsExactly(
                    "a.pdf | page 1, char 4 | MOBILE 138****8000",
                    "a.pdf | page 2 | NO_TEXT_LAYER");
        }
    }

    @Test
    void aPdfNeedingAPasswordIsEncryptedOneWithOnlyRestrictionsIsRead() throws IOException {
        byte[] plain = TestDocuments.pdf(List.of(List.of("电话：" + MOBILE)));
        try (PDDocument doc = Loader.load(plain)) {
            doc.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
            assertThat(where("a.pdf", "application/pdf", TestDocuments.save(doc))).containsExactly(
                    "a.pdf |  | ENCRYPTED");
        }
        try (PDDocument doc = Loader.load(plain)) {
            AccessPermission ap = new AccessPermission();
            ap.setCanExtractContent(false);
            doc.protect(new StandardProtectionPolicy("owner", "", ap));
            assertThat(where("a.pdf", "application/pdf", TestDocuments.save(doc))).containsExactly(
                    "a.pdf | page 1, char 4 | MOBILE 138****8000");
        }
    }

    @Test
    void annotationsFormFieldsMetadataAndEmbeddedFilesAreRead() throws IOException {
        try (PDDocument doc = Loader.load(TestDocuments.pdf(List.of(List.of("公示名单"))))) {
            PDPage page = doc.getPage(0);
            PDAnnotationText note = new PDAnnotationText();
            note.setContents("请核对 " + MOBILE);
            note.setRectangle(new PDRectangle(10, 10, 20, 20));
            page.getAnnotations().add(note);
            PDAcroForm form = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
            PDTextField field = new PDTextField(form);
            field.setPartialName("idno");
            field.getCOSObject().setString(COSName.V, ID);
            form.getFields().add(field);
            doc.getDocumentInformation().setAuthor("经办人 139 0013 9000");
            PDEmbeddedFile ef = new PDEmbeddedFile(doc, new ByteArrayInputStream(
                    ("姓名,电话\n张三," + MOBILE + "\n").getBytes(StandardCharsets.UTF_8)));
            ef.setSubtype("text/csv");
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("list.csv");
            spec.setFileUnicode("名单.csv");
            spec.setEmbeddedFile(ef);
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(Map.of("名单.csv", spec));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            doc.getDocumentCatalog().setNames(names);
            assertThat(where("a.pdf", "application/pdf", TestDocuments.save(doc))).containsExactly(
                    "a.pdf | page 1 annotation 1, char 5 | MOBILE 138****8000",
                    "a.pdf | form field idno, char 1 | ID_NUMBER 110105********002X",
                    "a.pdf | metadata, char 5 | MOBILE 139****9000",
                    "a.pdf » 名单.csv | B2 | MOBILE 138****8000");
        }
    }

    @Test
    void aContentStreamThatDecodesBeyondTheLimitIsTooLarge() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            page.setContents(TestDocuments.stream(doc, " ".repeat(3 << 20)));
            doc.addPage(page);
            Screener small = Screener.builder().clock(TODAY)
                    .limits(new ExtractionLimits(1_000_000, 1 << 20, 100, 0.01)).build();
            assertThat(where(small, "a.pdf", "application/pdf", TestDocuments.save(doc)))
                    .containsExactly("a.pdf |  | TOO_LARGE");
        }
    }

    @Test
    void somethingElseCalledPdfIsCorrupt() {
        assertThat(where("a.pdf", "application/pdf", "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8)))
                .containsExactly("a.pdf |  | CORRUPT");
    }

    // ---- Word ----------------------------------------------------------------------------------------------------

    @Test
    void wordHeadersFootersFootnotesCommentsTextBoxesMetadataAndEmbeddedWorkbooksAreRead() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("正文没有号码");
            doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("联系 " + MOBILE);
            doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("页脚 139-0013-9000");
            XWPFFootnote fn = doc.createFootnotes().createFootnote();
            fn.createParagraph().createRun().setText("注：身份证 " + ID);
            XWPFComment c = doc.createComments().createComment(BigInteger.ONE);
            c.createParagraph().createRun().setText("批注 13700137000");
            doc.getProperties().getCoreProperties().setCreator("13600136000");
            OPCPackage pkg = doc.getPackage();
            PackagePart part = pkg.createPart(PackagingURIHelper.createPartName(
                    "/word/embeddings/Microsoft_Excel_Worksheet.xlsx"), XLSX);
            try (OutputStream os = part.getOutputStream()) {
                os.write(TestDocuments.xlsx(List.of("低保名单"), List.of(List.of(List.of("电话"),
                        List.of("13500135000")))));
            }
            // and a workbook wrapped in an OLE object, as older Word versions embed a pasted Excel table
            ByteArrayOutputStream ole = new ByteArrayOutputStream();
            try (POIFSFileSystem fs = new POIFSFileSystem()) {
                fs.createDocument(new ByteArrayInputStream(TestDocuments.xlsx(List.of("表"), List.of(List.of(
                        List.of("13400134000"))))), "Package");
                fs.writeFilesystem(ole);
            }
            PackagePart olePart = pkg.createPart(PackagingURIHelper.createPartName("/word/embeddings/oleObject1.bin"),
                    "application/vnd.openxmlformats-officedocument.oleObject");
            try (OutputStream os = olePart.getOutputStream()) {
                os.write(ole.toByteArray());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            docx = out.toByteArray();
        }
        // a text box, written as Word writes it: DrawingML with a VML copy in mc:Fallback (read once)
        docx = rezip(docx, "word/document.xml", xml -> xml.replace("<w:p>", "<w:p><w:r><mc:AlternateContent "
                + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><mc:Choice Requires=\"wps\">"
                + "<w:txbxContent><w:p><w:r><w:t>框内 13300133000</w:t></w:r></w:p></w:txbxContent></mc:Choice>"
                + "<mc:Fallback><w:txbxContent><w:p><w:r><w:t>框内 13300133000</w:t></w:r></w:p></w:txbxContent>"
                + "</mc:Fallback></mc:AlternateContent></w:r>"));
        assertThat(where("a.docx", DOCX, docx)).containsExactlyInAnyOrder(
                "a.docx | text box 1, char 4 | MOBILE 133****3000",
                "a.docx | header 1, char 4 | MOBILE 138****8000",
                "a.docx | footer 1, char 4 | MOBILE 139****9000",
                "a.docx | footnote 1, char 7 | ID_NUMBER 110105********002X",
                "a.docx | comment 1, char 4 | MOBILE 137****7000",
                "a.docx | metadata, char 1 | MOBILE 136****6000",
                "a.docx » Microsoft_Excel_Worksheet.xlsx | 低保名单!A2 | MOBILE 135****5000",
                "a.docx » oleObject1.bin | 表!A1 | MOBILE 134****4000");
    }

    @Test
    void aLegacyDocIsUnsupportedButADocxNamedDocIsRead() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[512]), "WordDocument");
            fs.writeFilesystem(out);
        }
        assertThat(where("旧.doc", "application/msword", out.toByteArray())).containsExactly(
                "旧.doc |  | UNSUPPORTED_TYPE");
        byte[] docx = TestDocuments.docx(List.of("电话 " + MOBILE), List.of());
        assertThat(where("wps.doc", "application/msword", docx)).containsExactly(
                "wps.doc | paragraph 1, char 4 | MOBILE 138****8000");
    }

    @Test
    void externalEntitiesAreNeverResolved(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, MOBILE);
        String doctype = "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        byte[] docx = rezip(TestDocuments.docx(List.of("占位"), List.of()), "word/document.xml",
                xml -> xml.replaceFirst("\\?>", "?>" + doctype).replace("占位", "&xxe;"));
        List<Finding> f = SCREENER.screenFile("a.docx", DOCX, "a.docx", docx).findings();
        assertThat(f).noneMatch(x -> x.detector() == Detector.MOBILE);
        byte[] xlsx = rezip(TestDocuments.xlsx(List.of("s"), List.of(List.of(List.of("占位")))),
                "xl/sharedStrings.xml", xml -> xml.replaceFirst("\\?>", "?>"
                        + "<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>").replace("占位", "&xxe;"));
        assertThat(SCREENER.screenFile("a.xlsx", XLSX, "a.xlsx", xlsx).findings())
                .noneMatch(x -> x.detector() == Detector.MOBILE);
    }

    // ---- Excel ---------------------------------------------------------------------------------------------------

    private static void fillWorkbook(Workbook wb) {
        TestDocuments.fill(wb, List.of("名单", "My Sheet"), List.of(
                List.of(List.of("姓名", "电话", "号码"), List.of("张三", "#" + MOBILE, "=公式")),
                List.of(List.of("隐藏 " + ID))));
        Sheet sheet = wb.getSheetAt(0);
        Row row = sheet.getRow(1);
        row.getCell(2).setCellFormula("\"139\"&\"00139000\"");
        wb.setSheetHidden(1, true);
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(wb.getCreationHelper().createRichTextString("核对 13700137000"));
        row.getCell(0).setCellComment(comment);
        sheet.getHeader().setCenter("联系人 13600136000");
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
    }

    @Test
    void workbooksAreReadCellByCellWithNumbersCommentsFormulasHiddenSheetsAndHeaders() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            fillWorkbook(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            xlsx = out.toByteArray();
        }
        assertThat(where("a.xlsx", XLSX, xlsx)).containsExactlyInAnyOrder(
                "a.xlsx | 名单!A2 comment, char 4 | MOBILE 137****7000",
                "a.xlsx | 名单!B2 | MOBILE 138****8000",
                "a.xlsx | 名单!C2 | MOBILE 139****9000",
                "a.xlsx | 名单 header, char 7 | MOBILE 136****6000", // &C (centre) is part of the raw text
                "a.xlsx | 'My Sheet'!A1, char 4 | ID_NUMBER 110105********002X");
        byte[] xls;
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            fillWorkbook(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            xls = out.toByteArray();
        }
        List<String> expected = List.of(
                "名单!B2 | MOBILE 138****8000",
                "名单!C2 | MOBILE 139****9000",
                "名单!A2 comment, char 4 | MOBILE 137****7000",
                "名单 header, char 6 | MOBILE 136****6000", // left, centre, right parts joined by line breaks
                "'My Sheet'!A1, char 4 | ID_NUMBER 110105********002X");
        assertThat(where("a.xls", "application/vnd.ms-excel", xls))
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(e -> "a.xls | " + e).toList());
        // WPS 表格 (.et) files are BIFF workbooks too
        assertThat(where("b.et", "", xls)).hasSize(5);
    }

    @Test
    void textThatLooksLikeAnExponentStaysText() {
        // a credit code with an E in it, and a hostile "number": neither is expanded into digits
        byte[] xlsx = TestDocuments.xlsx(List.of("s"), List.of(List.of(List.of("53148365629E123456", "1E999999999",
                "#13800138000"))));
        long t = System.nanoTime();
        assertThat(where("a.xlsx", XLSX, xlsx)).containsExactly("a.xlsx | s!C1 | MOBILE 138****8000");
        assertThat(System.nanoTime() - t).isLessThan(30_000_000_000L);
    }

    @Test
    void aPasswordProtectedWorkbookIsEncrypted() throws Exception {
        byte[] xlsx = TestDocuments.xlsx(List.of("s"), List.of(List.of(List.of(MOBILE))));
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor enc = info.getEncryptor();
        enc.confirmPassword("secret");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(xlsx);
            }
            fs.writeFilesystem(out);
        }
        assertThat(where("a.xlsx", XLSX, out.toByteArray())).containsExactly("a.xlsx |  | ENCRYPTED");
    }

    @Test
    void zipBombsAndOversizedPackagesAreTooLargeBeforePoiUnpacksThem() throws IOException {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 40; i++) {
                zip.write(zeros);
            }
        }
        assertThat(bomb.size()).isLessThan(100_000);
        assertThat(where("bomb.xlsx", XLSX, bomb.toByteArray())).containsExactly("bomb.xlsx |  | TOO_LARGE");
        Screener few = Screener.builder().clock(TODAY).limits(new ExtractionLimits(1_000_000, 1 << 26, 3, 0.01))
                .build();
        assertThat(where(few, "a.xlsx", XLSX, TestDocuments.xlsx(List.of("s"), List.of(List.of(List.of("x"))))))
                .containsExactly("a.xlsx |  | TOO_LARGE");
        assertThat(where("a.xlsx", XLSX, "PK\u0003\u0004 not really".getBytes(StandardCharsets.ISO_8859_1)))
                .containsExactly("a.xlsx |  | CORRUPT");
        assertThat(where("a.xlsx", XLSX, "姓名,电话".getBytes(StandardCharsets.UTF_8)))
                .containsExactly("a.xlsx |  | CORRUPT");
    }

    @Test
    void tooMuchTextStopsTheExtractionWithTheFindingsSoFar() {
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            rows.add(List.of("张三", MOBILE));
        }
        Screener small = Screener.builder().clock(TODAY).limits(new ExtractionLimits(100, 1 << 26, 100, 0.01))
                .build();
        List<Finding> f = small.screenFile("a.xlsx", XLSX, "a.xlsx", TestDocuments.xlsx(List.of("s"), List.of(rows)))
                .findings();
        assertThat(f.get(f.size() - 1).problem()).isEqualTo(ReadProblem.TOO_LARGE);
        assertThat(f.subList(0, f.size() - 1)).hasSizeBetween(3, 10).allMatch(x -> x.detector() == Detector.MOBILE);
    }

    /** The zip with one entry's text changed. */
    static byte[] rezip(byte[] zip, String entry, UnaryOperator<String> edit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] b = in.readAllBytes();
                if (e.getName().equals(entry)) {
                    b = edit.apply(new String(b, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(b);
            }
        }
        return out.toByteArray();
    }

    /** PDFBox's loader under a short name. */
    private static final class Loader {
        static PDDocument load(byte[] b) throws IOException {
            return org.apache.pdfbox.Loader.loadPDF(b);
        }
    }
}
