package dev.parallax.app.task;

/** A piece of work handed to {@link TaskRunner#submit}: cancelling it means its handlers are never called. */
@FunctionalInterface
public interface Job {

    /** Stops the work if it is still running; its result, if any arrives, is dropped. */
    void cancel();
}
