package dev.parallax.app.view;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;

/**
 * Writes a JavaFX image as a PNG (8-bit RGBA, no filtering) with {@code java.util.zip}, so screenshots need
 * neither AWT nor javafx-swing.
 */
public final class PngEncoder {

    private PngEncoder() {
    }

    public static byte[] encode(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        PixelReader reader = image.getPixelReader();
        int[] argb = new int[w * h];
        reader.getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return encode(argb, w, h);
    }

    /** Encodes ARGB pixels, row by row. */
    public static byte[] encode(int[] argb, int w, int h) {
        try {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            try (DeflaterOutputStream z = new DeflaterOutputStream(raw, new Deflater(6), 1 << 16)) {
                byte[] row = new byte[1 + w * 4];
                for (int y = 0; y < h; y++) {
                    row[0] = 0; // filter: none
                    for (int x = 0; x < w; x++) {
                        int p = argb[y * w + x];
                        int i = 1 + x * 4;
                        row[i] = (byte) (p >> 16);
                        row[i + 1] = (byte) (p >> 8);
                        row[i + 2] = (byte) p;
                        row[i + 3] = (byte) (p >>> 24);
                    }
                    z.write(row);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DataOutputStream d = new DataOutputStream(out);
            d.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
            DataOutputStream hd = new DataOutputStream(ihdr);
            hd.writeInt(w);
            hd.writeInt(h);
            hd.writeByte(8); // bit depth
            hd.writeByte(6); // colour type RGBA
            hd.writeByte(0);
            hd.writeByte(0);
            hd.writeByte(0);
            chunk(d, "IHDR", ihdr.toByteArray());
            chunk(d, "IDAT", raw.toByteArray());
            chunk(d, "IEND", new byte[0]);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e); // in-memory streams do not fail
        }
    }

    private static void chunk(DataOutputStream d, String type, byte[] data) throws IOException {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        d.writeInt(data.length);
        d.write(t);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }

    /**
     * Writes {@code image} to {@code file} through {@code guard} (never over an article; a temporary file beside
     * it, then a move).
     */
    public static void write(Image image, Path file, dev.parallax.engine.export.OutputGuard guard) throws IOException {
        guard.write(file, encode(image));
    }
}
