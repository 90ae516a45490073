package dev.parallax.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.app.view.MainWindow;
import dev.parallax.app.viewmodel.Settings;
import dev.parallax.app.viewmodel.SettingsStore;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The size the reader window opens at, and that it keeps it when a window manager shrinks a new window. */
@ExtendWith(ApplicationExtension.class)
class WindowSizeTest {

    static final Rectangle2D SCREEN = new Rectangle2D(0, 0, 1600, 1000);

    @Test
    void theSizeAskedOnTheCommandLineHolds() {
        assertArrayEquals(new double[] {1400, 900}, WindowSize.initial(1400, 900, new double[] {1000, 700}, SCREEN));
        assertArrayEquals(new double[] {1900, 1200}, WindowSize.initial(1900, 1200, null, SCREEN),
                "asked for more than the screen: still what was asked (a snapshot may want it)");
    }

    @Test
    void withoutASizeTheWindowOpensAsTheUserLeftItElseComfortablyWithinTheScreen() {
        assertArrayEquals(new double[] {1111, 777}, WindowSize.initial(0, 0, new double[] {1111, 777}, SCREEN));
        assertArrayEquals(new double[] {1400, 900}, WindowSize.initial(0, 0, null, SCREEN));
        double[] small = WindowSize.initial(0, 0, null, new Rectangle2D(0, 0, 1280, 720));
        assertEquals(1264, small[0], "the default fits a small screen");
        assertEquals(672, small[1]);
        assertArrayEquals(new double[] {MainWindow.MIN_WIDTH, MainWindow.MIN_HEIGHT},
                WindowSize.initial(0, 0, new double[] {300, 200}, SCREEN), "never below the minimum");
    }

    @Test
    void theSizeTheUserLeavesIsRemembered(FxRobot robot) {
        Settings settings = new Settings(SettingsStore.inMemory());
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            stage[0].setScene(new Scene(new Pane(), 1200, 800));
            WindowSize.show(stage[0], new double[] {1200, 800}, settings);
            stage[0].setWidth(1234);
            stage[0].setHeight(765);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage[0].hide());
        double[] kept = settings.windowSize();
        assertEquals(1234, kept[0], 1.5);
        assertEquals(765, kept[1], 1.5);
        assertArrayEquals(kept, WindowSize.initial(0, 0, kept, SCREEN), "and the next window opens at it");
    }

    @Test
    void aWindowManagerShrinkingTheNewWindowToItsMinimumIsUndone(FxRobot robot) {
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            stage[0].setScene(new Scene(new Pane(), 1300, 850));
            WindowSize.show(stage[0], new double[] {1300, 850}, null);
        });
        // what openbox does to a JavaFX 21 window seconds after it showed: the size it was created at,
        // which the stage clamps to its minimum
        robot.interact(() -> {
            stage[0].setWidth(200);
            stage[0].setHeight(200);
        });
        WaitForAsyncUtils.waitForFxEvents();
        try {
            assertEquals(1300, stage[0].getScene().getWidth(), 1);
            assertEquals(850, stage[0].getScene().getHeight(), 1);
            // a resize that is not to the minimum is the user's: it stays
            robot.interact(() -> stage[0].setWidth(1100));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(1100, stage[0].getScene().getWidth(), 1);
        } finally {
            robot.interact(stage[0]::hide);
        }
    }
}
