package dev.parallax;

import dev.parallax.app.Launcher;
import dev.parallax.cli.Cli;

/**
 * The entry point of {@code parallax.jar}. A plain class, not a JavaFX {@code Application}, so the jar starts
 * from the class path; the window is only loaded when a command asks for it.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            Launcher.prestart(); // no arguments to check: JavaFX starts at once (open checks its own first)
        }
        int code = Cli.run(args);
        if (code != Cli.KEEP_RUNNING) {
            System.exit(code);
        }
    }
}
