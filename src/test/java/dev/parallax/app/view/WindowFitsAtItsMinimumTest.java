package dev.parallax.app.view;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.app.viewmodel.ReaderViewModel;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ToolBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window at its smallest size ({@link MainWindow#MIN_WIDTH} x {@link MainWindow#MIN_HEIGHT}, the least
 * the app lets a window manager make it) with the seeds open: every toolbar control is on screen (none folded
 * into the toolbar's overflow menu), both panes and the status bar lie inside the window and the panes show
 * more than a few lines.
 */
@ExtendWith(ApplicationExtension.class)
class WindowFitsAtItsMinimumTest {

    ReaderViewModel vm;
    MainWindow window;

    @Start
    void start(Stage stage) {
        ReaderFixture fx = ReaderFixture.show(stage, MainWindow.MIN_WIDTH, MainWindow.MIN_HEIGHT);
        vm = fx.vm;
        window = fx.window;
    }

    @Test
    void atTheMinimumSizeNothingIsCutOff(FxRobot robot) throws Exception {
        robot.interact(() -> vm.openFolder(Path.of("seeds"), Path.of("seeds/000_aeb0b849679dcb8d.txt"),
                Path.of("seeds/002_865976831600feca.txt")));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.rendersProperty().get() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        double w = window.root().getScene().getWidth();
        double h = window.root().getScene().getHeight();
        assertTrue(w <= MainWindow.MIN_WIDTH + 0.5 && h <= MainWindow.MIN_HEIGHT + 0.5, "the scene is at the minimum");
        ToolBar tb = (ToolBar) robot.lookup("#toolbar").query();
        Node overflow = tb.lookup(".tool-bar-overflow-button");
        assertTrue(overflow == null || !overflow.isVisible(), "no toolbar control is folded into the overflow menu");
        for (Node item : tb.getItems()) {
            assertNotNull(item.getScene(), item + " is in the window");
            Bounds b = item.localToScene(item.getLayoutBounds());
            assertTrue(item.isVisible() && b.getMinX() >= 0 && b.getMaxX() <= w + 0.5,
                    item + " lies inside the window (" + b + ", width " + w + ")");
        }
        for (Node n : new Node[] {window.pane(true), window.pane(false), robot.lookup("#status-bar").query(),
                robot.lookup("#legend").query()}) {
            Bounds b = n.localToScene(n.getLayoutBounds());
            assertTrue(b.getMaxX() <= w + 0.5 && b.getMaxY() <= h + 0.5, n.getId() + " lies inside the window: " + b);
        }
        Bounds right = window.pane(false).localToScene(window.pane(false).getLayoutBounds());
        assertTrue(right.getWidth() >= 250, "the right pane is wide enough to read: " + right.getWidth());
        double lines = window.pane(true).area().getViewportHeight() / 20;
        assertTrue(lines >= 10, "each pane shows at least ten lines, not three: " + lines);
    }
}
