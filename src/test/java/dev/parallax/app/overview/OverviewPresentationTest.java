package dev.parallax.app.overview;

import dev.parallax.app.viewmodel.FolderScanner;
import dev.parallax.app.viewmodel.OverviewViewModel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.engine.EngineFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What the overview shows a reader: names on the axes in the list's order, plain words, every column in view. */
@ExtendWith(ApplicationExtension.class)
class OverviewPresentationTest {

    static final Path PAIRS = Path.of("src/test/resources/eval/wikinews-rewrites/pairs");

    @TempDir
    Path dir;

    OverviewPane pane;
    OverviewViewModel vm;

    @Start
    void start(Stage stage) {
        vm = new OverviewViewModel(new dev.parallax.app.task.SameThreadTaskRunner());
        pane = new OverviewPane(vm);
        stage.setScene(new Scene(pane, 980, 720)); // the size the reader opens it at
        stage.show();
    }

    /** Three stories, named so that a case-sensitive sort and the reader's list disagree. */
    private Path folder() throws IOException {
        Path folder = dir.resolve("folder");
        Files.createDirectories(folder);
        List<Path> dirs;
        try (var s = Files.list(PAIRS)) {
            dirs = s.sorted().limit(3).toList();
        }
        String[] names = {"beta", "Alpha", "gamma"};
        for (int n = 0; n < dirs.size(); n++) {
            Files.copy(dirs.get(n).resolve("left.txt"), folder.resolve(names[n] + "-original.txt"));
            Files.copy(dirs.get(n).resolve("right.txt"), folder.resolve(names[n] + "-rewrite.txt"));
        }
        return folder;
    }

    @Test
    void theAxesNameTheArticlesInTheReadersListOrderAndTheWordsArePlain(FxRobot robot) throws Exception {
        Path folder = folder();
        WaitForAsyncUtils.asyncFx(() -> vm.scan(folder, listed(folder), EngineFactory.defaults()))
                .get(60, TimeUnit.SECONDS); // the same-thread runner: the scan has ended when scan returns
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm.completeProperty().get());

        assertEquals(List.of("Alpha-original", "Alpha-rewrite", "beta-original", "beta-rewrite", "gamma-original",
                "gamma-rewrite"), pane.axisNames(), "named, in the list's order (ignoring case)");
        assertTrue(pane.statusText().startsWith("6 articles, 0 skipped;"), pane.statusText());
        assertFalse(pane.statusText().contains("aligned"), pane.statusText());

        // hovering: every cell in words, the diagonal by name; never "candidate"
        Node matrix = robot.lookup("#overview-matrix").query();
        for (String[] pair : new String[][] {{"Alpha-original.txt", "gamma-rewrite.txt"},
                {"Alpha-original.txt", "Alpha-rewrite.txt"}}) {
            robot.moveTo(matrix.localToScreen(pane.cellCenter(pair[0], pair[1])));
            WaitForAsyncUtils.waitForFxEvents();
            String hover = robot.lookup("#overview-hover").queryAs(Label.class).getText();
            assertTrue(hover.startsWith(pair[0] + "  ×  " + pair[1] + ": "), hover);
            assertFalse(hover.contains("candidate"), hover);
        }

        // the hint wraps instead of being cut
        Label hint = robot.lookup("#overview-hint").queryAs(Label.class);
        assertTrue(hint.isWrapText());
        Node shown = hint.lookup(".text");
        assertEquals(hint.getText(), ((javafx.scene.text.Text) shown).getText(), "the whole hint is drawn");

        // the Likely source column is inside the table, not scrolled off to the right
        robot.interact(() -> pane.select("Alpha-original.txt"));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#overview-list").queryAs(TableView.class);
        Node header = robot.from(table).lookup(".column-header")
                .match((Node n) -> n.getId() != null && n.getId().equals("overview-likely-source")).query();
        Bounds h = header.localToScene(header.getLayoutBounds());
        Bounds t = table.localToScene(table.getLayoutBounds());
        assertTrue(h.getMaxX() <= t.getMaxX() + 1 && h.getMinX() >= t.getMinX(), h + " within " + t);
    }

    /** The folder as the reader lists and reads it. */
    static java.util.List<dev.parallax.app.viewmodel.ArticleEntry> listed(Path folder) throws IOException {
        return new FolderScanner(dev.parallax.engine.text.ArticleLoader.create()).scan(folder);
    }
}
