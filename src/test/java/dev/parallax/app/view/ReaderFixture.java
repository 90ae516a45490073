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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The reader window as the TestFX tests open it: a view model with in-memory settings (never the user's
 * preferences) and the standard engine, engine and styling work on the calling thread, the window on the stage
 * TestFX hands to {@code @Start}. Build it there with {@link #show}; then {@link #openSeeds} and
 * {@link #waitForRenders} replace the waiting each test used to write for itself.
 */
final class ReaderFixture {

    static final Path SEEDS = Path.of("seeds");
    static final String LEFT = "000_aeb0b849679dcb8d.txt";
    static final String RIGHT = "002_865976831600feca.txt";

    final Settings settings = new Settings(SettingsStore.inMemory());
    final ReaderViewModel vm = new ReaderViewModel(new SameThreadTaskRunner(), settings,
            new FolderScanner(ArticleLoader.create()), s -> ComparisonEngine.builder().sensitivity(s).build());
    final MainWindow window = new MainWindow(vm, new SameThreadTaskRunner());

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
        robot.interact(() -> vm.openFolder(SEEDS, SEEDS.resolve(LEFT), SEEDS.resolve(RIGHT)));
        waitForRenders(1);
        assertNotNull(vm.comparison(), "the seeds were compared");
        assertEquals(LEFT, vm.leftProperty().get().fileName());
        assertEquals(RIGHT, vm.rightProperty().get().fileName());
    }

    /**
     * Waits until the window has shown at least {@code atLeast} comparisons (results arrive through the FX event
     * queue), then for the events that showing them queued.
     */
    void waitForRenders(int atLeast) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.rendersProperty().get() >= atLeast);
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

    /** {@link ArticlePane#lineFromTop}, asked on the FX thread. */
    static double lineFromTop(ArticlePane pane, int offset) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> pane.lineFromTop(offset)).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
