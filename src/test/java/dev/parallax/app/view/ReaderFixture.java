package dev.parallax.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.parallax.app.task.SameThreadTaskRunner;
import dev.parallax.app.viewmodel.FolderScanner;
import dev.parallax.app.viewmodel.ReaderViewModel;
import dev.parallax.app.viewmodel.Settings;
import dev.parallax.app.viewmodel.SettingsStore;
import dev.parallax.engine.align.ComparisonEngine;
import dev.parallax.engine.text.ArticleLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The reader window as the TestFX tests open it: a view model with in-memory settings (never the user's
 * preferences) and the standard engine, engine and styling work on the calling thread, the window on the stage
 * TestFX hands to {@code @Start}. Build it there with {@link #show}; then {@link #openSeeds}, {@link #open} and
 * {@link #waitForRenders} replace the waiting each test used to write for itself, and {@link #catchUncaught}
 * the handler each test that checks the FX thread stays clean used to install.
 */
final class ReaderFixture {

    static final Path SEEDS = Path.of("seeds");
    static final String LEFT = "000_aeb0b849679dcb8d.txt";
    static final String RIGHT = "002_865976831600feca.txt";

    final Settings settings = new Settings(SettingsStore.inMemory());
    final ReaderViewModel vm = new ReaderViewModel(new SameThreadTaskRunner(), settings,
            new FolderScanner(ArticleLoader.create()), s -> ComparisonEngine.builder().sensitivity(s).build());
    final MainWindow window = new MainWindow(vm, new SameThreadTaskRunner());

    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    private Thread.UncaughtExceptionHandler before;
    private boolean catching;

    private ReaderFixture() {
    }

    /** A new window on {@code stage}, its scene {@code width} x {@code height}, shown. Call it on the FX thread. */
    static ReaderFixture show(Stage stage, double width, double height) {
        ReaderFixture f = new ReaderFixture();
        stage.setScene(f.window.scene(width, height));
        stage.show();
        return f;
    }

    /** Opens the seeds folder with the seed pair on the left and right, and waits until the window shows it. */
    void openSeeds(FxRobot robot) {
        open(robot, SEEDS, SEEDS.resolve(LEFT), SEEDS.resolve(RIGHT));
        assertNotNull(vm.comparison(), "the seeds were compared");
        assertEquals(LEFT, vm.leftProperty().get().fileName());
        assertEquals(RIGHT, vm.rightProperty().get().fileName());
    }

    /**
     * Opens {@code folder} (the pair {@code left} / {@code right}, or the first two articles where null) and waits
     * until the window has shown its first comparison.
     */
    void open(FxRobot robot, Path folder, Path left, Path right) {
        int before = window.rendersProperty().get();
        robot.interact(() -> vm.openFolder(folder, left, right));
        waitForRenders(before + 1);
        assertNotNull(vm.comparison(), () -> folder + " was not compared: " + vm.statusProperty().get() + " "
                + vm.errorProperty().get());
    }

    /**
     * Waits until the window has shown at least {@code atLeast} comparisons (results arrive through the FX event
     * queue), then for the events that showing them queued.
     */
    void waitForRenders(int atLeast) {
        try {
            // a bound, not a pause: a book-length pair takes longer on a loaded machine
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> window.rendersProperty().get() >= atLeast);
        } catch (TimeoutException e) {
            throw new AssertionError("the comparison was never shown", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Presses {@code keys} together (a chord), releases them in reverse, and lets the events arrive. */
    static void key(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * The pane's first visible paragraph, read on the FX thread: reading it lays out the virtual flow, which
     * touches the scene graph, so from the test's thread it threw "Not on FX application thread" whenever a
     * layout was pending.
     */
    static int firstVisible(ArticlePane pane) {
        try {
            return WaitForAsyncUtils.asyncFx(pane::firstVisible).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Whether the line of {@code offset} stands inside the pane's viewport (measured on the FX thread). */
    static boolean onScreen(ArticlePane pane, int offset) {
        double y = lineFromTop(pane, offset);
        try {
            double height = WaitForAsyncUtils.asyncFx(() -> pane.area().getViewportHeight()).get(5, TimeUnit.SECONDS);
            return y >= 0 && y < height;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Collects what is thrown and not caught on the FX thread from now on, instead of the usual handler; call on
     * the FX thread (in {@code @Start}) and {@link #stopCatching} after the test.
     */
    List<Throwable> catchUncaught() {
        catching = true;
        before = Thread.currentThread().getUncaughtExceptionHandler();
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        return uncaught;
    }

    /** Puts back the FX thread's handler that {@link #catchUncaught} replaced, and stops collecting CSS warnings. */
    void stopCatching() {
        if (catching) {
            Thread.UncaughtExceptionHandler was = before;
            Platform.runLater(() -> Thread.currentThread().setUncaughtExceptionHandler(was));
        }
        CSS_LOG.removeHandler(css);
    }

    private static final java.util.logging.Logger CSS_LOG = java.util.logging.Logger.getLogger("javafx.css");
    private final List<String> cssWarnings = new CopyOnWriteArrayList<>();
    private final java.util.logging.Handler css = new java.util.logging.Handler() {
        @Override
        public void publish(java.util.logging.LogRecord r) {
            if (r.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
                cssWarnings.add(r.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    /**
     * Collects JavaFX's CSS warnings from now on (such as "Could not resolve '-px-conflict-line'", a colour that
     * did not reach a node when it was styled) until {@link #stopCatching}.
     */
    List<String> catchCssWarnings() {
        CSS_LOG.addHandler(css);
        return cssWarnings;
    }

    /** {@link ArticlePane#lineFromTop}, asked on the FX thread. */
    static double lineFromTop(ArticlePane pane, int offset) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> pane.lineFromTop(offset)).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
