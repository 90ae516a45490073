package dev.parallax.app.task;

import javafx.concurrent.Task;

/**
 * Runs each task at once on the calling thread (the FX thread in tests), so its success handler has run when
 * {@link #run} returns. For tests only: a long task would freeze the window.
 */
public final class SameThreadTaskRunner implements TaskRunner {

    @Override
    public <T> Task<T> run(Task<T> task) {
        task.run();
        return task;
    }

    @Override
    public void shutdown() {
        // nothing is running between calls
    }
}
