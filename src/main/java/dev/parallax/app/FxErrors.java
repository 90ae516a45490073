package dev.parallax.app;

import dev.parallax.app.viewmodel.ReaderViewModel;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What happens to an exception nothing caught on the FX thread: it is logged with its stack trace and the
 * window says so in one line in its status bar, instead of JavaFX printing it and the window carrying on in
 * whatever state the failed handler left.
 */
final class FxErrors implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = Logger.getLogger("dev.parallax.app");

    private final ReaderViewModel vm;

    FxErrors(ReaderViewModel vm) {
        this.vm = vm;
    }

    /** Installs the handler on the calling thread, which must be the FX thread. */
    static void install(ReaderViewModel vm) {
        Thread.currentThread().setUncaughtExceptionHandler(new FxErrors(vm));
    }

    @Override
    public void uncaughtException(Thread t, Throwable e) {
        LOG.log(Level.SEVERE, "uncaught on " + t.getName(), e);
        vm.reportError(line(e));
    }

    /** The one line the status bar shows. */
    static String line(Throwable e) {
        String m = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
        return "Something went wrong (" + e.getClass().getSimpleName() + m + "); the window goes on, details are logged";
    }
}
