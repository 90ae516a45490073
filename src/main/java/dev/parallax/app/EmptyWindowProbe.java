package dev.parallax.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

/**
 * The baseline for the startup probe: shows an empty window the way the reader does, prints
 * {@code first-paint-ms=N} (since JVM start) once it has painted, and exits. Run with
 * {@code java -cp target/parallax.jar -Dparallax.probe=empty-window dev.parallax.app.EmptyWindowProbe}.
 * A plain class, so JavaFX starts from the class path.
 */
public final class EmptyWindowProbe {

    private EmptyWindowProbe() {
    }

    public static void main(String[] args) {
        Application.launch(Empty.class, args);
    }

    /** The empty window. */
    public static final class Empty extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("Parallax");
            StackPane root = new StackPane();
            String fill = System.getProperty("parallax.probe.fill");
            if (fill != null) { // bench/paint-time.py looks for this colour to see the frame on the screen
                root.setBackground(new Background(new BackgroundFill(Color.web(fill), null, null)));
            }
            stage.setScene(new Scene(root, 1400, 900));
            stage.show();
            Pulses.after(2, () -> {
                System.out.println("first-paint-ms=" + Pulses.sinceJvmStart());
                if (!Boolean.getBoolean("parallax.probe.stay")) {
                    Platform.exit();
                }
            });
        }
    }
}
