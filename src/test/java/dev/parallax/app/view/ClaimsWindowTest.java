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

/** View > Claims table… in the reader window: a click on a cell opens that pair with the passage selected. */
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
        stage.setScene(window.scene(1240, 780));
        stage.show();
    }

    @Test
    void aClickOnACellOpensThatPairAtThePassage(FxRobot robot) throws Exception {
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
        // a cell of the first row whose article is not the main wording's
        ClaimsPane.Row row = pane.rows().get(0);
        TableCell<?, ?> target = null;
        int article = -1;
        for (javafx.scene.Node n : robot.lookup(".claims-cell").queryAll()) {
            TableCell<?, ?> c = (TableCell<?, ?>) n;
            if (c.getTableRow() != null && c.getTableRow().getItem() == row && "=".equals(c.getText())) {
                int i = Integer.parseInt(c.getTableColumn().getId().substring("claims-col-".length()));
                if (i != row.claim().main().article()) {
                    target = c;
                    article = i;
                    break;
                }
            }
        }
        assertNotNull(target, "a carrying cell besides the main wording's");
        ClaimsPane.Open expected = pane.openRequest(row, article);
        int before = window.rendersProperty().get();
        robot.clickOn(target);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.rendersProperty().get() > before
                && vm.selection() != null && vm.selection().passage().span().contains(expected.offset()));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS); // a few pulses: the pane lays out its scroll
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(expected.article().getFileName().toString(), vm.leftProperty().get().fileName());
        assertEquals(expected.main().getFileName().toString(), vm.rightProperty().get().fileName());
        assertTrue(vm.selection().passage().span().contains(expected.offset()), "the passage is selected");
    }
}
