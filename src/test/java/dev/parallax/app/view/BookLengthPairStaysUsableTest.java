package dev.parallax.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.app.viewmodel.ReaderViewModel;
import dev.parallax.engine.result.Link;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A book-length pair (each seed article repeated into some 8,000 and 15,000 words, far more paragraphs than the panes
 * lay out at once) read as a user reads it: the wheel, Alt+↓, the ruler. No exception reaches the FX thread,
 * the panes still scroll and the details describe the pair that is outlined.
 */
@ExtendWith(ApplicationExtension.class)
class BookLengthPairStaysUsableTest {

    static final int COPIES = 15;

    ReaderFixture fx;
    ReaderViewModel vm;
    MainWindow window;
    List<Throwable> uncaught;
    List<String> cssWarnings;

    @Start
    void start(Stage stage) {
        fx = ReaderFixture.show(stage, 1200, 760);
        uncaught = fx.catchUncaught();
        cssWarnings = fx.catchCssWarnings();
        vm = fx.vm;
        window = fx.window;
    }

    @AfterEach
    void restore() {
        fx.stopCatching();
    }

    /** The article's text {@code COPIES} times, each copy's paragraphs numbered so no two are the same. */
    static String book(Path seed) throws Exception {
        String text = Files.readString(seed);
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= COPIES; i++) {
            for (String par : text.split("\n\\s*\n")) {
                if (!par.isBlank()) {
                    b.append("Part ").append(i).append(". ").append(par.strip()).append("\n\n");
                }
            }
        }
        return b.toString();
    }

    /** Mouse-wheel notches down on a pane's text, as the user's wheel delivers them. */
    static void wheel(FxRobot robot, ArticlePane pane, int notches) {
        var area = pane.area();
        for (int i = 0; i < notches; i++) {
            robot.interact(() -> {
                Bounds b = area.getLayoutBounds();
                javafx.geometry.Point2D screen = area.localToScreen(b.getCenterX(), b.getCenterY());
                javafx.scene.Node flow = area.lookup(".virtual-flow");
                javafx.event.Event.fireEvent(flow == null ? area : flow, new ScrollEvent(ScrollEvent.SCROLL,
                        b.getCenterX(), b.getCenterY(), screen.getX(), screen.getY(), false, false, false, false,
                        false, false, 0, -120, 0, -120, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                        ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
            });
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void wheelAndAltDownThroughABookLeaveThePanesWorking(FxRobot robot, @TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), book(Path.of("seeds/000_aeb0b849679dcb8d.txt")));
        Files.writeString(dir.resolve("b.txt"), book(Path.of("seeds/002_865976831600feca.txt")));
        fx.open(robot, dir, dir.resolve("a.txt"), dir.resolve("b.txt"));
        assertTrue(window.pane(true).area().getParagraphs().size() > 300, "far more paragraphs than a pane lays out");
        ArticlePane left = window.pane(true);
        Bounds box = WaitForAsyncUtils.asyncFx(() -> left.area().localToScreen(left.area().getLayoutBounds()))
                .get(10, TimeUnit.SECONDS);
        assertNotNull(box);
        robot.moveTo(new javafx.geometry.Point2D(box.getCenterX(), box.getCenterY()));
        for (int round = 0; round < 6; round++) {
            wheel(robot, left, 25);
            robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
            robot.interact(() -> window.run("next-conflict"));
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(List.of(), uncaught, "no exception escaped onto the FX thread");
        int top = WaitForAsyncUtils.asyncFx(left::firstVisible).get(10, TimeUnit.SECONDS);
        wheel(robot, left, 10);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(ReaderFixture.firstVisible(left) != top, "the left pane still scrolls");
        robot.interact(() -> window.run("next-conflict"));
        WaitForAsyncUtils.waitForFxEvents();
        ReaderViewModel.Selection s = vm.selection();
        assertNotNull(s, "a conflict is selected");
        Link l = s.link();
        int leftStart = vm.comparison().passage(l.left()).start();
        assertTrue(left.isVisible(leftStart), "the conflict the details describe is the one on screen on the left");
        assertTrue(window.pane(false).isVisible(vm.comparison().passage(l.right()).start()),
                "and its counterpart on the right");
        assertEquals(List.of(), uncaught, "no exception escaped onto the FX thread");
        assertEquals(List.of(), cssWarnings, "every gutter marker found its colour when it was styled");
    }
}
