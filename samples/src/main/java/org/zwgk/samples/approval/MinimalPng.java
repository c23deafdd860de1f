package org.zwgk.samples.approval;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes a valid PNG (ISO/IEC 15948: signature, IHDR, one zlib IDAT, IEND; 8-bit RGB, no interlace) without
 * {@code java.desktop}: the demo's WeChat cover ({@code zwgk.channel.wechat.cover}), which an official account's
 * articles need when the document has no image of its own.
 */
final class MinimalPng {

    private MinimalPng() {
    }

    /**
     * The demo's cover: 900 × 383 (WeChat's 2.35 : 1 cover), government red with a gold band — a few kilobytes.
     */
    static byte[] cover() {
        int w = 900;
        int h = 383;
        return image(w, h, (x, y) -> y >= 250 && y < 270 ? 0xE6B422 : (x + y) % 64 < 2 ? 0xB8141C : 0xC8161D);
    }

    /** The colour (0xRRGGBB) of one pixel. */
    @FunctionalInterface
    interface Pixels {
        int rgb(int x, int y);
    }

    static byte[] image(int width, int height, Pixels pixels) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("empty image");
        }
        byte[] raw = new byte[height * (1 + 3 * width)];
        int i = 0;
        for (int y = 0; y < height; y++) {
            raw[i++] = 0; // filter type None
            for (int x = 0; x < width; x++) {
                int c = pixels.rgb(x, y);
                raw[i++] = (byte) (c >> 16);
                raw[i++] = (byte) (c >> 8);
                raw[i++] = (byte) c;
            }
        }
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(raw);
        deflater.finish();
        ByteArrayOutputStream z = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        while (!deflater.finished()) {
            z.write(buf, 0, deflater.deflate(buf));
        }
        deflater.end();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array());
        chunk(png, "IDAT", z.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(t);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
