package dev.parallax.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The screenshot encoder writes PNGs another decoder reads back pixel for pixel. */
class PngEncoderTest {

    @Test
    void decodedPixelsEqualTheEncodedOnes() throws Exception {
        int w = 7;
        int h = 5;
        int[] argb = new int[w * h];
        for (int i = 0; i < argb.length; i++) {
            argb[i] = (0xff << 24) | (i * 37 % 256) << 16 | (i * 91 % 256) << 8 | (i * 13 % 256);
        }
        argb[3] = 0x00ffffff; // fully transparent
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(argb, w, h)));
        assertEquals(w, img.getWidth());
        assertEquals(h, img.getHeight());
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                assertEquals(argb[y * w + x], img.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
    }
}
