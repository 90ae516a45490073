package dev.parallax.cli;

import static dev.parallax.cli.CompareBadInputTest.SEED_LEFT;
import static dev.parallax.cli.CompareBadInputTest.SEED_RIGHT;
import static dev.parallax.cli.CompareBadInputTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parallax.cli.CompareBadInputTest.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scan} lists what it cannot read (an unreadable subfolder, dangling links, link loops, FIFOs named like
 * articles) as skipped with the reason, scans the rest and exits 3; never a crash, never silence.
 */
class ScanSkipsWhatItCannotReadTest {

    @TempDir
    Path dir;
    Path folder;

    @BeforeEach
    void twoGoodArticles() throws IOException {
        folder = Files.createDirectory(dir.resolve("event"));
        Files.copy(SEED_LEFT, folder.resolve("a.txt"));
        Files.copy(SEED_RIGHT, folder.resolve("b.txt"));
    }

    private static void assertScannedTwoAndSkipped(Result r, Path skipped, String reason) {
        assertEquals(3, r.code(), r.err());
        assertTrue(r.out().startsWith("2 articles, 1 skipped"), r.out());
        assertEquals(List.of("parallax: skipped " + skipped + ": " + reason), r.err().strip().lines().toList());
    }

    @Test
    void aDanglingSymlinkIsSkippedWithItsReason() throws IOException {
        Path link = Files.createSymbolicLink(folder.resolve("gone.txt"), dir.resolve("deleted.txt"));
        assertScannedTwoAndSkipped(run("scan", folder.toString()), link,
                "dangling symbolic link (its target does not exist)");
    }

    @Test
    void aSymlinkLoopIsSkippedWithItsReason() throws IOException {
        Path x = folder.resolve("x.txt");
        Path y = dir.resolve("y.txt");
        Files.createSymbolicLink(x, y);
        Files.createSymbolicLink(y, x);
        assertScannedTwoAndSkipped(run("scan", folder.toString()), x, "symbolic link loop");
    }

    @Test
    void aFolderLinkLoopDoesNotTrapTheWalk() throws IOException {
        Files.createSymbolicLink(folder.resolve("again"), folder);
        Result r = run("scan", folder.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("2 articles, 0 skipped"), r.out());
    }

    @Test
    void aFifoNamedLikeAnArticleIsSkippedNotWaitedOn() throws Exception {
        Path fifo = folder.resolve("pipe.txt");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "no mkfifo here");
        assertScannedTwoAndSkipped(run("scan", folder.toString()), fifo,
                "not a regular file (a FIFO, socket or device)");
    }

    @Test
    void anUnreadableSubfolderIsSkippedAndTheRestScanned() throws IOException {
        Path locked = Files.createDirectory(folder.resolve("locked"));
        Files.copy(SEED_LEFT, locked.resolve("c.txt"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(locked), "running as root, which ignores folder permissions");
            Result r = run("scan", folder.toString());
            assertScannedTwoAndSkipped(r, locked, "folder cannot be read (permission denied)");
            assertFalse(r.err().contains("Exception"), r.err());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
