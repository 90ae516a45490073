package dev.parallax.app.task;

import javafx.concurrent.Task;

/**
 * Runs {@link Task}s off the FX thread. The window gets one from the composition root; tests inject
 * {@link SameThreadTaskRunner} so a test sees the result as soon as the call returns.
 */
public interface TaskRunner {

    /** Starts {@code task}; its result arrives on the FX thread through the task's own handlers. */
    <T> Task<T> run(Task<T> task);

    /** Stops accepting tasks and cancels what is running; called when the window closes. */
    void shutdown();
}
