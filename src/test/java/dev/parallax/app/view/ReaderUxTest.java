package dev.parallax.app.view;

import static dev.parallax.app.view.ReaderFixture.LEFT;
import static dev.parallax.app.view.ReaderFixture.RIGHT;
import static dev.parallax.app.view.ReaderFixture.SEEDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.app.viewmodel.Dates;
import dev.parallax.app.viewmodel.ReaderViewModel;
import dev.parallax.app.viewmodel.Side;
import dev.parallax.engine.result.Comparison;
import dev.parallax.engine.result.Kind;
import dev.parallax.engine.result.Passage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Finding words, the help, opening two files, the focused pane, the details of a passage only one source has,
 * the sidebar's divider and the overview's Esc: driven as a user would, headless (Monocle).
 */
@ExtendWith(ApplicationExtension.class)
class ReaderUxTest {

    ReaderFixture fx;
    ReaderViewModel vm;
    MainWindow window;

    @Start
    void start(Stage stage) {
        fx = ReaderFixture.show(stage, 1500, 860);
        vm = fx.vm;
        window = fx.window;
    }

    @Test
    void ctrlFFindsInBothPanesAndEnterAndF3StepThroughTheMatches(FxRobot robot) {
        fx.openSeeds(robot);
        robot.clickOn("#left-text");
        ReaderFixture.key(robot, KeyCode.CONTROL, KeyCode.F);
        FindBar bar = window.findBar();
        assertTrue(bar.isVisible(), "Ctrl+F opens the find bar");
        robot.write("deliver justice");
        WaitForAsyncUtils.waitForFxEvents();
        List<FindBar.Match> m = bar.matches();
        assertEquals(List.of(Side.LEFT, Side.RIGHT), m.stream().map(FindBar.Match::side).toList(),
                "once in each article: " + m);
        ArticlePane left = window.pane(true);
        ArticlePane right = window.pane(false);
        int l = m.get(0).span().start();
        int r = m.get(1).span().start();
        assertEquals("deliver justice", left.area().getText().substring(l, l + 15));
        assertTrue(left.hasClass(l, "find-match") && left.hasClass(l, "find-current"), "the first is current");
        assertTrue(right.hasClass(r, "find-match") && !right.hasClass(r, "find-current"));
        assertEquals("1 of 2  (1 left, 1 right)", robot.lookup("#find-count").queryAs(Label.class).getText());

        ReaderFixture.key(robot, KeyCode.ENTER);
        assertEquals(m.get(1), bar.current(), "Enter: the next match, in the right article");
        assertTrue(right.hasClass(r, "find-current") && !left.hasClass(l, "find-current"));
        assertTrue(right.isVisible(r), "scrolled to it");

        ReaderFixture.key(robot, KeyCode.SHIFT, KeyCode.ENTER);
        assertEquals(m.get(0), bar.current(), "Shift+Enter: back");
        ReaderFixture.key(robot, KeyCode.F3);
        assertEquals(m.get(1), bar.current(), "F3: next");
        ReaderFixture.key(robot, KeyCode.F3);
        assertEquals(m.get(0), bar.current(), "and round again");

        robot.eraseText(15).write("no such words anywhere");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("no matches", robot.lookup("#find-count").queryAs(Label.class).getText());
        assertFalse(left.hasClass(l, "find-match"), "old highlights removed");

        ReaderFixture.key(robot, KeyCode.ESCAPE);
        assertFalse(bar.isVisible(), "Esc closes it");
        assertTrue(vm.comparison() != null && !vm.busyProperty().get());
    }

