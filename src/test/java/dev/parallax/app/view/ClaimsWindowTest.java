package dev.parallax.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.app.claims.ClaimsPane;
import dev.parallax.app.task.SameThreadTaskRunner;
import dev.parallax.app.viewmodel.FolderScanner;
import dev.parallax.app.viewmodel.ReaderViewModel;
import dev.parallax.app.viewmodel.Settings;
import dev.parallax.app.viewmodel.SettingsStore;
import dev.parallax.engine.align.ComparisonEngine;
import dev.parallax.engine.claims.EcbTopics;
import dev.parallax.engine.text.ArticleLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
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

    ReaderViewModel vm;
    MainWindow window;

    @Start
    void start(Stage stage) {
        vm = new ReaderViewModel(new SameThreadTaskRunner(), new Settings(SettingsStore.inMemory()),
                new FolderScanner(ArticleLoader.create()), s -> ComparisonEngine.builder().sensitivity(s).build());
        window = new MainWindow(vm, new SameThreadTaskRunner());
        stage.setScene(window.scene(1100, 700));
        stage.show();
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
        robot.interact(() -> vm.openFolder(folder, null, null));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.rendersProperty().get() > 0);
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.C)
                .release(javafx.scene.input.KeyCode.C, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                () -> window.claimsPane() != null && !window.claimsPane().rows().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        ClaimsPane pane = window.claimsPane();
        java.util.List<Throwable> fxErrors = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler((t, e) -> fxErrors.add(e)));
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
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.rendersProperty().get() > before
                && vm.selection() != null && vm.selection().passage().span().contains(expected.offset()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(expected.article().getFileName().toString(), vm.leftProperty().get().fileName());
        assertEquals(expected.main().getFileName().toString(), vm.rightProperty().get().fileName());
        assertTrue(vm.selection().passage().span().contains(expected.offset()), "the passage is selected");
        ArticlePane left = window.pane(true);
        ArticlePane right = window.pane(false);
        // the panes scroll in the pulses after the pair is laid out: wait for it, never for a fixed time
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onScreen(robot, left, expected.offset()));
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
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onScreen(robot, right, other));
        assertTrue(fxErrors.isEmpty(), "no exception on the FX thread: " + fxErrors);
    }

    /** Whether the line of {@code offset} stands inside the pane's viewport (measured on the FX thread). */
    private static boolean onScreen(FxRobot robot, ArticlePane pane, int offset) {
        boolean[] in = new boolean[1];
        robot.interact(() -> {
            double y = pane.lineFromTop(offset);
            in[0] = y >= 0 && y < pane.area().getViewportHeight();
        });
        return in[0];
    }
}
