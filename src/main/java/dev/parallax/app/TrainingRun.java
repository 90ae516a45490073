package dev.parallax.app;

import dev.parallax.app.view.MainWindow;
import dev.parallax.app.viewmodel.ReaderViewModel;
import dev.parallax.engine.export.ComparisonJson;
import dev.parallax.engine.export.HtmlReport;
import dev.parallax.engine.export.ReportInfo;
import dev.parallax.engine.result.Comparison;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * The image build's training start ({@code -Dparallax.probe=train}, src/image/train-cds.sh): once the seed
 * comparison is painted, scrolls both panes to the end, exports the comparison as JSON and HTML into a
 * temporary folder (deleted again), and exits. The classes and method profiles this start uses are what
 * the image's AOT cache (JDK 25) or class-data-sharing archive (JDK 17) holds, so later starts, scrolling
 * and exports find them ready.
 */
final class TrainingRun {

    private static final int MAX_FRAMES = 240;

    private TrainingRun() {
    }

    /** Runs the training steps; called on the FX thread once the first comparison is painted. */
    static void start(MainWindow window, ReaderViewModel vm) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                var l = window.pane(true);
                var r = window.pane(false);
                boolean endL = l.lastVisible() >= l.area().getParagraphs().size() - 1;
                boolean endR = r.lastVisible() >= r.area().getParagraphs().size() - 1;
                if ((endL && endR) || ++frames >= MAX_FRAMES) {
                    stop();
                    export(vm.comparison());
                    System.out.println("trained-scroll-frames=" + frames);
                    Platform.exit();
                    return;
                }
                l.area().scrollYBy(60);
                r.area().scrollYBy(60);
            }
        }.start();
    }

    private static void export(Comparison c) {
        if (c == null) {
            return;
        }
        try {
            Path dir = Files.createTempDirectory("parallax-train");
            try {
                Path json = dir.resolve("seeds.json");
                Path html = dir.resolve("seeds.html");
                ComparisonJson.write(c, json);
                HtmlReport.write(c, ReportInfo.now("training", "sensitivity 0.50, built-in aliases"), html);
                Files.delete(json);
                Files.delete(html);
            } finally {
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
