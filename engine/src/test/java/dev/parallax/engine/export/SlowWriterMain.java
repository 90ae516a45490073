package dev.parallax.engine.export;

import java.nio.file.Path;

/** Test helper run as its own JVM: starts a write that never ends, so the test can kill it mid-write. */
public final class SlowWriterMain {

    private SlowWriterMain() {
    }

    public static void main(String[] args) throws Exception {
        OutputGuard.NONE.write(Path.of(args[0]), out -> {
            out.write("{\"partial\": ".getBytes());
            out.flush();
            System.out.println("writing");
            System.out.flush();
            try {
                Thread.sleep(600_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
