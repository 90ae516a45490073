package dev.parallax.engine.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes are never partial, leave no temporary file behind when stopped, and write through a link. */
class SafeFilesTest {

    @TempDir
    Path dir;

    private List<Path> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void aLinkAtTheOutputPathIsKeptAndItsTargetIsWritten() throws IOException {
        Path real = Files.writeString(Files.createDirectory(dir.resolve("real")).resolve("result.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("result.json"), real);
        OutputGuard.NONE.write(link, "new");
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals("new", Files.readString(real));
        try (Stream<Path> s = Files.list(real.getParent())) {
            assertEquals(List.of(real), s.toList(), "no temporary file left beside the target");
        }
    }

    @Test
    void aDanglingLinkAtTheOutputPathCreatesItsTarget() throws IOException {
        Path real = dir.resolve("later.json");
        Path link = Files.createSymbolicLink(dir.resolve("out.json"), Path.of("later.json")); // relative link
        OutputGuard.NONE.write(link, "made");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("made", Files.readString(real));
    }

    @Test
    void aFailingWriterLeavesNeitherTargetNorTemporaryFile() {
        Path out = dir.resolve("out.json");
        assertThrows(IOException.class, () -> OutputGuard.NONE.write(out, o -> {
            o.write(1);
            throw new IOException("disk full");
        }));
        assertFalse(Files.exists(out));
        assertTrue(SafeFiles.pending().isEmpty());
        assertEquals(List.of(), assertDoesNotThrowListing());
    }

    private List<Path> assertDoesNotThrowListing() {
        try {
            return listing();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aProcessKilledMidWriteLeavesNoTemporaryFile() throws Exception {
        Path out = dir.resolve("report.json");
        Files.writeString(out, "previous");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), SlowWriterMain.class.getName(), out.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("writing", r.readLine(), "the writer started");
            assertEquals(2, listing().size(), "the target and the temporary file, mid-write");
            p.destroy(); // SIGTERM, as kill or Ctrl+C
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        } finally {
            p.destroyForcibly();
        }
        assertEquals(List.of(out), listing(), "no temporary file left behind");
        assertEquals("previous", Files.readString(out), "the target is never partial");
    }
}
