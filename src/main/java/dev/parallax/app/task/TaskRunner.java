package dev.parallax.app.task;

import dev.parallax.engine.align.ProgressListener;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the FX thread: plain Java, no {@code javafx.concurrent.Task} for its callers. The window gets an
 * {@link ExecutorTaskRunner} from the composition root; tests inject {@link SameThreadTaskRunner}, so code that
 * only submits work (the reader's view-model, the overview's, the styler) is tested on the calling thread, with
 * its result there as soon as the call returns and no FX queue to wait for.
 */
public interface TaskRunner {

    /**
     * Runs {@code work} off the FX thread and hands what it reports to {@code onProgress} (coalesced: a fast
     * worker does not flood the FX queue), then its result to {@code onDone} or what it threw to
     * {@code onFailed}, all on the FX thread. After {@link Job#cancel} the work's listener says it is cancelled
     * and no handler is called again, so the caller says "cancelled" itself, at once.
     */
    <T> Job submit(Work<T> work, ProgressListener onProgress, Consumer<? super T> onDone,
                   Consumer<? super Throwable> onFailed);

    /** {@link #submit(Work, ProgressListener, Consumer, Consumer)} for work that reports no progress. */
    default <T> Job submit(Callable<T> work, Consumer<? super T> onDone, Consumer<? super Throwable> onFailed) {
        Objects.requireNonNull(work, "work");
        return submit(progress -> work.call(), (done, stage) -> { }, onDone, onFailed);
    }

    /** Stops accepting work and cancels what is running; called when the window closes. */
    void shutdown();
}
