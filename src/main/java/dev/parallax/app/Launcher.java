package dev.parallax.app;

import javafx.application.Application;

/**
 * Starts the reader window from a plain class (JavaFX refuses to start an {@code Application} subclass as the
 * main class from the class path). Blocks until the window closes, so {@code main} never exits under it.
 */
public final class Launcher {

    private Launcher() {
    }

    /** Opens the window and returns the exit code once it has closed (0, or 1 when a snapshot failed). */
    public static int open(LaunchOptions options) {
        ParallaxApp.options = options;
        Application.launch(ParallaxApp.class);
        return ParallaxApp.exitCode;
    }
}
