package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parallax open} with bad arguments, run as the user runs it (a new JVM through {@code Main}): JavaFX
 * starts while the arguments are parsed, and must add nothing to the one-line error.
 */
class OpenCommandProcessTest {

    record Run(int exit, String out, String err) {
    }

    static Run parallax(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.parallax.Main"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "exits by itself");
        return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void aMissingFolderIsOneLineAndExitThree(@TempDir Path dir) throws Exception {
        Path nope = dir.resolve("nope");
        Run r = parallax("open", nope.toString());
        assertEquals(3, r.exit());
        assertEquals("parallax: " + nope + ": no such folder", r.err().strip());
        assertEquals("", r.out());
    }

    @Test
    void aBadWindowSizeIsAUsageError() throws Exception {
        Run r = parallax("open", "--size", "12x12");
        assertEquals(2, r.exit());
        List<String> lines = r.err().strip().lines().toList();
        assertEquals(List.of("parallax: --size must look like 1400x900", "Try 'parallax open --help' for usage."),
                lines);
    }

    @Test
    void aWindowSizeBelowTheMinimumIsAUsageError() throws Exception {
        Run r = parallax("open", "--size", "800x500");
        assertEquals(2, r.exit());
        assertEquals("parallax: --size 800x500 is smaller than the smallest window, 960x640",
                r.err().strip().lines().findFirst().orElse(""));
    }
}
