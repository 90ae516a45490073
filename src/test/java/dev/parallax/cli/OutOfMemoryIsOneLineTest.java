package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pair too large for the heap is refused before the work, in one line that says why and what to do, not after
 * minutes with an OutOfMemoryError stack trace (were the estimate ever short, the error itself is one line too).
 */
class OutOfMemoryIsOneLineTest {

    @Test
    void aPairTooLargeForTheHeapIsOneLineAndExitOne(@TempDir Path dir) throws Exception {
        String seed = Files.readString(CompareBadInputTest.SEED_RIGHT, StandardCharsets.UTF_8);
        StringBuilder t = new StringBuilder();
        for (int i = 0; t.length() < 2_000_000; i++) {
            t.append("In dispatch ").append(i).append(", ").append(seed).append("\n\n");
        }
        Path big = Files.writeString(dir.resolve("big.txt"), t);
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
                "-cp", System.getProperty("java.class.path"), "dev.parallax.Main", "compare", big.toString(),
                big.toString());
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "exits by itself");
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, p.exitValue(), err);
        List<String> lines = err.strip().lines().toList();
        assertEquals(1, lines.size(), err);
        assertTrue(lines.get(0).startsWith("parallax: " + big + " and " + big + ": too large to compare in this "
                + "Java heap: the two texts are 4.0 million characters and need about "), err);
        assertTrue(lines.get(0).contains("or compare shorter parts"), err);
        assertTrue(lines.get(0).contains("-Xmx1g"), err);
        assertTrue(seconds < 60, "refused up front, not after the work: " + seconds + " s");
        assertFalse(err.contains("\tat "), err);
    }
}
