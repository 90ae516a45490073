package dev.parallax.app.view;

import static dev.parallax.app.view.ReaderFixture.LEFT;
import static dev.parallax.app.view.ReaderFixture.RIGHT;
import static dev.parallax.app.view.ReaderFixture.SEEDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.app.task.SameThreadTaskRunner;
import dev.parallax.app.viewmodel.ArticleEntry;
import dev.parallax.app.viewmodel.FolderScanner;
import dev.parallax.app.viewmodel.ReaderViewModel;
import dev.parallax.app.viewmodel.Settings;
import dev.parallax.app.viewmodel.SettingsStore;
import dev.parallax.engine.align.ComparisonEngine;
import dev.parallax.engine.result.Comparison;
import dev.parallax.engine.result.DifferenceType;
import dev.parallax.engine.result.Kind;
import dev.parallax.engine.result.Passage;
import dev.parallax.engine.text.ArticleLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.event.Event;
import javafx.scene.input.ScrollEvent;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the reader window as a user would, headless (Monocle). Engine work runs on the same thread, so each
 * action has finished when it returns; settings live in memory, never in the user's preferences.
 */
@ExtendWith(ApplicationExtension.class)
class ReaderWindowTest {

    ReaderFixture fx;
    ReaderViewModel vm;
    MainWindow window;
    Settings settings;

    @Start
    void start(Stage stage) {
        fx = ReaderFixture.show(stage, 1240, 780);
        vm = fx.vm;
        window = fx.window;
        settings = fx.settings;
    }

    private void openSeeds(FxRobot robot) {
        fx.openSeeds(robot);
    }

    /** Waits until the window shows a comparison (task results arrive through the FX event queue). */
    private void waitUntilShown() {
        fx.waitForRenders(1);
    }

    private static Point2D centerOf(ArticlePane pane, int offset) throws Exception {
        Optional<Bounds> b = WaitForAsyncUtils.asyncFx(() -> pane.area().getCharacterBoundsOnScreen(offset, offset + 1)).get(5, java.util.concurrent.TimeUnit.SECONDS);
        assertTrue(b.isPresent(), "character " + offset + " is on screen");
        return new Point2D(b.get().getCenterX(), b.get().getCenterY());
    }

