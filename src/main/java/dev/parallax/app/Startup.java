package dev.parallax.app;

import dev.parallax.app.view.style.Filter;
import dev.parallax.app.view.style.StyledSide;
import dev.parallax.app.view.style.Styler;
import dev.parallax.app.viewmodel.FolderScanner;
import dev.parallax.app.viewmodel.ReaderViewModel;
import dev.parallax.app.viewmodel.Settings;
import dev.parallax.app.viewmodel.SettingsStore;
import dev.parallax.engine.EngineFactory;
import dev.parallax.engine.align.ComparisonEngine;
import dev.parallax.engine.text.ArticleLoader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The window's first moments, decided on the main thread before the window exists: which settings, which
 * folder, and (in the background, while JavaFX starts and the window is built) the folder read, its first pair
 * compared and both sides styled, so the window can show the comparison in its first frame.
 *
 * @param options  what the command line asked
 * @param settings the user's settings, or in-memory ones for a scripted run
 * @param folder   the folder to open, or null when there is none to open
 * @param early    the folder read, compared and styled; null when {@code folder} is null or not a folder (the
 *                 window then opens it the ordinary way, which reports the problem)
 */
record Startup(LaunchOptions options, Settings settings, Path folder, CompletableFuture<Early> early) {

    /** A folder read ahead of the window, and its first pair's sides styled for the default view (or null). */
    record Early(ReaderViewModel.Opening opening, StyledSide[] styled) {
    }

    /** Whether this run is scripted (a snapshot, a probe): it must not touch the user's settings. */
    static boolean scripted(LaunchOptions o) {
        return o.snapshot() != null || !System.getProperty("parallax.probe", "").isEmpty();
    }

    static Startup begin(LaunchOptions o) {
        SettingsStore store = scripted(o) ? SettingsStore.inMemory() : new PreferencesSettingsStore();
        Settings settings = new Settings(store);
        Path folder = o.folder() != null ? o.folder() : settings.lastFolder();
        if (folder == null) {
            folder = bundledSeeds();
        }
        CompletableFuture<Early> early = null;
        if (folder != null && Files.isDirectory(folder)) {
            Path dir = folder;
            early = new CompletableFuture<>();
            CompletableFuture<Early> result = early;
            Thread t = new Thread(() -> {
                try {
                    result.complete(read(dir, o));
                } catch (Throwable e) {
                    result.completeExceptionally(e);
                }
            }, "parallax-open");
            t.setDaemon(true);
            t.start();
        }
        return new Startup(o, settings, folder, early);
    }

    private static Early read(Path dir, LaunchOptions o) throws Exception {
        ReaderViewModel.Opening op = ReaderViewModel.prepare(new FolderScanner(ArticleLoader.create()),
                engine(ReaderViewModel.DEFAULT_SENSITIVITY), dir, o.left(), o.right());
        StyledSide[] styled = op.comparison() == null ? null : Styler.style(op.comparison(), Filter.ALL);
        return new Early(op, styled);
    }

    /** The engine the window compares with, at a sensitivity. */
    static ComparisonEngine engine(double sensitivity) {
        return EngineFactory.defaults().sensitivity(sensitivity).engine();
    }

    /** The failure behind a failed {@link #early}. */
    static Throwable cause(Throwable t) {
        return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    }

    /** {@code seeds/} in the working folder, else beside the jar's folder (target/parallax.jar -> seeds/). */
    static Path bundledSeeds() {
        Path cwd = Path.of("seeds");
        if (Files.isDirectory(cwd)) {
            return cwd.toAbsolutePath();
        }
        try {
            Path jar = Path.of(ParallaxApp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = jar.getParent(); p != null; p = p.getParent()) {
                if (Files.isDirectory(p.resolve("seeds"))) {
                    return p.resolve("seeds");
                }
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // no code source: fall through
        }
        return null;
    }
}
