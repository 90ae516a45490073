package dev.parallax.app.task;

import dev.parallax.engine.align.ProgressListener;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.concurrent.Task;

/**
 * Runs work off the FX thread: plain Java given to {@link #submit} (what view-models use), or a {@link Task}. The window gets one from the composition root; tests inject
 * {@link SameThreadTaskRunner} so a test sees the result as soon as the call returns.
 */
public interface TaskRunner {

    /** Starts {@code task}; its result arrives on the FX thread through the task's own handlers. */
    <T> Task<T> run(Task<T> task);

    /**
     * Runs {@code work} off the FX thread and hands its result to {@code onDone} (or what it threw to
     * {@code onFailed}) on the FX thread; after {@link Job#cancel} neither is called. The caller writes plain
     * Java, no {@link Task}: with {@link SameThreadTaskRunner} everything runs at once on the calling thread, so
     * code that only submits work is tested without the FX toolkit.
     */
    default <T> Job submit(Callable<T> work, Consumer<? super T> onDone, Consumer<? super Throwable> onFailed) {
        Objects.requireNonNull(work, "work");
        return submit(progress -> work.call(), (done, stage) -> { }, onDone, onFailed);
    }

    /**
     * Runs {@code work} off the FX thread as {@link #submit(Callable, Consumer, Consumer)} does, and hands what it
     * reports to {@code onProgress} on the FX thread (coalesced: a fast worker does not flood the FX queue).
     * After {@link Job#cancel} the work's listener says it is cancelled and no handler is called again, so the
     * caller says "cancelled" itself, at once. With {@link SameThreadTaskRunner} every handler runs on the
     * calling thread before this returns.
     */
    default <T> Job submit(Work<T> work, ProgressListener onProgress, Consumer<? super T> onDone,
                           Consumer<? super Throwable> onFailed) {
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(onProgress, "onProgress");
        Objects.requireNonNull(onDone, "onDone");
        Objects.requireNonNull(onFailed, "onFailed");
        AtomicBoolean dropped = new AtomicBoolean();
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                Task<T> self = this;
                return work.call(new ProgressListener() {
                    @Override
                    public void progress(double done, String stage) {
                        updateProgress(done, 1);
                        updateMessage(stage == null ? "" : stage);
                    }

                    @Override
                    public boolean isCancelled() {
                        return dropped.get() || self.isCancelled() || Thread.currentThread().isInterrupted();
                    }
                });
            }
        };
        // the Task is this runner's plumbing only: its properties change on the FX thread, coalesced
        ChangeListener<Object> moved = (o, a, b) -> {
            if (!dropped.get()) {
                onProgress.progress(Math.max(0, task.getProgress()), task.getMessage());
            }
        };
        task.progressProperty().addListener(moved);
        task.messageProperty().addListener(moved);
        task.setOnSucceeded(e -> {
            if (!dropped.get()) {
                onDone.accept(task.getValue());
            }
        });
        task.setOnFailed(e -> {
            if (!dropped.get()) {
                onFailed.accept(task.getException());
            }
        });
        run(task);
        return () -> {
            dropped.set(true);
            task.cancel(true);
        };
    }

    /** Stops accepting tasks and cancels what is running; called when the window closes. */
    void shutdown();
}