    @Test
    void aComparisonReadyBeforeTheWindowShowsIsInItsFirstFrame(FxRobot robot) throws Exception {
        // the start-up path: read, compare and style off the FX thread, adopt before the window is shown
        ReaderViewModel.Opening opening = ReaderViewModel.prepare(new FolderScanner(ArticleLoader.create()),
                ComparisonEngine.builder().sensitivity(ReaderViewModel.DEFAULT_SENSITIVITY).build(), SEEDS, null, null);
        dev.parallax.app.view.style.StyledSide[] styled = dev.parallax.app.view.style.Styler.style(opening.comparison(),
                dev.parallax.app.view.style.Filter.ALL);
        int[] rendersBeforeShow = new int[1];
        int[][] rulerAfterShow = new int[1][];
        MainWindow[] made = new MainWindow[1];
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            ReaderViewModel early = new ReaderViewModel(new SameThreadTaskRunner(), new Settings(SettingsStore.inMemory()),
                    new FolderScanner(ArticleLoader.create()), s -> ComparisonEngine.builder().sensitivity(s).build());
            MainWindow w = new MainWindow(early, new SameThreadTaskRunner());
            w.offerStyled(opening.comparison(), dev.parallax.app.view.style.Filter.ALL, styled);
            early.adopt(opening);
            rendersBeforeShow[0] = w.rendersProperty().get();
            stage[0] = new Stage();
            stage[0].setScene(w.scene(1100, 700));
            stage[0].show();
            rulerAfterShow[0] = w.pane(true).ruler().viewport(); // show() has laid the window out once
            made[0] = w;
        });
        try {
            assertEquals(1, rendersBeforeShow[0], "shown at once from the styled sides, not by a background task");
            WaitForAsyncUtils.waitForFxEvents();
            ArticlePane left = made[0].pane(true);
            assertTrue(left.area().getText().startsWith(opening.comparison().left().text().substring(0, 40)));
            int[] view = rulerAfterShow[0];
            // the pair opens on its first conflict: the ruler's box is there from the first layout on
            Comparison c = opening.comparison();
            int conflict = c.links().stream().filter(l -> l.kind() == Kind.CONFLICT)
                    .mapToInt(l -> c.passage(l.left()).start()).min().orElseThrow();
            assertTrue(view[0] <= conflict && conflict < view[1],
                    "the ruler's box covers the first conflict (" + conflict + "): " + view[0] + "-" + view[1]);
        } finally {
            robot.interact(stage[0]::close);
        }
    }

    @Test
    void theWindowIconIsBundledAtEachSize() {
        java.util.List<javafx.scene.image.Image> icons = AppIcon.load();
        assertEquals(AppIcon.SIZES.size(), icons.size(), "assets/icon.png is in the jar");
        for (int i = 0; i < icons.size(); i++) {
            assertEquals(AppIcon.SIZES.get(i), (int) icons.get(i).getWidth());
            assertEquals(AppIcon.SIZES.get(i), (int) icons.get(i).getHeight());
        }
    }

    @Test
    void toolbarButtonsGetTheirTooltipOnFirstHover(FxRobot robot) throws Exception {
        javafx.scene.control.Button open = robot.lookup("#button-open").queryButton();
        assertEquals(null, open.getTooltip(), "no tooltip window made before it is needed");
        robot.moveTo(open);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(open.getTooltip());
        assertTrue(open.getTooltip().getText().startsWith("Open folder"), open.getTooltip().getText());
    }

    @Test
    void clickingAPassageScrollsTheOtherPaneToItsCounterpartAndMarksIt(FxRobot robot) throws Exception {
        openSeeds(robot);
        ArticlePane left = window.pane(true);
        ArticlePane right = window.pane(false);
        int at = left.area().getText().indexOf("Russia right now is a coalition of two");
        assertTrue(at >= 0);
        robot.interact(() -> left.scrollTo(at, 40));
        WaitForAsyncUtils.waitForFxEvents();
        Passage counterpartBefore = vm.navigation().counterpart(dev.parallax.app.viewmodel.Side.LEFT,
                vm.passageAt(dev.parallax.app.viewmodel.Side.LEFT, at));
        assertNotNull(counterpartBefore);
        // the counterpart is far down the right article, so it cannot be on screen yet
        robot.interact(() -> right.scrollTo(0, 0));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(right.isVisible(counterpartBefore.start()), "counterpart off screen before the click");

        robot.clickOn(centerOf(left, at + 5));
        WaitForAsyncUtils.waitForFxEvents();

        ReaderViewModel.Selection s = vm.selection();
        assertNotNull(s);
        assertEquals(Kind.AGREE, s.link().kind());
        Passage cp = s.counterpart();
        String cpText = cp.span().of(vm.comparison().right().text());
        assertTrue(cpText.contains("Russia right now is a coalition of two"), cpText);
        assertTrue(right.isVisible(cp.start()), "right pane scrolled to the counterpart");
        assertTrue(right.hasClass(cp.start() + 3, "selected"), "counterpart marked as selected");
        assertTrue(left.hasClass(at + 3, "selected"), "clicked passage marked as selected");
    }

    @Test
    void nextConflictLandsOnTheDeliverJusticeQuote(FxRobot robot) {
        openSeeds(robot);
        robot.clickOn("#left-text");
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        ReaderViewModel.Selection s = vm.selection();
        assertNotNull(s, "a conflict is selected");
        assertEquals(Kind.CONFLICT, s.link().kind());
        assertTrue(s.link().conflicts().stream().anyMatch(d -> d.type() == DifferenceType.QUOTE));
        Comparison c = vm.comparison();
        String rightText = c.passage(s.link().right()).span().of(c.right().text());
        assertTrue(rightText.contains("deliver justice"), rightText);
        assertTrue(window.pane(false).isVisible(c.passage(s.link().right()).start()));
        assertTrue(window.pane(true).isVisible(c.passage(s.link().left()).start()));
        Label heading = robot.lookup(".details-heading").queryAs(Label.class);
        assertTrue(heading.getText().startsWith("≠ Conflict"), heading.getText());
    }

    @Test
    void theOnlyConflictsFilterHidesAgreePassages(FxRobot robot) {
        openSeeds(robot);
        Comparison c = vm.comparison();
        Passage agree = c.leftPassages().stream().filter(p -> p.kind() == Kind.AGREE).findFirst().orElseThrow();
        Passage conflict = c.leftPassages().stream().filter(p -> p.kind() == Kind.CONFLICT).findFirst().orElseThrow();
        ArticlePane left = window.pane(true);
        assertTrue(left.hasClass(agree.start(), "agree"));

        int before = window.rendersProperty().get();
        robot.clickOn("#toggle-only-conflicts");
        try {
            WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> window.rendersProperty().get() > before);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not shown again after filtering", e);
        }
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(vm.onlyConflictsProperty().get());
        assertFalse(left.hasClass(agree.start(), "agree"), "agree passage no longer highlighted");
        assertTrue(left.hasClass(agree.start(), "faded"));
        assertTrue(left.hasClass(conflict.start(), "conflict"), "conflicts stay");
        assertTrue(robot.lookup("#legend-agree-agree").query().getStyleClass().contains("legend-hidden"));
    }

    @Test
    void aBinaryFileInTheFolderShowsAnErrorMarkNotACrash(FxRobot robot, @TempDir Path dir) throws IOException {
        Files.copy(SEEDS.resolve(LEFT), dir.resolve(LEFT));
        Files.copy(SEEDS.resolve(RIGHT), dir.resolve(RIGHT));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
        Files.write(dir.resolve("photo.png"), png);
        Files.write(dir.resolve("broken.txt"), new byte[] {'a', 0, 0, 0, 'b', 0, 1, 2, 3, 0, 0, 0});
        robot.interact(() -> vm.openFolder(dir, null, null));
        waitUntilShown();

        assertEquals(4, vm.articles().size());
        ArticleEntry broken = vm.articles().stream().filter(a -> a.fileName().equals("broken.txt")).findFirst().orElseThrow();
        assertFalse(broken.readable());
        assertNotNull(vm.comparison(), "the two readable articles are still compared");
        assertTrue(vm.leftProperty().get().readable() && vm.rightProperty().get().readable());
        Node cell = robot.lookup((Node n) -> "article-broken.txt".equals(n.getId())).query();
        Label error = robot.from(cell).lookup(".article-error").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertTrue(error.getText().startsWith("⚠ "), error.getText());
        assertTrue(error.getText().length() > 4, "the reason is shown");
        Node png2 = robot.lookup((Node n) -> "article-photo.png".equals(n.getId())).query();
        assertTrue(robot.from(png2).lookup(".article-error").queryAs(Label.class).isVisible());
        try (var files = Files.list(dir)) {
            assertEquals(4, files.count(), "nothing was written into the folder");
        }
    }

    /** A mouse-wheel scroll on the left text, as the user's wheel would deliver it. */
    private void scrollLeftByUser(FxRobot robot) {
        var area = window.pane(true).area();
        for (int i = 0; i < 4; i++) {
            robot.interact(() -> {
                Bounds b = area.getLayoutBounds();
                Point2D screen = area.localToScreen(b.getCenterX(), b.getCenterY());
                Node flow = area.lookup(".virtual-flow");
                Event.fireEvent(flow == null ? area : flow, new ScrollEvent(ScrollEvent.SCROLL, b.getCenterX(), b.getCenterY(),
                        screen.getX(), screen.getY(), false, false, false, false, false, false, 0, -120, 0, -120,
                        ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0,
                        0, null));
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @Test
    void synchronizedScrollingMovesTheOtherPane(FxRobot robot) {
        openSeeds(robot);
        ArticlePane right = window.pane(false);
        int before = ReaderFixture.firstVisible(right);
        scrollLeftByUser(robot);
        assertTrue(ReaderFixture.firstVisible(window.pane(true)) > 0, "the left pane scrolled");
        assertNotEquals(before, ReaderFixture.firstVisible(right), "the right pane followed");
    }

    @Test
    void unlockingSyncLeavesTheOtherPaneAlone(FxRobot robot) {
        openSeeds(robot);
        robot.clickOn("#toggle-sync");
        assertFalse(vm.syncScrollProperty().get());
        ArticlePane right = window.pane(false);
        int before = ReaderFixture.firstVisible(right);
        scrollLeftByUser(robot);
        assertTrue(ReaderFixture.firstVisible(window.pane(true)) > 0, "the left pane scrolled");
        assertEquals(before, ReaderFixture.firstVisible(right));
    }

    @Test
    void ctrlPlusAndMinusResizeTheTextAndTheSizeIsRemembered(FxRobot robot) {
        openSeeds(robot);
        double start = vm.fontSizeProperty().get();
        robot.clickOn("#left-text");
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(start + 2, vm.fontSizeProperty().get());
        assertEquals(start + 2, settings.fontSize(), "remembered");
        assertTrue(window.pane(false).area().getStyle().contains(String.format(java.util.Locale.ROOT, "%.1fpx", start + 2)));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Settings.DEFAULT_FONT_SIZE, vm.fontSizeProperty().get());
    }

    @Test
    void theFolderOverviewOpensAPairInTheReader(FxRobot robot, @TempDir Path dir) throws Exception {
        Path wiki = Path.of("src/test/resources/eval/wikinews-rewrites/pairs/Two-charged-in-Heathrow-bomb-threat");
        Files.copy(SEEDS.resolve(LEFT), dir.resolve("a-" + LEFT));
        Files.copy(SEEDS.resolve(RIGHT), dir.resolve("b-" + RIGHT));
        Files.copy(wiki.resolve("left.txt"), dir.resolve("c-heathrow-rewrite.txt"));
        Files.copy(wiki.resolve("right.txt"), dir.resolve("d-heathrow-original.txt"));
        robot.interact(() -> vm.openFolder(dir, dir.resolve("a-" + LEFT), dir.resolve("b-" + RIGHT)));
        waitUntilShown();
        robot.interact(() -> window.showOverview());
        WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS,
                () -> window.overviewPane() != null && window.overviewPane().statusText().matches("\\d+ articles.*"));
        // the overview ranks the Heathrow rewrite first for its original; opening it puts the pair in the reader
        robot.interact(() -> window.overviewPane().select("d-heathrow-original.txt"));
        String top = window.overviewPane().counterparts().get(0).id();
        assertEquals("c-heathrow-rewrite.txt", top);
        robot.interact(() -> vm.openPair(dir.resolve("d-heathrow-original.txt"), dir.resolve(top)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("d-heathrow-original.txt", vm.leftProperty().get().fileName());
        assertEquals("c-heathrow-rewrite.txt", vm.rightProperty().get().fileName());
        assertTrue(vm.comparison().summary().sharedShare() > 0.3);
    }

    @Test
    void exportHtmlWritesTheReportOfTheShownPair(FxRobot robot, @TempDir Path dir) throws Exception {
        openSeeds(robot);
        Path out = dir.resolve("report.html");
        robot.interact(() -> {
            try {
                vm.exportWith(c -> dev.parallax.engine.export.HtmlReport.render(c,
                        dev.parallax.engine.export.ReportInfo.now("test", "default")), out);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        String html = Files.readString(out);
        assertTrue(html.contains("id=\"L0\"") && html.contains("deliver justice to these terrorists"));
    }
}
