package dev.parallax.app.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Task;

/** Runs tasks on an owned pool of daemon threads, so a forgotten task never keeps the JVM alive. */
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
    public <T> Task<T> run(Task<T> task) {
        executor.execute(task);
        return task;
    }

    @Override
    public void shutdown() {
        executor.shutdownNow();
    }
}
