package dev.parallax.app;

import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import javafx.application.Application;

/**
 * Starts the reader window from a plain class (JavaFX refuses to start an {@code Application} subclass as the
 * main class from the class path). {@link #open} blocks until the window closes, so {@code main} never exits
 * under it.
 *
 * <p>Start-up runs in parallel where it can: {@link #prestart} brings the JavaFX toolkit up on a thread of its
 * own (at once when there are no arguments; after {@code open} has checked its arguments otherwise, since a
 * toolkit stopped while it starts prints "Shutdown in progress"), and {@link #open} starts reading and comparing the first
 * pair before the window is built (see {@link Startup}). The window's {@code start} waits for {@link #open}.
 */
public final class Launcher {

    private static final CompletableFuture<Startup> STARTUP = new CompletableFuture<>();
    /** JavaFX's logger, held so that its filter stays (loggers are only weakly kept). */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");
    private static Thread toolkit;
    private static volatile Throwable failure;

    private Launcher() {
    }

    /**
     * Starts JavaFX now, on a thread of its own; the window appears once {@link #open} has been called. For a
     * command line that is going to open the window: a process that then exits without {@link #open} loses
     * nothing. Calling it again does nothing.
     */
    public static synchronized void prestart() {
        if (toolkit != null) {
            return;
        }
        // parallax.jar runs JavaFX from the class path, as it is built to; JavaFX warns about that on every
        // start, which would come before the one line a bad argument gets
        JAVAFX_LOG.setFilter(r -> r.getMessage() == null
                || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
        // a bad argument exits while the toolkit may still be starting; its threads then fail to register their
        // shutdown hooks, which is harmless but would print a stack trace after the one line the user gets
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (e instanceof IllegalStateException && "Shutdown in progress".equals(e.getMessage())) {
                return;
            }
            if (previous != null) {
                previous.uncaughtException(thread, e);
            } else {
                thread.getThreadGroup().uncaughtException(thread, e); // the JVM's default report
            }
        });
        toolkit = new Thread(() -> {
            try {
                Application.launch(ParallaxApp.class);
            } catch (Throwable t) { // e.g. no display: open() reports it
                failure = t;
            }
        }, "parallax-launcher");
        toolkit.start();
    }

    /** Opens the window and returns the exit code once it has closed (0, or 1 when a snapshot failed). */
    public static int open(LaunchOptions options) {
        STARTUP.complete(Startup.begin(options));
        prestart();
        while (true) {
            try {
                toolkit.join();
                break;
            } catch (InterruptedException e) {
                // keep waiting: the window is still open
            }
        }
        Throwable t = failure;
        if (t instanceof RuntimeException r) {
            throw r;
        } else if (t instanceof Error e) {
            throw e;
        } else if (t != null) {
            throw new IllegalStateException(t.getMessage(), t);
        }
        return ParallaxApp.exitCode;
    }

    /** What {@link #open} was asked, waiting for it when the toolkit came up first. */
    static Startup startup() {
        return STARTUP.join();
    }
}
