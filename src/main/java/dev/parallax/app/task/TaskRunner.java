package dev.parallax.app.task;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Runs {@link Task}s off the FX thread. The window gets one from the composition root; tests inject
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
        Objects.requireNonNull(onDone, "onDone");
        Objects.requireNonNull(onFailed, "onFailed");
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onDone.accept(task.getValue()));
        task.setOnFailed(e -> onFailed.accept(task.getException()));
        run(task);
        return task::cancel;
    }

    /** Stops accepting tasks and cancels what is running; called when the window closes. */
    void shutdown();
}
