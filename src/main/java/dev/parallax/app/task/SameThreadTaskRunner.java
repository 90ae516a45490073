package dev.parallax.app.task;

import dev.parallax.engine.align.ProgressListener;
import java.util.function.Consumer;

/**
 * Runs each job's work at once on the calling thread, so tests need no executor and no timing: its handlers
 * (progress, then done or failed) run before {@code submit} returns, on the calling thread, with no FX toolkit
 * and no FX queue to wait for. Progress that the work reports from threads of its own (a folder scan's pool) is
 * dropped: no handler runs off the calling thread. For tests only: a long job would freeze the window.
 */
public final class SameThreadTaskRunner implements TaskRunner {

    @Override
    public <T> Job submit(Work<T> work, ProgressListener onProgress, Consumer<? super T> onDone,
                          Consumer<? super Throwable> onFailed) {
        T result;
        try {
            Thread caller = Thread.currentThread();
            // never cancelled: it is done before anyone could ask
            result = work.call((done, stage) -> {
                if (Thread.currentThread() == caller) {
                    onProgress.progress(done, stage);
                }
            });
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
