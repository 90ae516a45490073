package dev.parallax.engine.align;

/**
 * Hears how far a long computation has come, and may ask it to stop. The app maps this to a JavaFX task's
 * progress; headless callers pass {@link #NONE}.
 */
public interface ProgressListener {

    /** A listener that ignores progress and never cancels. */
    ProgressListener NONE = (done, stage) -> { };

    /**
     * Called from the computing thread.
     *
     * @param done  0 to 1
     * @param stage what is being done, for a status line
     */
    void progress(double done, String stage);

    /** Polled between steps; when true the computation throws {@link java.util.concurrent.CancellationException}. */
    default boolean isCancelled() {
        return false;
    }
}
