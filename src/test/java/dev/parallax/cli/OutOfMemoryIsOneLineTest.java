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

/** A pair too large for the heap ends in one line that says what to do, not an OutOfMemoryError stack trace. */
class OutOfMemoryIsOneLineTest {

    @Test
    void aPairTooLargeForTheHeapIsOneLineAndExitOne(@TempDir Path dir) throws Exception {
        String seed = Files.readString(CompareBadInputTest.SEED_RIGHT, StandardCharsets.UTF_8);
        StringBuilder t = new StringBuilder();
        for (int i = 0; t.length() < 2_000_000; i++) {
            t.append("In dispatch ").append(i).append(", ").append(seed).append("\n\n");
        }
        Path big = Files.writeString(dir.resolve("big.txt"), t);
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx16m",
                "-cp", System.getProperty("java.class.path"), "dev.parallax.Main", "compare", big.toString(),
                big.toString());
        Process p = new ProcessBuilder(cmd).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "exits by itself");
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, p.exitValue(), err);
        List<String> lines = err.strip().lines().toList();
        assertEquals(1, lines.size(), err);
        assertTrue(lines.get(0).startsWith("parallax: out of memory: the inputs need more than the "), err);
        assertTrue(lines.get(0).contains("-Xmx"), err);
        assertFalse(err.contains("\tat "), err);
    }
}
