package dev.parallax.app.view;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;

/**
 * The app icon: two pages side by side, joined by a blue (agree) and an orange (conflict) ribbon. Drawn by
 * {@link #draw}; {@code AppIconWriter} writes the drawing to {@code assets/icon.png}, which the build bundles
 * and the window loads with {@link #load} (decoding a small PNG off the FX thread is cheaper than three canvas
 * snapshots on it while the first frame is being painted).
 */
public final class AppIcon {

    /** The window icon's sizes, largest first. */
    public static final List<Integer> SIZES = List.of(256, 64, 32);

    private AppIcon() {
    }

    /** The bundled icon at {@link #SIZES}; any thread once JavaFX has started. Empty if it is missing. */
    public static List<Image> load() {
        byte[] png;
        try (InputStream in = AppIcon.class.getResourceAsStream("icon.png")) {
            if (in == null) {
                return List.of();
            }
            png = in.readAllBytes();
        } catch (IOException e) {
            return List.of();
        }
        List<Image> out = new ArrayList<>();
        for (int size : SIZES) {
            Image img = new Image(new ByteArrayInputStream(png), size, size, true, true);
            if (!img.isError()) {
                out.add(img);
            }
        }
        return out;
    }

    /** Draws the icon at {@code size} pixels. On the FX thread. */
    public static Image draw(double size) {
        Canvas c = new Canvas(size, size);
        GraphicsContext g = c.getGraphicsContext2D();
        double s = size / 256.0;
        g.scale(s, s);
        g.setFill(Color.web("#1f2a44"));
        g.fillRoundRect(8, 8, 240, 240, 56, 56);
        // two pages
        g.setFill(Color.WHITE);
        g.fillRoundRect(34, 46, 72, 164, 10, 10);
        g.fillRoundRect(150, 46, 72, 164, 10, 10);
        // text lines
        g.setFill(Color.web("#b8c0cc"));
        for (int i = 0; i < 8; i++) {
            g.fillRect(44, 62 + i * 18, 52 - (i % 3) * 8, 6);
            g.fillRect(160, 62 + i * 18, 52 - ((i + 1) % 3) * 8, 6);
        }
        // highlighted passages and their links
        Color agree = Color.web("#56B4E9");
        Color conflict = Color.web("#E66100");
        g.setFill(agree);
        g.fillRect(44, 80, 52, 6);
        g.fillRect(160, 134, 52, 6);
        g.setFill(conflict);
        g.fillRect(44, 152, 44, 6);
        g.fillRect(160, 80, 44, 6);
        g.setLineWidth(7);
        g.setStroke(agree);
        g.beginPath();
        g.moveTo(100, 83);
        g.bezierCurveTo(128, 83, 128, 137, 156, 137);
        g.stroke();
        g.setStroke(conflict);
        g.beginPath();
        g.moveTo(100, 155);
        g.bezierCurveTo(128, 155, 128, 83, 156, 83);
        g.stroke();
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(Color.TRANSPARENT);
        return c.snapshot(p, null);
    }
}
