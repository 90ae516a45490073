package dev.parallax.app.task;

import javafx.concurrent.Task;

/**
 * Runs each task's work at once on the calling thread, so tests need no executor and no timing. JavaFX still
 * delivers the task's state changes (and so its success handler) through the FX event queue: a test waits for
 * FX events after an action. For tests only: a long task would freeze the window.
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
