package dev.parallax.app;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;

/** Waiting for the screen: runs an action after a number of further pulses (frames) have been rendered. */
final class Pulses {

    private Pulses() {
    }

    /** Runs {@code action} on the FX thread once {@code count} more pulses have passed. */
    static void after(int count, Runnable action) {
        new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                if (++seen >= count) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }

    /** Milliseconds since the JVM started. */
    static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
