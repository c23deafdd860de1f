package org.zwgk.samples.approval;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a small, valid one-page PDF 1.4 (ISO 32000-1 structure: objects, cross-reference table, trailer) with
 * Chinese text, so the demo's documents carry a real 附件 the website links and the archive package embeds.
 *
 * <p>The text uses {@code STSong-Light} with the {@code UniGB-UCS2-H} CMap, one of the Adobe CJK fonts every
 * conforming reader supplies (not embedded, so a file is a few kilobytes). Characters outside the BMP print as
 * {@code ?}. Not a layout engine: lines are wrapped by character count.
 */
final class MinimalPdf {

    private static final int PER_LINE = 32;
    private static final int MAX_LINES = 40;

    private MinimalPdf() {
    }

    /** A page with the title (16 pt) and the lines (11 pt), wrapped and cut to one page. */
    static byte[] page(String title, List<String> lines) {
        StringBuilder content = new StringBuilder("BT\n/F1 16 Tf\n56 780 Td\n");
        content.append(hex(title)).append(" Tj\n/F1 11 Tf\n0 -30 Td\n");
        int n = 0;
        outer:
        for (String line : lines) {
            for (String part : wrap(line)) {
                if (n++ >= MAX_LINES) {
                    break outer;
                }
                content.append(hex(part)).append(" Tj\n0 -17 Td\n");
            }
        }
        content.append("ET\n");
        byte[] stream = content.toString().getBytes(StandardCharsets.US_ASCII);

        List<String> objects = new ArrayList<>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
                + "/Contents 4 0 R >>");
        objects.add(null); // the content stream, written with its length below
        objects.add("<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
                + "/DescendantFonts [6 0 R] >>");
        objects.add("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 7 0 R "
                + "/DW 1000 /W [1 95 500] >>");
        objects.add("<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] "
                + "/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>");
        objects.add("<< /Title <FEFF" + utf16(title) + "> /Producer (zwgk samples) >>");

        ByteArrayOutputStream out = new ByteArrayOutputStream(2048 + stream.length);
        write(out, "%PDF-1.4\n");
        out.write(new byte[] {'%', (byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3, '\n'}, 0, 6);
        long[] offsets = new long[objects.size()];
        for (int i = 0; i < objects.size(); i++) {
            offsets[i] = out.size();
            write(out, (i + 1) + " 0 obj\n");
            if (objects.get(i) == null) {
                write(out, "<< /Length " + stream.length + " >>\nstream\n");
                out.write(stream, 0, stream.length);
                write(out, "endstream");
            } else {
                write(out, objects.get(i));
            }
            write(out, "\nendobj\n");
        }
        long xref = out.size();
        StringBuilder x = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (long o : offsets) {
            x.append(String.format("%010d 00000 n \n", o));
        }
        x.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R /Info ")
                .append(objects.size()).append(" 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        write(out, x.toString());
        return out.toByteArray();
    }

    private static List<String> wrap(String line) {
        List<String> out = new ArrayList<>();
        int[] cps = line.codePoints().toArray();
        for (int i = 0; i < cps.length; i += PER_LINE) {
            out.add(new String(cps, i, Math.min(PER_LINE, cps.length - i)));
        }
        if (out.isEmpty()) {
            out.add("");
        }
        return out;
    }

    /** A hex string of UCS-2 codes, as UniGB-UCS2-H expects. */
    private static String hex(String s) {
        StringBuilder b = new StringBuilder("<");
        s.codePoints().forEach(cp -> b.append(String.format("%04X", cp > 0xFFFF || cp < 0x20 ? '?' : cp)));
        return b.append('>').toString();
    }

    private static String utf16(String s) {
        StringBuilder b = new StringBuilder();
        for (char ch : s.toCharArray()) {
            b.append(String.format("%04X", (int) ch));
        }
        return b.toString();
    }

    private static void write(ByteArrayOutputStream out, String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        out.write(b, 0, b.length);
    }
}
