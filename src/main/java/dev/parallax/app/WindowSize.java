package dev.parallax.app;

import dev.parallax.app.view.MainWindow;
import dev.parallax.app.viewmodel.Settings;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;

/**
 * The reader window's size: what it opens at (the size asked on the command line, else the one the user left
 * it at, else a comfortable default that fits the screen), never below {@link MainWindow#MIN_WIDTH} x
 * {@link MainWindow#MIN_HEIGHT}, remembered when the window closes.
 *
 * <p>It also holds the opening size against the window manager. JavaFX 21 on GTK makes the native window at
 * 200x200 before it is sized (JDK-8316423, fixed in JavaFX 22, which does not resolve here); under a window
 * manager such as openbox, that first size comes back as a late resize, seconds after the window showed at the
 * right size, and shrank the window to its minimum. A resize to the minimum (or below) in both directions
 * during the first seconds, which no user makes, is undone.
 */
final class WindowSize {

    static final double DEFAULT_WIDTH = 1400;
    static final double DEFAULT_HEIGHT = 900;
    /** How long after showing a shrink to the minimum counts as the window manager's late first resize. */
    static final long SETTLE_NANOS = 30_000_000_000L;

    private WindowSize() {
    }

    /**
     * The size to open at (the scene's, without decorations).
     *
     * @param askedWidth  the width asked on the command line, or 0
     * @param askedHeight the height asked, or 0
     * @param remembered  the size the user left the window at, or null
     * @param screen      the screen's usable area
     */
    static double[] initial(int askedWidth, int askedHeight, double[] remembered, Rectangle2D screen) {
        if (askedWidth > 0 && askedHeight > 0) {
            return new double[] {Math.max(askedWidth, MainWindow.MIN_WIDTH), Math.max(askedHeight, MainWindow.MIN_HEIGHT)};
        }
        double w = remembered != null ? remembered[0] : DEFAULT_WIDTH;
        double h = remembered != null ? remembered[1] : DEFAULT_HEIGHT;
        // leave room for the window's frame and a panel
        w = Math.min(w, screen.getWidth() - 16);
        h = Math.min(h, screen.getHeight() - 48);
        return new double[] {Math.max(w, MainWindow.MIN_WIDTH), Math.max(h, MainWindow.MIN_HEIGHT)};
    }

    /**
     * Shows {@code stage} at {@code size} (its scene's size), sets the minimum once the window's frame is
     * known, holds the size against the window manager's late first resize and, when {@code settings} is not
     * null, remembers the size the user leaves the window at.
     */
    static void show(Stage stage, double[] size, Settings settings) {
        stage.show();
        double frameW = Math.max(0, stage.getWidth() - stage.getScene().getWidth());
        double frameH = Math.max(0, stage.getHeight() - stage.getScene().getHeight());
        stage.setMinWidth(MainWindow.MIN_WIDTH + frameW);
        stage.setMinHeight(MainWindow.MIN_HEIGHT + frameH);
        hold(stage, size, System.nanoTime() + SETTLE_NANOS);
        if (settings != null) {
            stage.setOnHidden(e -> {
                if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen()) {
                    settings.windowSize(stage.getScene().getWidth(), stage.getScene().getHeight());
                }
            });
        }
    }

    /** Undoes a shrink of the scene to the minimum (or below) in both directions before {@code until}. */
    static void hold(Stage stage, double[] size, long until) {
        javafx.beans.InvalidationListener l = o -> {
            if (System.nanoTime() > until || stage.getScene() == null) {
                return;
            }
            double w = stage.getScene().getWidth();
            double h = stage.getScene().getHeight();
            boolean shrunk = w <= MainWindow.MIN_WIDTH + 1 && h <= MainWindow.MIN_HEIGHT + 1
                    && (size[0] > w + 1 || size[1] > h + 1);
            if (shrunk && !stage.isMaximized() && !stage.isFullScreen()) {
                double frameW = Math.max(0, stage.getWidth() - w);
                double frameH = Math.max(0, stage.getHeight() - h);
                stage.setWidth(size[0] + frameW);
                stage.setHeight(size[1] + frameH);
            }
        };
        stage.getScene().widthProperty().addListener(l);
        stage.getScene().heightProperty().addListener(l);
    }
}
