package dev.parallax.app.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Work submitted to the test runner is done, and its handler called, on the caller's thread before submit returns. */
class SameThreadTaskRunnerTest {

    final TaskRunner runner = new SameThreadTaskRunner();

    @Test
    void theResultArrivesOnTheCallingThreadBeforeSubmitReturns() {
        List<String> got = new ArrayList<>();
        Thread[] on = new Thread[1];
        runner.submit(() -> "styled", r -> {
            got.add(r);
            on[0] = Thread.currentThread();
        }, t -> got.add("failed: " + t));
        assertEquals(List.of("styled"), got);
        assertSame(Thread.currentThread(), on[0]);
    }

    @Test
    void whatTheWorkThrowsGoesToTheFailureHandlerAndNotToTheCaller() {
        Throwable[] failure = new Throwable[1];
        String[] result = new String[1];
        runner.<String>submit(() -> {
            throw new IOException("seeds/missing.txt: no such file");
        }, r -> result[0] = r, t -> failure[0] = t);
        assertNull(result[0]);
        assertEquals("seeds/missing.txt: no such file", failure[0].getMessage());
    }

    @Test
    void progressReachesTheHandlerOnlyFromTheCallingThread() {
        List<String> stages = new ArrayList<>();
        String[] result = new String[1];
        runner.submit(progress -> {
            progress.progress(0.5, "aligning");
            // a folder scan reports from its own pool: a property bound to the window must not change there
            Thread other = new Thread(() -> progress.progress(0.9, "from the pool"));
            other.start();
            other.join();
            return "done";
        }, (done, stage) -> stages.add(stage), r -> result[0] = r, t -> result[0] = "failed: " + t);
        assertEquals(List.of("aligning"), stages);
        assertEquals("done", result[0]);
    }
}
