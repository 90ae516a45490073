package dev.parallax.app.task;

import dev.parallax.engine.align.ProgressListener;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.concurrent.Task;

/**
 * Runs work on an owned pool of daemon threads, so a forgotten job never keeps the JVM alive. Each job travels in
 * a {@link Task}, this runner's plumbing only: it brings the progress (coalesced) and the result to the FX thread.
 */
public final class ExecutorTaskRunner implements TaskRunner {

    private final ExecutorService executor;

    public ExecutorTaskRunner(String name, int threads) {
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1); // the FX thread comes first: the UI never waits on us
            return t;
        });
    }

    @Override
    public <T> Job submit(Work<T> work, ProgressListener onProgress, Consumer<? super T> onDone,
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
        executor.execute(task);
        return () -> {
            dropped.set(true);
            task.cancel(true);
        };
    }

    @Override
    public void shutdown() {
        executor.shutdownNow();
    }
}
