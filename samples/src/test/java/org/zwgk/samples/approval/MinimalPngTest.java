package org.zwgk.samples.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class MinimalPngTest {

    /** The JDK's own PNG decoder reads the cover back pixel for pixel: chunk CRCs, zlib stream and filters are valid. */
    @Test
    void theCoverDecodesWithTheJdksPngReader() throws Exception {
        byte[] png = MinimalPng.cover();
        assertThat(png.length).as("well under WeChat's 1 MB").isLessThan(64 * 1024);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(img).isNotNull();
        assertThat(img.getWidth()).isEqualTo(900);
        assertThat(img.getHeight()).isEqualTo(383);
        assertThat(img.getRGB(1, 5) & 0xFFFFFF).isEqualTo(0xC8161D);
        assertThat(img.getRGB(10, 255) & 0xFFFFFF).isEqualTo(0xE6B422);
        assertThat(img.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0xB8141C);
    }

    @Test
    void anyPixelFunctionRoundTrips() throws Exception {
        byte[] png = MinimalPng.image(7, 3, (x, y) -> (x * 36) << 16 | (y * 80) << 8 | (x + y));
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 7; x++) {
                assertThat(img.getRGB(x, y) & 0xFFFFFF).isEqualTo((x * 36) << 16 | (y * 80) << 8 | (x + y));
            }
        }
    }
}
