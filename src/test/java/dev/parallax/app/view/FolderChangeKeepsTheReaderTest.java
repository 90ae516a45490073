package dev.parallax.app.view;

import static dev.parallax.app.view.ReaderFixture.LEFT;
import static dev.parallax.app.view.ReaderFixture.RIGHT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.app.viewmodel.ReaderViewModel;
import dev.parallax.engine.result.Comparison;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A file added to or removed from the open folder (the folder watcher then reads it again through
 * {@link ReaderViewModel#refresh}): the list still marks which articles are on the left and right, and the
 * status bar does not stay on "Reading folder…".
 */
@ExtendWith(ApplicationExtension.class)
class FolderChangeKeepsTheReaderTest {

    ReaderFixture fx;
    ReaderViewModel vm;
    MainWindow window;

    @Start
    void start(Stage stage) {
        fx = ReaderFixture.show(stage, 1240, 780);
        vm = fx.vm;
        window = fx.window;
    }

    /** The list row of a file (its id holds the file name, whose dot a CSS selector cannot take). */
    private static Node cell(FxRobot robot, String file) {
        return robot.lookup((Node n) -> ("article-" + file).equals(n.getId())).query();
    }

    private void assertMarks(FxRobot robot, String when) {
        WaitForAsyncUtils.waitForFxEvents();
        Node left = cell(robot, LEFT).lookup(".pick-left");
        Node right = cell(robot, RIGHT).lookup(".pick-right");
        assertNotNull(left);
        assertTrue(left.getStyleClass().contains("on"), "the L mark stays on the left article " + when);
        assertTrue(right.getStyleClass().contains("on"), "the R mark stays on the right article " + when);
        String status = vm.statusProperty().get();
        assertFalse(status.startsWith("Reading"), "the status bar moved on " + when + ": " + status);
    }

    @Test
    void addingAndRemovingAFileKeepsTheMarksAndTheStatusMovesOn(FxRobot robot, @TempDir Path dir) throws Exception {
        for (String f : new String[] {LEFT, RIGHT}) {
            Files.copy(Path.of("seeds", f), dir.resolve(f));
        }
        robot.interact(() -> vm.openFolder(dir, dir.resolve(LEFT), dir.resolve(RIGHT)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.rendersProperty().get() > 0);
        Comparison before = vm.comparison();
        assertMarks(robot, "after opening");

        Path added = dir.resolve("003_new.txt");
        Files.writeString(added, "A third report.\n\nIt says something else entirely about another day.\n");
        robot.interact(vm::refresh);
        assertEquals(3, vm.articles().size());
        assertMarks(robot, "after a file was added");
        assertEquals(before, vm.comparison(), "the pair did not change, so it is not compared again");

        Files.delete(added);
        robot.interact(vm::refresh);
        assertEquals(2, vm.articles().size());
        assertMarks(robot, "after a file was removed");
    }
}