    @Test
    void theHelpMenuListsTheKeysAndSaysWhatParallaxIs(FxRobot robot) {
        fx.openSeeds(robot);
        robot.clickOn("#menu-help");
        robot.clickOn("Keys");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextArea keys = robot.lookup("#keys-text").queryAs(javafx.scene.control.TextArea.class);
        String text = keys.getText();
        for (String k : List.of("F7", "Find in both", "Next conflict", "Swap sides", "F3", "Esc")) {
            assertTrue(text.contains(k), k + " in\n" + text);
        }
        robot.interact(() -> ((Stage) keys.getScene().getWindow()).close());
        robot.clickOn("#menu-help");
        robot.clickOn("#menu-about");
        WaitForAsyncUtils.waitForFxEvents();
        boolean about = Window.getWindows().stream().anyMatch(w -> w instanceof Stage s && "About Parallax".equals(s.getTitle()));
        assertTrue(about, "an About window");
        robot.interact(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s
                && "About Parallax".equals(s.getTitle())).toList().forEach(Window::hide));
    }

    @Test
    void twoFilesOpenAsThePairAndFilesFromTwoFoldersAreRefused(FxRobot robot, @TempDir Path dir) throws Exception {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        Files.copy(SEEDS.resolve(LEFT), a.resolve(LEFT));
        Files.copy(SEEDS.resolve(RIGHT), a.resolve(RIGHT));
        Files.copy(SEEDS.resolve(RIGHT), b.resolve(RIGHT));
        robot.interact(() -> window.openFiles(List.of(a.resolve(RIGHT), a.resolve(LEFT))));
        fx.waitForRenders(1);
        assertEquals(RIGHT, vm.leftProperty().get().fileName(), "the first file on the left");
        assertEquals(LEFT, vm.rightProperty().get().fileName());
        robot.interact(() -> window.openFiles(List.of(a.resolve(LEFT), b.resolve(RIGHT))));
        assertTrue(vm.errorProperty().get().contains("same folder"), vm.errorProperty().get());
        assertEquals(RIGHT, vm.leftProperty().get().fileName(), "nothing changed");
    }

    @Test
    void theFocusedPaneIsMarkedAndAPassageWithoutCounterpartSaysSo(FxRobot robot) throws Exception {
        fx.openSeeds(robot);
        ArticlePane left = window.pane(true);
        ArticlePane right = window.pane(false);
        assertNotNull(vm.selection().link(), "the first conflict is in the panel");
        Comparison c = vm.comparison();
        Passage unique = c.rightPassages().stream()
                .filter(p -> p.kind() == Kind.UNIQUE && !p.furniture() && p.span().length() > 40)
                .findFirst().orElseThrow();
        robot.interact(() -> right.scrollTo(unique.start(), 60));
        WaitForAsyncUtils.waitForFxEvents();
        var bounds = WaitForAsyncUtils.asyncFx(() -> right.area().getCharacterBoundsOnScreen(unique.start() + 3,
                unique.start() + 4)).get(5, TimeUnit.SECONDS).orElseThrow();
        robot.clickOn(new javafx.geometry.Point2D(bounds.getCenterX(), bounds.getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(right.getStyleClass().contains("active"), "the clicked pane is marked");
        assertFalse(left.getStyleClass().contains("active"));
        assertNull(vm.selection().link());
        Label heading = robot.lookup(".details-heading").queryAs(Label.class);
        assertTrue(heading.getText().contains("Only in this source (the right)"), heading.getText());
        javafx.scene.text.TextFlow leftFlow = (javafx.scene.text.TextFlow) robot.lookup(".details-passage").queryAll()
                .iterator().next();
        assertTrue(leftFlow.getChildren().isEmpty(), "the previous pair is gone from the panel");

        robot.clickOn("#left-text");
        assertTrue(left.getStyleClass().contains("active"));
        assertFalse(right.getStyleClass().contains("active"));
    }

    @Test
    void theSidebarCanBeWidenedAndShowsTheWordCount(FxRobot robot) {
        fx.openSeeds(robot);
        SplitPane split = robot.lookup("#body-split").queryAs(SplitPane.class);
        Node sidebar = robot.lookup("#sidebar").query();
        double before = sidebar.getLayoutBounds().getWidth();
        assertEquals(300, before, 30, "opens at its preferred width");
        Node divider = split.lookupAll(".split-pane-divider").stream().filter(n -> n.getParent() == split)
                .findFirst().orElseThrow();
        robot.drag(divider).moveBy(120, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        double after = sidebar.getLayoutBounds().getWidth();
        assertTrue(after > before + 80, before + " -> " + after);

        Node cell = robot.lookup((Node n) -> ("article-" + RIGHT).equals(n.getId())).query();
        Label words = robot.from(cell).lookup(".article-meta").match((Label x) -> x.getText().endsWith("words"))
                .queryAs(Label.class);
        Bounds w = words.localToScene(words.getLayoutBounds());
        Bounds cb = cell.localToScene(cell.getLayoutBounds());
        assertTrue(w.getMaxX() <= cb.getMaxX(), "the word count is inside its row");
        assertTrue(words.getText().matches("[\\d,]+ words"), words.getText());
        Label text = words;
        assertEquals(text.getText(), ((javafx.scene.text.Text) text.lookup(".text")).getText(), "not cut");
    }

    @Test
    void escClosesTheOverview(FxRobot robot) {
        fx.openSeeds(robot);
        robot.interact(() -> window.showOverview());
        WaitForAsyncUtils.waitForFxEvents();
        Stage overview = (Stage) window.overviewPane().getScene().getWindow();
        assertTrue(overview.isShowing());
        robot.interact(overview::requestFocus);
        robot.clickOn(window.overviewPane());
        ReaderFixture.key(robot, KeyCode.ESCAPE);
        assertFalse(overview.isShowing(), "Esc closed it");
    }

    @Test
    void datesReadAsDates() {
        assertEquals("24 Nov 2015, 17:12", Dates.readable("2015-11-24T17:12:00Z"));
        assertEquals("24 Nov 2015, 17:12", Dates.readable("2015-11-24T17:12:00-05:00"));
        assertEquals("24 Nov 2015", Dates.readable("2015-11-24"));
        assertEquals("Tuesday", Dates.readable(" Tuesday "));
    }
}
