package dev.parallax.engine.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parallax.engine.align.ComparisonEngine;
import dev.parallax.engine.result.Comparison;
import dev.parallax.engine.text.ArticleLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing the report: atomically, never over an input, a one-line message when it cannot. */
class HtmlReportWriteTest {

    static final ReportInfo INFO = new ReportInfo("test", "", Instant.EPOCH);

    @TempDir
    Path dir;
    Path left;
    Path right;
    Comparison comparison;

    @BeforeEach
    void compareCopiesOfTheSeeds() throws Exception {
        left = Files.copy(Path.of("seeds/000_aeb0b849679dcb8d.txt"), dir.resolve("left.txt"));
        right = Files.copy(Path.of("seeds/002_865976831600feca.txt"), dir.resolve("right.txt"));
        ArticleLoader loader = ArticleLoader.create();
        comparison = ComparisonEngine.standard().compare(loader.load(left), loader.load(right));
    }

    @Test
    void writesTheReportAndLeavesNoTemporaryFile() throws IOException {
        Path out = dir.resolve("report.html");
        HtmlReport.write(comparison, INFO, out);
        assertEquals(HtmlReport.render(comparison, INFO), Files.readString(out, StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(3, files.count(), "left, right and the report only");
        }
    }

    @Test
    void refusesToWriteOverEitherInputEvenSpelledDifferently() throws IOException {
        byte[] before = Files.readAllBytes(left);
        Path sameLeft = dir.resolve(".").resolve("left.txt");
        InputOverwriteException e = assertThrows(InputOverwriteException.class,
                () -> HtmlReport.write(comparison, INFO, sameLeft));
        assertEquals("refusing to write over the input " + sameLeft, e.getMessage());
        assertThrows(InputOverwriteException.class, () -> HtmlReport.write(comparison, right));
        assertArrayEquals(before, Files.readAllBytes(left));
    }

    @Test
    void refusesALinkThatPointsAtAnInput() throws IOException {
        Path link;
        try {
            link = Files.createSymbolicLink(dir.resolve("link.html"), right);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here");
            return;
        }
        assertThrows(InputOverwriteException.class, () -> HtmlReport.write(comparison, INFO, link));
        assertTrue(Files.readString(right, StandardCharsets.UTF_8).startsWith("obama hollande"));
    }

    @Test
    void aReadOnlyFolderGivesOneClearLine() throws IOException {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        assumeTrue(locked.getFileSystem().supportedFileAttributeViews().contains("posix"), "needs POSIX permissions");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(locked), "running as root, which ignores folder permissions");
            Path out = locked.resolve("report.html");
            IOException e = assertThrows(IOException.class, () -> HtmlReport.write(comparison, INFO, out));
            assertEquals("cannot write in " + locked + ": permission denied", e.getMessage());
            assertFalse(Files.exists(out));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aMissingFolderGivesOneClearLine() {
        Path out = dir.resolve("no-such-folder").resolve("report.html");
        IOException e = assertThrows(IOException.class, () -> HtmlReport.write(comparison, INFO, out));
        assertEquals("cannot write " + out + ": folder " + out.getParent() + " does not exist", e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void replacingAnExistingReportKeepsItsPermissions() throws IOException {
        Path out = dir.resolve("shared.html");
        Files.writeString(out, "old");
        assumeTrue(out.getFileSystem().supportedFileAttributeViews().contains("posix"), "needs POSIX permissions");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r-----"));
        HtmlReport.write(comparison, INFO, out);
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        assertTrue(Files.readString(out).contains("Parallax comparison"));
    }
}
