package dev.parallax.app;

import java.nio.file.Path;

/**
 * What the command line asked the window to do.
 *
 * @param folder   the folder to open, or null for the last one used (else the bundled seeds)
 * @param left     the article for the left pane, or null
 * @param right    the article for the right pane, or null
 * @param snapshot write a PNG of the window here once the comparison is painted, then exit; or null
 * @param width    window (scene) width in pixels, or 0 for the size the user left the window at
 * @param height   window (scene) height in pixels, or 0 likewise
 */
public record LaunchOptions(Path folder, Path left, Path right, Path snapshot, int width, int height) {
}
