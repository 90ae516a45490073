package dev.parallax.app.task;

import dev.parallax.engine.align.ProgressListener;

/**
 * Work handed to {@link TaskRunner#submit(Work, ProgressListener, java.util.function.Consumer,
 * java.util.function.Consumer)}: plain Java, run on the runner's thread, told where to report how far it has
 * come and polling that same listener for whether it should stop (the engine's long computations take one).
 */
@FunctionalInterface
public interface Work<T> {

    /**
     * @param progress report progress here (from this thread); its {@code isCancelled()} turns true once the job
     *                 is cancelled
     */
    T call(ProgressListener progress) throws Exception;
}
