package dev.parallax.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.app.viewmodel.ReaderViewModel;
import dev.parallax.engine.result.Comparison;
import dev.parallax.engine.result.Kind;
import dev.parallax.engine.result.Passage;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The reader keeps its place and opens where the finding is: a new pair on its first conflict in both panes,
 * filters and folding that leave the text the reader was at where it was, and a sensitivity slider that says
 * its value and comes back to the default exactly. Headless (Monocle), engine work on the same thread.
 */
@ExtendWith(ApplicationExtension.class)
class ReaderPlaceTest {

    ReaderFixture fx;
    ReaderViewModel vm;
    MainWindow window;

    @Start
    void start(Stage stage) {
        fx = ReaderFixture.show(stage, 1500, 860);
        vm = fx.vm;
        window = fx.window;
        cssWarnings = fx.catchCssWarnings();
    }

    List<String> cssWarnings;

    /** Every node found its colours when it was styled ("Could not resolve '-px-conflict-line'" once came here). */
    @AfterEach
    void noCssWarnings() {
        fx.stopCatching();
        assertEquals(List.of(), cssWarnings);
    }

    @Test
    void aNewPairOpensWithBothPanesOnItsFirstConflict(FxRobot robot) {
        fx.openSeeds(robot);
        ReaderViewModel.Selection s = vm.selection();
        assertNotNull(s, "the first conflict is selected");
        assertEquals(Kind.CONFLICT, s.link().kind());
        Comparison c = vm.comparison();
        Passage l = c.passage(s.link().left());
        Passage r = c.passage(s.link().right());
        // the quote is far down both articles: it is on screen only because the panes went there
        assertTrue(l.start() > 1500 && r.start() > 1500, l.start() + " / " + r.start());
        assertTrue(window.pane(true).isVisible(l.start()), "left pane on the conflict");
        assertTrue(window.pane(false).isVisible(r.start()), "right pane on the conflict");
        assertTrue(ReaderFixture.firstVisible(window.pane(true)) > 0, "the left pane is no longer at the top");
    }

    private double placed;

    /** Puts the passage starting with {@code words} on the left pane's first line (its height remembered in
     *  {@link #placed}); returns its offset. */
    private int placeLeft(FxRobot robot, String words) {
        ArticlePane left = window.pane(true);
        int at = left.area().getText().indexOf(words);
        assertTrue(at >= 0, words);
        robot.interact(() -> left.scrollTo(at, 0));
        WaitForAsyncUtils.waitForFxEvents();
        placed = ReaderFixture.lineFromTop(left, at);
        assertEquals(0, placed, 12, "placed");
        return at;
    }

    @Test
    void onlyConflictsAndHideUniqueKeepTheReadersPlace(FxRobot robot) {
        fx.openSeeds(robot);
        ArticlePane left = window.pane(true);
        int at = placeLeft(robot, "Obama also convened his National Security Council");
        int renders = window.rendersProperty().get();
        robot.clickOn("#toggle-only-conflicts");
        fx.waitForRenders(renders + 1);
        assertTrue(vm.onlyConflictsProperty().get());
        assertTrue(left.isVisible(at), "still on screen after Only conflicts");
        assertEquals(placed, ReaderFixture.lineFromTop(left, at), 3, "at the same height");

        renders = window.rendersProperty().get();
        robot.clickOn("#toggle-hide-unique");
        fx.waitForRenders(renders + 1);
        assertEquals(placed, ReaderFixture.lineFromTop(left, at), 3, "and after Hide unique");
    }

