package dev.parallax.app.overview;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Shows the overview pane alone on a folder, for screenshots: {@code OverviewDemo FOLDER [SELECT-ID] [READY-FILE]}.
 * Writes READY-FILE when the scan is done and an article is selected. A plain launcher (not an Application
 * subclass) so it starts from the class path.
 */
public final class OverviewDemo {

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The demo window. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            var args = getParameters().getRaw();
            Path folder = Path.of(args.get(0));
            boolean dark = "dark".equals(System.getProperty("parallax.theme"));
            dev.parallax.app.view.MainWindow.useTheme(dark);
            var vm = new dev.parallax.app.viewmodel.OverviewViewModel(
                    new dev.parallax.app.task.ExecutorTaskRunner("overview-demo", 2));
            OverviewPane pane = new OverviewPane(vm);
            pane.setPalette(dev.parallax.app.view.Palette.of(dark), dark);
            pane.setOnOpenPair((a, b) -> System.out.println("open " + a + " | " + b));
            stage.setTitle("Parallax: folder overview");
            stage.setScene(new Scene(pane, 1560, 960));
            stage.setX(0);
            stage.setY(0);
            stage.show();
            vm.completeProperty().addListener((o, was, now) -> {
                if (now) {
                    if (args.size() > 1) {
                        pane.select(args.get(1));
                    }
                    System.out.println("done: " + pane.statusText() + "; counterparts " + pane.counterparts().size());
                    if (args.size() > 2) {
                        new Thread(() -> {
                            try {
                                Thread.sleep(1500);
                                Files.writeString(Path.of(args.get(2)), "ready\n");
                            } catch (Exception e) {
                                System.err.println("demo: " + e.getMessage());
                            }
                        }).start();
                    }
                }
            });
            try {
                vm.scan(folder, OverviewPaneTest.listed(folder), dev.parallax.engine.EngineFactory.defaults());
            } catch (java.io.IOException e) {
                System.err.println("demo: " + e.getMessage());
            }
        }
    }
}
