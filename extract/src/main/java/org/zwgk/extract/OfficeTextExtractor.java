package org.zwgk.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageProperties;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.xml.sax.SAXException;
import org.zwgk.extract.internal.DocxText;
import org.zwgk.extract.internal.GuardedSink;
import org.zwgk.extract.internal.XlsText;
import org.zwgk.extract.internal.XlsxText;
import org.zwgk.extract.internal.ZipGuard;
import org.zwgk.spi.SpiVersion;
import org.zwgk.spi.text.ExtractionLimits;
import org.zwgk.spi.text.ReadProblem;
import org.zwgk.spi.text.TextExtractionException;
import org.zwgk.spi.text.TextExtractor;
import org.zwgk.spi.text.TextSegment;
import org.zwgk.spi.text.TextSink;

/**
 * Word and Excel through Apache POI: .docx (and .docm, .dotx) and .xlsx (.xlsm, .xltx), legacy .xls, and an Excel
 * workbook embedded in a Word document as an OLE object. The content decides, not the name: a .doc that is really a
 * .docx (WPS saves such files) is read; a password-protected file is {@link ReadProblem#ENCRYPTED}; a legacy binary
 * Word .doc or WPS document is {@link ReadProblem#UNSUPPORTED_TYPE} (save it as .docx). Packages are checked against
 * the limits before POI unpacks them ({@code ZipGuard}); XML is read with POI's hardened parsers (no XXE).
 */
public final class OfficeTextExtractor implements TextExtractor {

    private static final Set<String> TYPES = Set.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
            "application/vnd.ms-word.document.macroenabled.12",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.template",
            "application/vnd.ms-excel.sheet.macroenabled.12",
            "application/vnd.ms-excel", "application/msword",
            "application/wps-office.wps", "application/wps-office.et",
            "application/vnd.openxmlformats-officedocument.oleobject");
    private static final Set<String> EXTENSIONS = Set.of("docx", "docm", "dotx", "xlsx", "xlsm", "xltx", "xls", "doc",
            "wps", "et");
    /** An OLE object holding a package holding an OLE object …: followed this deep. */
    private static final int MAX_OLE_NESTING = 2;

    @Override
    public String spiVersion() {
        return SpiVersion.CURRENT;
    }

    @Override
    public String id() {
        return "poi";
    }

    @Override
    public boolean supports(String mediaType, String fileName) {
        if (TYPES.contains(mediaType)) {
            return true;
        }
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return (mediaType.isEmpty() || mediaType.equals("application/octet-stream")) && EXTENSIONS.contains(ext);
    }

    @Override
    public void extract(byte[] content, ExtractionLimits limits, TextSink sink) throws TextExtractionException {
        GuardedSink guarded = new GuardedSink(sink);
        try {
            extract(content, limits, guarded, 0);
        } catch (GuardedSink.Stop stop) {
            guarded.rethrow();
        } catch (EncryptedDocumentException e) {
            throw new TextExtractionException(ReadProblem.ENCRYPTED, "password-protected", e);
        } catch (IOException | OpenXML4JException | SAXException | org.apache.poi.UnsupportedFileFormatException e) {
            throw new TextExtractionException(zipBomb(e) ? ReadProblem.TOO_LARGE : ReadProblem.CORRUPT,
                    e.getClass().getSimpleName(), e);
        }
        guarded.rethrow();
    }

    private static boolean zipBomb(Exception e) {
        return e.getMessage() != null && e.getMessage().contains("Zip bomb");
    }

    private void extract(byte[] content, ExtractionLimits limits, GuardedSink sink, int depth)
            throws IOException, OpenXML4JException, SAXException, TextExtractionException {
        FileMagic magic = content.length < 8 ? FileMagic.UNKNOWN : FileMagic.valueOf(content);
        if (magic == FileMagic.OOXML) {
            ooxml(content, limits, sink);
        } else if (magic == FileMagic.OLE2) {
            ole2(content, limits, sink, depth);
        } else {
            throw new TextExtractionException(ReadProblem.CORRUPT, "not a Word or Excel file (" + magic + ")");
        }
    }

    private static void ooxml(byte[] content, ExtractionLimits limits, GuardedSink sink)
            throws IOException, OpenXML4JException, SAXException, TextExtractionException {
        ZipGuard.check(content, limits);
        OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content));
        try {
            var mains = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
            PackageRelationship main = mains.size() == 0 ? null : mains.getRelationship(0);
            PackagePart part = main == null ? null : pkg.getPart(main);
            String type = part == null ? "" : part.getContentType();
            if (type.contains("wordprocessingml.document.main") || type.contains("wordprocessingml.template.main")
                    || type.contains("ms-word.document.macroEnabled.main")) {
                XWPFDocument doc = new XWPFDocument(pkg);
                DocxText.read(doc, sink);
            } else if (type.contains("spreadsheetml.sheet.main") || type.contains("spreadsheetml.template.main")
                    || type.contains("ms-excel.sheet.macroEnabled.main")) {
                XlsxText.read(pkg, sink);
            } else {
                throw new TextExtractionException(ReadProblem.UNSUPPORTED_TYPE, "package of type " + type);
            }
            metadata(pkg.getPackageProperties(), sink);
            for (PackagePart embedded : pkg.getPartsByName(java.util.regex.Pattern.compile(
                    "/(word|xl)/embeddings/.*"))) {
                String name = embedded.getPartName().getName();
                try (InputStream in = embedded.getInputStream()) {
                    sink.embedded("embedded " + name, name.substring(name.lastIndexOf('/') + 1),
                            embedded.getContentType(), in.readAllBytes());
                }
            }
        } finally {
            pkg.revert(); // opened from memory: close without writing anything back
        }
    }

    private void ole2(byte[] content, ExtractionLimits limits, GuardedSink sink, int depth)
            throws IOException, OpenXML4JException, SAXException, TextExtractionException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
                throw new TextExtractionException(ReadProblem.ENCRYPTED, "encrypted OOXML package");
            }
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                try (HSSFWorkbook wb = new HSSFWorkbook(root, false)) {
                    XlsText.read(wb, sink);
                }
                return;
            }
            if (root.hasEntryCaseInsensitive("Package") && depth < MAX_OLE_NESTING) {
                // an OLE object wrapping a whole .xlsx/.docx (how Word embeds a workbook)
                byte[] inner;
                try (DocumentInputStream in = root.createDocumentInputStream(
                        root.getEntryCaseInsensitive("Package"))) {
                    inner = in.readAllBytes();
                }
                extract(inner, limits, sink, depth + 1);
                return;
            }
            throw new TextExtractionException(ReadProblem.UNSUPPORTED_TYPE,
                    root.hasEntryCaseInsensitive("WordDocument") ? "legacy Word .doc" : "OLE2 file");
        }
    }

    private static void metadata(PackageProperties p, GuardedSink sink) {
        StringBuilder sb = new StringBuilder();
        for (Optional<String> v : java.util.List.of(p.getTitleProperty(), p.getSubjectProperty(),
                p.getCreatorProperty(), p.getKeywordsProperty(), p.getDescriptionProperty(),
                p.getLastModifiedByProperty(), p.getCategoryProperty())) {
            v.ifPresent(s -> sb.append(s).append('\n'));
        }
        sink.text(TextSegment.Kind.PART, "metadata", sb.toString(), "");
    }
}
