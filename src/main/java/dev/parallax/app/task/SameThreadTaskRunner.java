package dev.parallax.app.task;

import dev.parallax.engine.align.ProgressListener;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Runs each task's work at once on the calling thread, so tests need no executor and no timing. For a
 * {@link Task}, JavaFX still delivers its state changes (and so its success handler) through the FX event queue:
 * a test waits for FX events after an action. Work given to {@link #submit} has no such detour: its handlers
 * (progress, then done or failed) run before {@code submit} returns, on the calling thread, with no FX toolkit.
 * For tests only: a long task would freeze the window.
 */
public final class SameThreadTaskRunner implements TaskRunner {

    @Override
    public <T> Task<T> run(Task<T> task) {
        task.run();
        return task;
    }

    @Override
    public <T> Job submit(Work<T> work, ProgressListener onProgress, Consumer<? super T> onDone,
                          Consumer<? super Throwable> onFailed) {
        T result;
        try {
            result = work.call(onProgress::progress); // never cancelled: it is done before anyone could ask
        } catch (Exception e) {
            onFailed.accept(e);
            return () -> { };
        }
        onDone.accept(result);
        return () -> { }; // already done: nothing left to cancel
    }

    @Override
    public void shutdown() {
        // nothing is running between calls
    }
}
