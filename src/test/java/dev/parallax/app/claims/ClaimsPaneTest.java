package dev.parallax.app.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.app.task.ExecutorTaskRunner;
import dev.parallax.engine.EngineFactory;
import dev.parallax.engine.claims.Claim;
import dev.parallax.engine.claims.ClaimsResult;
import dev.parallax.engine.claims.EcbTopics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The claims pane alone, headless, on six real reports of Apple's MacBook Pro launch (ECB+ topic 40). */
@ExtendWith(ApplicationExtension.class)
class ClaimsPaneTest {

    @TempDir
    Path dir;

    ClaimsPane pane;
    final ExecutorTaskRunner runner = new ExecutorTaskRunner("claims-test", 1);

    @Start
    void start(Stage stage) {
        pane = new ClaimsPane(runner);
        stage.setScene(new Scene(pane, 1200, 760));
        stage.show();
    }

    /** The first six articles of the topic. */
    static Path sixReports(Path dir) throws IOException {
        Path all = EcbTopics.folder("40", dir.resolve("all"));
        Path six = Files.createDirectories(dir.resolve("six"));
        try (Stream<Path> s = Files.list(all)) {
            for (Path p : s.sorted().limit(6).toList()) {
                Files.copy(p, six.resolve(p.getFileName()));
            }
        }
        return six;
    }

    private ClaimsResult build(FxRobot robot, Path folder) throws Exception {
        robot.interact(() -> pane.build(folder, EngineFactory.defaults().claims()));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !pane.task().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(pane.result(), "the claims were built");
        return pane.result();
    }

    @Test
    void rowsAreClaimsAndColumnsAreArticles(FxRobot robot) throws Exception {
        ClaimsResult r = build(robot, sixReports(dir));
        assertEquals(6, pane.articles().size());
        assertEquals(2 + 6, pane.table().getColumns().size(), "claim, sources, one per article");
        assertEquals(r.claims().size(), pane.rows().size());
        assertTrue(pane.rows().size() >= 5, "claims: " + pane.rows().size());
        // the header names each article by headline; the first row carries the most sources
        for (int i = 0; i < 6; i++) {
            TableColumn<?, ?> col = pane.table().getColumns().get(2 + i);
            String headline = ((Label) ((javafx.scene.layout.VBox) col.getGraphic()).getChildren().get(0)).getText();
            assertEquals(r.documents().get(i).article().title(), headline);
        }
        Claim top = pane.rows().get(0).claim();
        assertEquals(r.claims().stream().mapToInt(Claim::sources).max().orElseThrow(), top.sources());
        // the cells shown: = where an article carries the claim, blank where it does not
        List<String> shown = robot.lookup(".claims-cell").queryAll().stream()
                .map(n -> ((TableCell<?, ?>) n).getText()).filter(t -> t != null).toList();
        assertTrue(shown.contains("="), shown.toString());
        assertTrue(shown.contains(""), shown.toString());
        int carriers = 0;
        for (int i = 0; i < 6; i++) {
            carriers += ClaimsPane.cellText(top, i).isEmpty() ? 0 : 1;
        }
        assertEquals(top.sources(), carriers);
        assertTrue(robot.lookup("#claims-status").queryAs(Label.class).getText().startsWith("6 articles, 0 skipped"));
    }

    @Test
    void filtersAndSearchNarrowTheRows(FxRobot robot) throws Exception {
        build(robot, sixReports(dir));
        int all = pane.rows().size();
        robot.interact(() -> pane.minSourcesSpinner().getValueFactory().setValue(3));
        List<ClaimsPane.Row> three = pane.rows();
        assertTrue(three.size() < all && !three.isEmpty(), three.size() + " of " + all);
        assertTrue(three.stream().allMatch(r -> r.claim().sources() >= 3));
        robot.interact(() -> pane.minSourcesSpinner().getValueFactory().setValue(2));
        robot.interact(() -> pane.contestedBox().setSelected(true));
        assertTrue(pane.rows().stream().allMatch(r -> r.claim().contested()));
        assertTrue(pane.rows().size() < all);
        robot.interact(() -> pane.contestedBox().setSelected(false));
        robot.clickOn("#claims-search").write("MacBook");
        WaitForAsyncUtils.waitForFxEvents();
        List<ClaimsPane.Row> found = pane.rows();
        assertFalse(found.isEmpty());
        assertTrue(found.size() < all);
        for (ClaimsPane.Row row : found) {
            boolean any = row.text().toLowerCase(Locale.ROOT).contains("macbook");
            for (int i = 0; i < 6 && !any; i++) {
                any = !row.claim().passagesOf(i).isEmpty() && robotText(row, i).contains("macbook");
            }
            assertTrue(any, row.text());
        }
        robot.interact(() -> pane.sortBox().setValue(ClaimsPane.Sort.CONTESTED));
        robot.interact(() -> pane.searchField().clear());
        List<ClaimsPane.Row> byContested = pane.rows();
        boolean seenUncontested = false;
        for (ClaimsPane.Row row : byContested) {
            assertFalse(seenUncontested && row.claim().contested(), "contested claims come first");
            seenUncontested |= !row.claim().contested();
        }
    }

    private String robotText(ClaimsPane.Row row, int article) {
        var a = pane.articles().get(article).article();
        return a.sentences().get(row.claim().passagesOf(article).get(0).sentence()).of(a.text())
                .toLowerCase(Locale.ROOT);
    }

    @Test
    void cancelStopsTheBuildAndSaysSo(FxRobot robot) throws Exception {
        Path folder = EcbTopics.folder("40", dir.resolve("all"));
        robot.interact(() -> pane.build(folder, EngineFactory.defaults().claims()));
        robot.interact(() -> robot.lookup("#claims-cancel").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(pane.task().runningProperty().get(), "stopped at once");
        assertEquals(null, pane.result(), "no claims from the cancelled build");
        assertTrue(robot.lookup("#claims-status").queryAs(Label.class).getText().startsWith("Cancelled"));
    }
}
