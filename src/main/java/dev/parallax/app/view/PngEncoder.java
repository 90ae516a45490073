package dev.parallax.app.view;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;

/**
 * Writes a JavaFX image as a PNG with the JDK's ImageIO (java.desktop is in the image for javafx.base's
 * java.beans anyway; a BufferedImage and ImageIO need no AWT toolkit, so this works headless and beside
 * JavaFX).
 */
public final class PngEncoder {

    private PngEncoder() {
    }

    public static byte[] encode(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return encode(argb, w, h);
    }

    /** Encodes ARGB pixels, row by row. */
    public static byte[] encode(int[] argb, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        img.setRGB(0, 0, w, h, argb, 0, w);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!javax.imageio.ImageIO.write(img, "png", out)) {
                throw new IllegalStateException("no PNG writer in this Java runtime");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // an in-memory stream does not fail
        }
        return out.toByteArray();
    }

    /**
     * Writes {@code image} to {@code file} through {@code guard} (never over an article; a temporary file beside
     * it, then a move).
     */
    public static void write(Image image, Path file, dev.parallax.engine.export.OutputGuard guard) throws IOException {
        guard.write(file, encode(image));
    }
}