    @Test
    void foldingUniquePassagesClosesUpTheSharedOnesAndKeepsThePlace(FxRobot robot) {
        fx.openSeeds(robot);
        ArticlePane left = window.pane(true);
        Comparison c = vm.comparison();
        Passage unique = c.leftPassages().stream()
                .filter(p -> p.kind() == Kind.UNIQUE && !p.furniture() && p.start() > 0).findFirst().orElseThrow();
        Passage shared = c.leftPassages().stream().filter(p -> p.kind() == Kind.AGREE).findFirst().orElseThrow();
        int at = placeLeft(robot, "Obama also convened his National Security Council");
        double before = left.area().getTotalHeightEstimate();

        int renders = window.rendersProperty().get();
        robot.clickOn("#toggle-fold-unique");
        fx.waitForRenders(renders + 1);

        assertTrue(left.hasClass(unique.start(), "folded"), "a passage only the left has is folded");
        assertFalse(left.hasClass(unique.start(), "unique"), "and not highlighted");
        assertTrue(left.hasClass(shared.start(), "agree"), "shared passages keep their colour");
        assertTrue(left.area().getText().contains(unique.span().of(c.left().text())), "no words are lost");
        double after = left.area().getTotalHeightEstimate();
        assertTrue(after < before * 0.8, "the text closes up: " + before + " -> " + after);
        // the text is now shorter than the window: the passage comes as near to its height as the end allows
        double now = ReaderFixture.lineFromTop(left, at);
        assertTrue(Math.abs(now - placed) <= 3 || left.atEnd() && now > placed,
                "the passage read stays where it was: " + placed + " -> " + now);
        assertTrue(left.isVisible(at));
        Node legendUnique = robot.lookup("#legend-unique-only-in-left").query();
        assertTrue(legendUnique.getStyleClass().contains("legend-hidden"), "the legend says so");

        renders = window.rendersProperty().get();
        robot.clickOn("#toggle-fold-unique");
        fx.waitForRenders(renders + 1);
        assertTrue(left.hasClass(unique.start(), "unique"), "unfolded again");
        // the line at the top stays at the top; what was folded below it opens up, so the passage stays in view
        assertTrue(left.isVisible(at), "still in view after unfolding");
    }

    @Test
    void theSensitivitySliderShowsItsValueAndComesBackToTheDefaultExactly(FxRobot robot) {
        fx.openSeeds(robot);
        Slider slider = robot.lookup("#sensitivity").queryAs(Slider.class);
        Label value = robot.lookup("#sensitivity-value").queryAs(Label.class);
        assertTrue(slider.isShowTickMarks());
        assertEquals("0.50", value.getText());
        assertTrue(robot.lookup("#sensitivity-reset").queryButton().isDisabled(), "nothing to reset yet");

        // drag the thumb well to the right: a looser comparison, on a whole step
        Node thumb = robot.from(slider).lookup(".thumb").query();
        robot.drag(thumb).moveBy(40, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        double loose = vm.sensitivityProperty().get();
        assertTrue(loose > 0.6, "moved: " + loose);
        assertEquals(0, Math.abs(loose * 20 - Math.round(loose * 20)), 1e-9, "on a step: " + loose);
        assertEquals(String.format(java.util.Locale.ROOT, "%.2f", loose), value.getText());
        assertFalse(robot.lookup("#sensitivity-reset").queryButton().isDisabled());

        // and back to about the middle: exactly the default, not 0.48
        robot.drag(thumb).moveBy(-38, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ReaderViewModel.DEFAULT_SENSITIVITY, vm.sensitivityProperty().get());
        assertEquals("0.50", value.getText());

        robot.drag(thumb).moveBy(-45, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm.sensitivityProperty().get() < 0.4);
        robot.clickOn("#sensitivity-reset");
        assertEquals(ReaderViewModel.DEFAULT_SENSITIVITY, vm.sensitivityProperty().get(), "↺ resets");
        assertEquals(ReaderViewModel.DEFAULT_SENSITIVITY, slider.getValue(), 1e-9, "and the thumb follows");

        robot.interact(() -> vm.setSensitivity(0.9));
        robot.doubleClickOn(thumb);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ReaderViewModel.DEFAULT_SENSITIVITY, vm.sensitivityProperty().get(), "double-click resets");
    }

    @Test
    void snappingPutsTheSensitivityOnAStepAndTheMiddleOnTheDefault() {
        assertEquals(0.5, ReaderViewModel.snapSensitivity(0.48));
        assertEquals(0.5, ReaderViewModel.snapSensitivity(0.54));
        assertEquals(0.6, ReaderViewModel.snapSensitivity(0.61));
        assertEquals(0.0, ReaderViewModel.snapSensitivity(-0.2));
        assertEquals(1.0, ReaderViewModel.snapSensitivity(1.3));
        assertEquals(0.35, ReaderViewModel.snapSensitivity(0.3512), 1e-12);
    }
}
