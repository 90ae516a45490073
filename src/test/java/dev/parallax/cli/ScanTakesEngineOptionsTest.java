package dev.parallax.cli;

import static dev.parallax.cli.CompareBadInputTest.SEED_LEFT;
import static dev.parallax.cli.CompareBadInputTest.SEED_RIGHT;
import static dev.parallax.cli.CompareBadInputTest.compare;
import static dev.parallax.cli.CompareBadInputTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.cli.CompareBadInputTest.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scan} assembles its engine where {@code compare} does: the same --sensitivity and --aliases, the same share. */
class ScanTakesEngineOptionsTest {

    @TempDir
    Path dir;

    private double compareShare(String... options) {
        Result r = compare(SEED_LEFT, SEED_RIGHT, options);
        assertEquals(0, r.code(), r.err());
        Matcher m = Pattern.compile("(\\d+)% of the text is shared").matcher(r.out());
        assertTrue(m.find(), r.out());
        return Double.parseDouble(m.group(1));
    }

    private double scanShare(String... options) throws IOException {
        Path json = dir.resolve("scan-" + System.nanoTime() + ".json");
        String[] args = new String[4 + options.length];
        args[0] = "scan";
        args[1] = "seeds";
        args[2] = "--json";
        args[3] = json.toString();
        System.arraycopy(options, 0, args, 4, options.length);
        Result r = run(args);
        assertEquals(0, r.code(), r.err());
        JsonNode pairs = new ObjectMapper().readTree(json.toFile()).get("pairs");
        assertEquals(1, pairs.size(), pairs::toString);
        return Math.round(100 * pairs.get(0).get("sharedShare").asDouble());
    }

    @Test
    void scanAndCompareAgreeAtEverySensitivity() throws IOException {
        double strict = scanShare("--sensitivity", "0");
        double loose = scanShare("--sensitivity", "1");
        assertNotEquals(strict, loose, "the sensitivity reaches the scan's engine");
        assertEquals(compareShare("--sensitivity", "0"), strict);
        assertEquals(compareShare("--sensitivity", "1"), loose);
    }

    @Test
    void scanReadsTheAliasFileLikeCompare() throws IOException {
        Path aliases = Files.writeString(dir.resolve("aliases.txt"), "Islamic State | IS | ISIS | ISIL\n");
        assertEquals(compareShare("--aliases", aliases.toString()), scanShare("--aliases", aliases.toString()));
        Path missing = dir.resolve("none.txt");
        Result r = run("scan", "seeds", "--aliases", missing.toString());
        r.assertOneLineError(3, missing, "no such file");
    }
}
