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

/**
 * One background job of a view at a time, submitted to a {@link TaskRunner} as plain {@link Work}: its progress,
 * its status line and whether it runs, as properties a view binds to (a {@code TaskBar} does); starting a new one
 * cancels the old. The status follows the work's stages while it runs and says in words how it ended; a cancel
 * says so at once. FX thread only; with {@link SameThreadTaskRunner} a job has ended when {@link #run} returns.
 */
public final class TaskTracker {

    private final TaskRunner runner;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
    /** The job running, or null. */
    private Job current;
    private Supplier<String> cancelledWords = () -> "";
    /** Counts jobs started and cancelled: only the latest job's reports reach the properties. */
    private long runs;

    /** @param idle the status line before the first job */
    public TaskTracker(TaskRunner runner, String idle) {
        this.runner = Objects.requireNonNull(runner, "runner");
        message.set(Objects.requireNonNull(idle, "idle"));
    }

    /**
     * Cancels the running job, if any, and starts {@code work}. When it ends the status says
     * {@code succeeded.apply(value)}, {@code cancelled.get()} or {@code failed + ": " + the error}; those run on
     * the FX thread and may update the view. Returns the job.
     */
    public <T> Job run(Work<T> work, Function<? super T, String> succeeded, Supplier<String> cancelled,
                       String failed) {
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(succeeded, "succeeded");
        Objects.requireNonNull(cancelled, "cancelled");
        Objects.requireNonNull(failed, "failed");
        cancel();
        long mine = ++runs;
        cancelledWords = cancelled;
        running.set(true);
        progress.set(-1); // not known yet: a progress bar shows that it runs
        message.set("");
        Job job = runner.submit(work, (done, stage) -> {
            if (runs == mine) {
                progress.set(done);
                message.set(stage == null ? "" : stage);
            }
        }, value -> {
            if (runs == mine) {
                end(() -> succeeded.apply(value));
            }
        }, t -> {
            if (runs == mine) {
                end(() -> failed + ": " + (t == null ? "unknown error"
                        : t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage()));
            }
        });
        if (runs == mine && running.get()) {
            current = job; // still running (a same-thread runner is done already)
        }
        return job;
    }

    private void end(Supplier<String> words) {
        current = null;
        running.set(false);
        progress.set(0);
        message.set(words.get());
    }

    /** Cancels the running job, if any: what it still reports is dropped, and the status says it was cancelled. */
    public void cancel() {
        Job job = current;
        if (job == null) {
            return;
        }
        runs++;
        job.cancel();
        end(cancelledWords);
    }

    /** Sets the status line (only while no job runs). */
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
