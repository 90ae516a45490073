package dev.parallax.cli;

import static dev.parallax.cli.CompareBadInputTest.SEED_LEFT;
import static dev.parallax.cli.CompareBadInputTest.SEED_RIGHT;
import static dev.parallax.cli.CompareBadInputTest.compare;
import static dev.parallax.cli.CompareBadInputTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.parallax.cli.CompareBadInputTest.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each option is validated once, with a message naming that option; file problems are said in words. */
class OptionsAndMessagesTest {

    @TempDir
    Path dir;

    /** A usage error: exit 2, a first line naming {@code option} and no other option, then the help hint. */
    private static void assertUsageErrorNaming(Result r, String option, String... others) {
        assertEquals(2, r.code(), () -> r.err() + r.out());
        List<String> lines = r.err().strip().lines().toList();
        assertEquals(2, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith("parallax: Invalid value for option '" + option + "'"), lines.get(0));
        for (String o : others) {
            assertFalse(lines.get(0).contains(o), () -> lines.get(0) + " names " + o);
        }
        assertTrue(lines.get(1).startsWith("Try 'parallax "), lines.get(1));
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @ParameterizedTest
    @CsvSource({"NaN", "1e-7", "Infinity", "1e13", "-1", "0", "lots"})
    void aBadMaxSizeIsAUsageErrorNamingOnlyMaxSize(String value) {
        assertUsageErrorNaming(compare(SEED_LEFT, SEED_RIGHT, "--max-size", value), "--max-size", "--sensitivity");
        assertUsageErrorNaming(run("scan", "seeds", "--max-size", value), "--max-size", "--min-share", "--top");
    }

    @ParameterizedTest
    @CsvSource({"NaN", "-0.1", "1.5", "Infinity"})
    void aBadSensitivityOrMinShareNamesThatOption(String value) {
        assertUsageErrorNaming(compare(SEED_LEFT, SEED_RIGHT, "--sensitivity", value), "--sensitivity", "--max-size");
        assertUsageErrorNaming(run("scan", "seeds", "--min-share", value), "--min-share", "--max-size", "--top");
    }

    @Test
    void aNegativeTopNamesTop() {
        assertUsageErrorNaming(run("scan", "seeds", "--top", "-3"), "--top", "--min-share");
    }

    @Test
    void aLargeButValidMaxSizeStillReadsFiles() {
        Result r = compare(SEED_LEFT, SEED_RIGHT, "--max-size", "2047");
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void theSizeLimitIsReportedInTheUnitTheUserGave() throws IOException {
        Path file = Files.copy(SEED_RIGHT, dir.resolve("long.txt"));
        compare(SEED_LEFT, file, "--max-size", "0.004")
                .assertOneLineError(3, file, "over the 0.004 MB limit (see --max-size)");
    }

    @Test
    void jsonToTheRootFolderSaysItIsAFolder() {
        Result r = compare(SEED_LEFT, SEED_RIGHT, "--json", "/");
        r.assertOneLineError(1, null, "cannot write /: it is a folder");
        assertFalse(r.err().contains("null"), r.err());
    }

    @Test
    void jsonToAFolderSaysItIsAFolder() {
        compare(SEED_LEFT, SEED_RIGHT, "--json", dir.toString()).assertOneLineError(1, dir, "it is a folder");
    }

    @Test
    void aBinaryAliasFileIsNamedAndSaidToBeBinary() throws IOException {
        Path aliases = Files.write(dir.resolve("aliases.bin"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        compare(SEED_LEFT, SEED_RIGHT, "--aliases", aliases.toString())
                .assertOneLineError(3, aliases, "alias file " + aliases + ": not text (binary data)");
    }

    @Test
    void anAliasFileInAnotherCharsetIsNamedAndSaidNotToBeUtf8() throws IOException {
        Path aliases = Files.write(dir.resolve("latin1.txt"), "Zürich | Zurich\n".getBytes(StandardCharsets.ISO_8859_1));
        compare(SEED_LEFT, SEED_RIGHT, "--aliases", aliases.toString())
                .assertOneLineError(3, aliases, "alias file " + aliases + ": not UTF-8 text");
    }

    @Test
    void aMissingAliasFileIsNamed() {
        Path aliases = dir.resolve("nope.txt");
        compare(SEED_LEFT, SEED_RIGHT, "--aliases", aliases.toString())
                .assertOneLineError(3, aliases, "alias file " + aliases + ": no such file");
    }

    @Test
    void anUnreadableAliasFileSaysPermissionDenied() throws IOException {
        Path aliases = Files.writeString(dir.resolve("noperm.txt"), "Russia | Russian Federation\n");
        Files.setPosixFilePermissions(aliases, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(aliases), "running as root, which ignores file permissions");
        compare(SEED_LEFT, SEED_RIGHT, "--aliases", aliases.toString())
                .assertOneLineError(3, aliases, "alias file " + aliases + ": permission denied");
    }
}
