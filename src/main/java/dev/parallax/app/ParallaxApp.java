package dev.parallax.app;

import dev.parallax.app.task.ExecutorTaskRunner;
import dev.parallax.app.task.TaskRunner;
import dev.parallax.app.view.AppIcon;
import dev.parallax.app.view.MainWindow;
import dev.parallax.app.view.PngEncoder;
import dev.parallax.app.view.style.Filter;
import dev.parallax.app.viewmodel.FolderScanner;
import dev.parallax.app.viewmodel.FolderWatcher;
import dev.parallax.app.viewmodel.ReaderViewModel;
import dev.parallax.app.viewmodel.Settings;
import dev.parallax.engine.result.Comparison;
import dev.parallax.engine.text.ArticleLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import dev.parallax.engine.export.HtmlReport;
import dev.parallax.engine.export.ReportInfo;
import javafx.util.Duration;

/**
 * The JavaFX application and composition root: the only place where services (settings, task runner, engine,
 * view-model, window, folder watcher) are built and connected.
 */
public final class ParallaxApp extends Application {

    static volatile int exitCode;

    private TaskRunner runner;
    private FolderWatcher watcher;

    @Override
    public void start(Stage stage) {
        Startup start = Launcher.startup();
        LaunchOptions o = start.options();
        String probe = System.getProperty("parallax.probe", "");
        Settings settings = start.settings();
        runner = new ExecutorTaskRunner("parallax-engine", 2);
        ReaderViewModel vm = new ReaderViewModel(runner, settings, new FolderScanner(ArticleLoader.create()),
                Startup::engine);
        FxErrors.install(vm); // no exception escapes onto the FX thread unhandled
        Path folder = start.folder();
        if (Startup.scripted(o) && System.getProperty("parallax.theme") != null) {
            vm.darkProperty().set("dark".equals(System.getProperty("parallax.theme"))); // for dark screenshots
        }
        MainWindow.useTheme(vm.darkProperty().get());
        MainWindow window = new MainWindow(vm, runner);
        String version = ParallaxApp.class.getPackage().getImplementationVersion();
        window.setHtmlRenderer(c -> HtmlReport.render(c, ReportInfo.now(version == null ? "dev" : version,
                String.format(java.util.Locale.ROOT, "sensitivity %.2f, built-in aliases", vm.sensitivityProperty().get()))));
        double[] size = WindowSize.initial(o.width(), o.height(), settings.windowSize(),
                javafx.stage.Screen.getPrimary().getVisualBounds());
        Scene scene = window.scene(size[0], size[1]);
        stage.setScene(scene);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> title(vm.comparison()), vm.comparisonProperty()));
        vm.folderProperty().addListener((obs, a, b) -> watch(vm, b));

        if (o.snapshot() != null) {
            whenPainted(window, () -> snapshotAt(stage, size, o.snapshot(), vm, 20));
            failAfter(Duration.minutes(10), "the comparison did not finish");
            // nothing to compare, or a failure: say so at once instead of waiting
            vm.statusProperty().addListener((obs, a, b) -> {
                if (b.startsWith("No readable") || b.startsWith("Only one readable")) {
                    fail(b);
                }
            });
            vm.errorProperty().addListener((obs, a, b) -> {
                if (b.startsWith("Comparison failed") || b.endsWith("not a folder")) {
                    fail(b);
                }
            });
        } else if (probe.equals("first-paint") || probe.equals("train")) {
            if (Boolean.getBoolean("parallax.probe.verbose")) {
                System.out.println("start-ms=" + Pulses.sinceJvmStart());
                stage.setOnShown(e -> System.out.println("shown-ms=" + Pulses.sinceJvmStart()));
                vm.articles().addListener((javafx.collections.ListChangeListener<Object>) c ->
                        System.out.println("listed-ms=" + Pulses.sinceJvmStart()));
                vm.comparisonProperty().addListener((obs, a, b) ->
                        System.out.println("compared-ms=" + Pulses.sinceJvmStart() + " (engine "
                                + b.elapsedNanos() / 1_000_000 + " ms)"));
                window.rendersProperty().addListener((obs, a, b) ->
                        System.out.println("shown-comparison-ms=" + Pulses.sinceJvmStart()));
            }
            whenPainted(window, () -> {
                System.out.println("first-paint-ms=" + Pulses.sinceJvmStart());
                if (probe.equals("train")) { // the image build's training start: scroll, export, exit
                    TrainingRun.start(window, vm);
                } else if (!Boolean.getBoolean("parallax.probe.stay")) { // bench/paint-time.py watches the screen
                    Platform.exit();
                }
            });
        } else if (probe.equals("fx-pauses")) {
            FxPauseMonitor.attach(window, vm);
        }

        if (start.early() != null) {
            // read and compared while JavaFX started: shown in the first frame when ready by now
            vm.reading(folder);
            if (start.early().isDone()) {
                adopt(vm, window, start);
            } else {
                start.early().whenComplete((r, e) -> Platform.runLater(() -> adopt(vm, window, start)));
            }
        } else if (folder != null) {
            vm.openFolder(folder, o.left(), o.right());
        }
        WindowSize.show(stage, size, Startup.scripted(o) ? null : settings);
        // decoded off the FX thread while the first frame is made, set when ready
        CompletableFuture.supplyAsync(AppIcon::load)
                .thenAccept(icons -> Platform.runLater(() -> stage.getIcons().setAll(icons)));
        if (folder == null) {
            vm.reportStatus("Open a folder of articles with Ctrl+O");
        }
    }

    private static void adopt(ReaderViewModel vm, MainWindow window, Startup start) {
        Startup.Early early;
        try {
            early = start.early().join();
        } catch (RuntimeException e) {
            vm.readFailed(start.folder(), Startup.cause(e));
            return;
        }
        if (early.styled() != null) {
            window.offerStyled(early.opening().comparison(), Filter.ALL, early.styled());
        }
        vm.adopt(early.opening());
    }

    private static String title(Comparison c) {
        return c == null ? "Parallax" : "Parallax — " + c.left().title() + "  ⇄  " + c.right().title();
    }

    /** Runs {@code action} after the first comparison has been shown and two more frames painted. */
    private static void whenPainted(MainWindow window, Runnable action) {
        window.rendersProperty().addListener((obs, a, b) -> {
            if (a.intValue() == 0) {
                Pulses.after(2, action);
            }
        });
    }

    /**
     * Writes the snapshot once the scene has the size asked: a window manager may still be resizing a new
     * window (see {@link WindowSize}); then the size is asked again and the snapshot waits a few frames.
     */
    private void snapshotAt(Stage stage, double[] size, Path out, ReaderViewModel vm, int tries) {
        Scene scene = stage.getScene();
        boolean right = Math.abs(scene.getWidth() - size[0]) < 1 && Math.abs(scene.getHeight() - size[1]) < 1;
        if (right || tries == 0) {
            snapshot(scene, out, vm);
            return;
        }
        stage.setWidth(size[0] + Math.max(0, stage.getWidth() - scene.getWidth()));
        stage.setHeight(size[1] + Math.max(0, stage.getHeight() - scene.getHeight()));
        Pulses.after(10, () -> snapshotAt(stage, size, out, vm, tries - 1));
    }

    private void snapshot(Scene scene, Path out, ReaderViewModel vm) {
        try {
            WritableImage img = scene.snapshot(null);
            PngEncoder.write(img, out, vm.outputGuard());
            System.out.println("Wrote " + out + " (" + (int) img.getWidth() + "x" + (int) img.getHeight() + ")");
            exitCode = 0;
        } catch (IOException e) {
            System.err.println("parallax: cannot write " + out + ": " + e.getMessage());
            exitCode = 1;
        }
        Platform.exit();
    }

    private static void failAfter(Duration d, String why) {
        PauseTransition t = new PauseTransition(d);
        t.setOnFinished(e -> fail(why));
        t.play();
    }

    private static void fail(String why) {
        System.err.println("parallax: no snapshot: " + why);
        exitCode = 1;
        Platform.exit();
    }

    private void watch(ReaderViewModel vm, Path folder) {
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
        if (folder == null) {
            return;
        }
        try {
            watcher = new FolderWatcher(folder, Platform::runLater, vm::refresh);
        } catch (IOException e) {
            vm.reportStatus("Not watching " + folder + " for new articles: " + e.getMessage());
        }
    }

    @Override
    public void stop() {
        if (watcher != null) {
            watcher.close();
        }
        if (runner != null) {
            runner.shutdown();
        }
    }
}
