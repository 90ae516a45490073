package dev.parallax.app;

import dev.parallax.app.view.MainWindow;
import dev.parallax.app.viewmodel.ReaderViewModel;
import java.util.Arrays;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * The FX-thread pause harness ({@code -Dparallax.probe=fx-pauses}): keeps pulses coming with an animation
 * timer and records the longest gap between two pulses, first while the first comparison runs and is shown,
 * then while both panes scroll 60 px a frame (a fast mouse wheel) for 600 frames; prints the numbers and exits.
 */
final class FxPauseMonitor {

    private FxPauseMonitor() {
    }

    static void attach(MainWindow window, ReaderViewModel vm) {
        new AnimationTimer() {
            private long last;
            private long compareMax;
            private long compareStart;
            private int phase; // 0 waiting for compare, 1 comparing/showing, 2 settle, 3 scrolling
            private int settle;
            private final long[] scrollGaps = new long[Integer.getInteger("parallax.probe.frames", 600)];
            private int scrollFrames;

            @Override
            public void handle(long now) {
                long t = System.nanoTime();
                long gap = last == 0 ? 0 : t - last;
                last = t;
                switch (phase) {
                    case 0 -> {
                        if (vm.busyProperty().get()) {
                            phase = 1;
                            compareStart = t;
                        }
                    }
                    case 1 -> {
                        compareMax = Math.max(compareMax, gap);
                        if (gap > 100_000_000L) {
                            System.out.printf(Locale.ROOT, "pause %.0f ms at %.0f ms while: %s%n", gap / 1e6,
                                    (t - compareStart) / 1e6, vm.statusProperty().get());
                        }
                        if (window.rendersProperty().get() > 0) {
                            phase = 2;
                        }
                    }
                    case 2 -> {
                        compareMax = Math.max(compareMax, gap);
                        if (++settle >= 3) {
                            System.out.printf(Locale.ROOT, "compare+show-ms=%.0f max-fx-pause-compare-ms=%.1f%n",
                                    (t - compareStart) / 1e6, compareMax / 1e6);
                            System.out.flush();
                            phase = 3;
                        }
                    }
                    default -> {
                        if (scrollFrames > 0) {
                            scrollGaps[scrollFrames - 1] = gap;
                        }
                        var l = window.pane(true).area();
                        var r = window.pane(false).area();
                        boolean endL = window.pane(true).lastVisible() >= l.getParagraphs().size() - 1;
                        boolean endR = window.pane(false).lastVisible() >= r.getParagraphs().size() - 1;
                        if ((endL && endR) || scrollFrames >= scrollGaps.length) {
                            if (scrollGaps.length == 0) {
                                stop();
                                Platform.exit();
                                return;
                            }
                            stop();
                            report(scrollGaps, scrollFrames - 1);
                            Platform.exit();
                            return;
                        }
                        l.scrollYBy(60);
                        r.scrollYBy(60);
                        scrollFrames++;
                    }
                }
            }
        }.start();
    }

    private static void report(long[] gaps, int n) {
        if (n <= 0) {
            System.out.println("scroll-frames=0");
            return;
        }
        long[] g = Arrays.copyOf(gaps, n);
        Arrays.sort(g);
        double mean = Arrays.stream(g).average().orElse(0) / 1e6;
        System.out.printf(Locale.ROOT, "scroll-frames=%d scroll-mean-ms=%.1f scroll-p95-ms=%.1f scroll-max-ms=%.1f%n",
                n, mean, g[(int) (n * 0.95)] / 1e6, g[n - 1] / 1e6);
    }
}
