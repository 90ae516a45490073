package dev.parallax.app.task;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/**
 * One background job of a view at a time, on a {@link TaskRunner}: its progress, its status line and whether it
 * runs, as properties a view binds to (a {@code TaskBar} does); starting a new one cancels the old. The status
 * follows the task's messages while it runs and says in words how it ended. FX thread only.
 */
public final class TaskTracker {

    private final TaskRunner runner;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
    private Task<?> current;

    /** @param idle the status line before the first task */
    public TaskTracker(TaskRunner runner, String idle) {
        this.runner = Objects.requireNonNull(runner, "runner");
        message.set(Objects.requireNonNull(idle, "idle"));
    }

    /**
     * Cancels the running task, if any, and starts {@code task}. When it ends the status says
     * {@code succeeded.apply(value)}, {@code cancelled.get()} or {@code failed + ": " + the error}; those run on
     * the FX thread and may update the view. Returns the task.
     */
    public <T> Task<T> run(Task<T> task, Function<? super T, String> succeeded, Supplier<String> cancelled,
                           String failed) {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(succeeded, "succeeded");
        Objects.requireNonNull(cancelled, "cancelled");
        Objects.requireNonNull(failed, "failed");
        cancel();
        current = task;
        progress.bind(task.progressProperty());
        message.bind(task.messageProperty());
        running.set(true);
        task.setOnSucceeded(e -> end(task, () -> succeeded.apply(task.getValue())));
        task.setOnCancelled(e -> end(task, cancelled));
        task.setOnFailed(e -> end(task, () -> {
            Throwable t = task.getException();
            String why = t == null ? "unknown error" : t.getMessage() == null ? t.getClass().getSimpleName()
                    : t.getMessage();
            return failed + ": " + why;
        }));
        return runner.run(task);
    }

    private void end(Task<?> task, Supplier<String> words) {
        if (task != current) {
            return; // a task replaced by a newer one: its end says nothing about what is shown
        }
        progress.unbind();
        message.unbind();
        running.set(false);
        message.set(words.get());
    }

    /** Cancels the running task, if any. */
    public void cancel() {
        if (current != null && current.isRunning()) {
            current.cancel();
        }
    }

    /** The task started last, or null. */
    public Task<?> current() {
        return current;
    }

    /** Sets the status line (only while no task runs). */
    public void say(String words) {
        if (!running.get()) {
            message.set(words);
        }
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
