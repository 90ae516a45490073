package dev.parallax.app.view;

import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;

/**
 * The app icon, drawn rather than shipped: two pages side by side, joined by a blue (agree) and an orange
 * (conflict) ribbon. Must be called on the FX thread.
 */
public final class AppIcon {

    private AppIcon() {
    }

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
