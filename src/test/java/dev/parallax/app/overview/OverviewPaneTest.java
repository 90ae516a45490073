package dev.parallax.app.overview;

import dev.parallax.app.viewmodel.FolderScanner;
import dev.parallax.app.viewmodel.OverviewViewModel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.engine.align.ComparisonEngine;
import dev.parallax.engine.align.ProgressListener;
import dev.parallax.engine.corpus.Document;
import dev.parallax.engine.corpus.FolderScan;
import dev.parallax.engine.corpus.PairScore;
import dev.parallax.engine.corpus.Scan;
import dev.parallax.engine.corpus.ScanResult;
import dev.parallax.engine.text.ArticleLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The overview pane alone, headless, on real Wikinews articles. */
@ExtendWith(ApplicationExtension.class)
class OverviewPaneTest {

    static final Path PAIRS = Path.of("src/test/resources/eval/wikinews-rewrites/pairs");

    @TempDir
    Path dir;

    OverviewPane pane;
    OverviewViewModel vm;
    final List<Path[]> opened = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        vm = new OverviewViewModel(new dev.parallax.app.task.ExecutorTaskRunner("overview-test", 1));
        pane = new OverviewPane(vm);
        pane.setOnOpenPair((a, b) -> opened.add(new Path[] {a, b}));
        stage.setScene(new Scene(pane, 1200, 800));
        stage.show();
    }

    /** {@code stories} Wikinews stories as original/rewrite files in a folder of the temp dir. */
    private Path folder(int stories) throws IOException {
        Path folder = dir.resolve("folder");
        Files.createDirectories(folder);
        List<Path> dirs;
        try (Stream<Path> s = Files.list(PAIRS)) {
            dirs = s.sorted().limit(stories).toList();
        }
        for (int n = 0; n < dirs.size(); n++) {
            Files.copy(dirs.get(n).resolve("left.txt"), folder.resolve(String.format("s%03d-a.txt", n)));
            Files.copy(dirs.get(n).resolve("right.txt"), folder.resolve(String.format("s%03d-b.txt", n)));
        }
        return folder;
    }

    private static javafx.scene.Node firstRow(FxRobot robot) {
        return robot.lookup("#overview-list .table-row-cell")
                .match((javafx.scene.control.TableRow<?> r) -> r.getIndex() == 0 && r.getItem() != null).query();
    }

    /** Waits until the scan has ended (its job no longer runs), then for the events that ending queued. */
    private void finished() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !vm.task().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void pairsAddedOneByOneFillTheMatrixAndTheListAndAClickOpensThePair(FxRobot robot) throws Exception {
        Path folder = folder(3);
        List<Document> docs = new ArrayList<>();
        for (Path f : FolderScan.articleFiles(folder)) {
            docs.add(new Document(FolderScan.idOf(folder, f), ArticleLoader.create().load(f)));
        }
        ComparisonEngine engine = ComparisonEngine.standard();
        PairScore story0 = Scan.score(engine, docs.get(0), docs.get(1), 0.5, ProgressListener.NONE);
        PairScore across = Scan.score(engine, docs.get(0), docs.get(3), 0.05, ProgressListener.NONE);
        PairScore story1 = Scan.score(engine, docs.get(2), docs.get(3), 0.5, ProgressListener.NONE);

        robot.interact(() -> {
            pane.setDocuments(folder, docs);
            pane.addPair(across);
            pane.select("s000-a.txt");
        });
        assertEquals(1, pane.counterparts().size());
        robot.interact(() -> pane.addPair(story0));
        robot.interact(() -> pane.addPair(story1));
        assertEquals(3, pane.pairCount());
        List<OverviewPane.Counterpart> list = pane.counterparts();
        assertEquals(List.of("s000-b.txt", "s001-b.txt"), list.stream().map(OverviewPane.Counterpart::id).toList(),
                "the rewrite ranks above the other story");
        TableView<?> table = robot.lookup("#overview-list").queryAs(TableView.class);
        assertEquals(2, table.getItems().size());

        // a click on the cell (row s001-a, column s001-b) selects the row's article and opens the pair
        Canvas matrix = robot.lookup("#overview-matrix").queryAs(Canvas.class);
        Point2D cell = pane.cellCenter("s001-a.txt", "s001-b.txt");
        robot.clickOn(matrix.localToScreen(cell));
        assertEquals(1, opened.size());
        assertEquals(folder.resolve("s001-a.txt"), opened.get(0)[0]);
        assertEquals(folder.resolve("s001-b.txt"), opened.get(0)[1]);
        assertEquals("s001-b.txt", pane.counterparts().get(0).id());

        // a click on a cell without a pair opens nothing
        robot.clickOn(matrix.localToScreen(pane.cellCenter("s001-a.txt", "s002-b.txt")));
        assertEquals(1, opened.size());

        // a click on the first row of the list opens that pair
        robot.interact(() -> pane.select("s000-a.txt"));
        robot.clickOn(firstRow(robot));
        assertEquals(2, opened.size());
        assertEquals(folder.resolve("s000-a.txt"), opened.get(1)[0]);
        assertEquals(folder.resolve("s000-b.txt"), opened.get(1)[1]);
    }

    @Test
    void aBackgroundScanFillsTheOverviewAndReportsWhenDone(FxRobot robot) throws Exception {
        Path folder = folder(12);
        robot.interact(() -> vm.scan(folder, listed(folder), dev.parallax.engine.EngineFactory.defaults()));
        finished();
        ScanResult r = vm.result();
        assertNotNull(r, "the scan succeeded: " + pane.statusText());
        assertEquals(24, pane.documents().size());
        assertEquals(r.pairs().size(), pane.pairCount());
        assertTrue(pane.statusText().startsWith("24 articles, 0 skipped;"), pane.statusText());
        assertFalse(robot.lookup("#overview-progress").query().isVisible());
        assertTrue(robot.lookup("#overview-cancel").queryButton().isDisabled());

        robot.interact(() -> pane.select("s005-a.txt"));
        assertEquals("s005-b.txt", pane.counterparts().get(0).id(), "its rewrite comes first");
        robot.clickOn(firstRow(robot));
        assertEquals(1, opened.size());
        assertTrue(Files.isRegularFile(opened.get(0)[0]) && Files.isRegularFile(opened.get(0)[1]));
    }

    @Test
    void cancelStopsTheScanAndSaysSo(FxRobot robot) throws Exception {
        Path folder = folder(100);
        robot.interact(() -> vm.scan(folder, listed(folder), dev.parallax.engine.EngineFactory.defaults()));
        javafx.scene.control.Button cancel = robot.lookup("#overview-cancel").queryButton();
        assertFalse(cancel.isDisabled());
        // fired at once, not clicked: moving the mouse there took long enough for a fast machine to finish
        // the 200 articles first, and the test then failed on a scan that was simply done
        robot.interact(cancel::fire);
        finished();
        assertEquals(null, vm.result(), "cancelled, not finished");
        assertFalse(vm.completeProperty().get());
        assertTrue(pane.statusText().startsWith("Scan cancelled"), pane.statusText());
        assertTrue(robot.lookup("#overview-cancel").queryButton().isDisabled());
    }

    /** The folder as the reader lists and reads it. */
    static java.util.List<dev.parallax.app.viewmodel.ArticleEntry> listed(Path folder) throws IOException {
        return new FolderScanner(dev.parallax.engine.text.ArticleLoader.create()).scan(folder);
    }
}
