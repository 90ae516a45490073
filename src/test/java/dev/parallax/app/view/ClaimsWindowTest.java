package dev.parallax.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.app.claims.ClaimsPane;
import dev.parallax.app.viewmodel.ReaderViewModel;
import dev.parallax.engine.claims.EcbTopics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View > Claims table… in the reader window: a click on a cell opens that pair, the passage selected and in view. */
@ExtendWith(ApplicationExtension.class)
class ClaimsWindowTest {

    @TempDir
    Path dir;

    ReaderFixture fx;
    ReaderViewModel vm;
    MainWindow window;
    List<Throwable> fxErrors;

    @Start
    void start(Stage stage) {
        fx = ReaderFixture.show(stage, 1100, 700);
        vm = fx.vm;
        window = fx.window;
        fxErrors = fx.catchUncaught();
    }

    @AfterEach
    void restore() {
        fx.stopCatching();
    }

    @Test
    void aClickOnACellOpensThatPairWithThePassageSelectedAndScrolledIntoBothPanes(FxRobot robot) throws Exception {
        Path all = EcbTopics.folder("40", dir.resolve("all"));
        Path folder = Files.createDirectories(dir.resolve("six"));
        try (Stream<Path> s = Files.list(all)) {
            for (Path p : s.sorted().limit(6).toList()) {
                Files.copy(p, folder.resolve(p.getFileName()));
            }
        }
        fx.open(robot, folder, null, null);
        ReaderFixture.key(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                () -> window.claimsPane() != null && !window.claimsPane().rows().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        ClaimsPane pane = window.claimsPane();
        // of the cells that carry a claim besides its main wording, the one whose passage is farthest down its
        // article: far below the first screenful, so an unscrolled pane would not show it
        ClaimsPane.Row row = null;
        int article = -1;
        int farthest = -1;
        for (ClaimsPane.Row r : pane.rows()) {
            for (int i = 0; i < pane.articles().size(); i++) {
                ClaimsPane.Open o = pane.openRequest(r, i);
                if (i != r.claim().main().article() && o != null && o.offset() > farthest) {
                    row = r;
                    article = i;
                    farthest = o.offset();
                }
            }
        }
        ClaimsPane.Row chosen = row;
        int column = article;
        robot.interact(() -> {
            pane.table().scrollTo(chosen);
            pane.table().scrollToColumn(pane.table().getColumns().get(column + 2));
        });
        WaitForAsyncUtils.waitForFxEvents();
        TableCell<?, ?> target = null;
        for (javafx.scene.Node n : robot.lookup(".claims-cell").queryAll()) {
            TableCell<?, ?> c = (TableCell<?, ?>) n;
            if (c.getTableRow() != null && c.getTableRow().getItem() == chosen
                    && ("claims-col-" + column).equals(c.getTableColumn().getId())) {
                target = c;
            }
        }
        assertNotNull(target, "a carrying cell besides the main wording's");
        ClaimsPane.Open expected = pane.openRequest(row, article);
        int length = pane.articles().get(article).article().text().length();
        assertTrue(expected.offset() > length / 4, "the passage is well down its article: "
                + expected.offset() + " of " + length);
        int before = window.rendersProperty().get();
        robot.clickOn(target);
        fx.waitForRenders(before + 1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.selection() != null
                && vm.selection().passage().span().contains(expected.offset()));
        assertEquals(expected.article().getFileName().toString(), vm.leftProperty().get().fileName());
        assertEquals(expected.main().getFileName().toString(), vm.rightProperty().get().fileName());
        assertTrue(vm.selection().passage().span().contains(expected.offset()), "the passage is selected");
        ArticlePane left = window.pane(true);
        ArticlePane right = window.pane(false);
        // the panes scroll in the pulses after the pair is laid out: wait for it, never for a fixed time
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ReaderFixture.onScreen(left, expected.offset()));
        int[][] range = new int[1][];
        robot.interact(() -> range[0] = left.visibleRange());
        int[] view = range[0];
        assertTrue(view[0] > 0, "the left pane scrolled down from the top: " + java.util.Arrays.toString(view));
        assertTrue(view[1] - view[0] < expected.offset(), "a screenful holds less text than precedes the passage,"
                + " so the pane at its top would not show it: " + java.util.Arrays.toString(view));
        assertTrue(view[0] <= expected.offset() && expected.offset() < view[1],
                "the passage's start is inside the left viewport " + java.util.Arrays.toString(view));
        ReaderViewModel.Selection s = vm.selection();
        int other = s.counterpart() != null ? s.counterpart().start() : expected.mainOffset();
        // the counterpart (or the main wording) is on screen in the right pane
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ReaderFixture.onScreen(right, other));
        assertTrue(fxErrors.isEmpty(), "no exception on the FX thread: " + fxErrors);
    }
}
