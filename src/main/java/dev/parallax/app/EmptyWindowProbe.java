package dev.parallax.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
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
            stage.setScene(new Scene(new StackPane(), 1400, 900));
            stage.show();
            Pulses.after(2, () -> {
                System.out.println("first-paint-ms=" + Pulses.sinceJvmStart());
                Platform.exit();
            });
        }
    }
}
