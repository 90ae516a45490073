package dev.parallax.cli;

import static dev.parallax.cli.CompareBadInputTest.SEED_LEFT;
import static dev.parallax.cli.CompareBadInputTest.SEED_RIGHT;
import static dev.parallax.cli.CompareBadInputTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.cli.CompareBadInputTest.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file compared with itself is all agreement in the CLI's JSON, also in the shapes issue 12 found wrong: one
 * sentence repeated past the candidate index's cap (65 times: 0% shared before), a whole article repeated (every
 * sentence many times over), and an article on one line. Real text: the seeds. Time and memory of these shapes
 * at scale are the bench harness's ({@code bench/growth.sh repeated-sentence single-line quotes}).
 */
class IdenticalInputsAgreeTest {

    @TempDir
    Path dir;

    private JsonNode compareWithItself(String name, String text) throws IOException {
        Path f = Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        Path json = dir.resolve(name + ".json");
        Result r = run("compare", f.toString(), f.toString(), "--json", json.toString());
        assertEquals(0, r.code(), r.err());
        return new ObjectMapper().readTree(json.toFile());
    }

    private static void assertAllAgree(String what, JsonNode c) {
        JsonNode s = c.get("summary");
        assertEquals(0, s.get("conflict").asInt(), what + ": " + s);
        assertEquals(0, s.get("leftOnly").asInt(), what + ": " + s);
        assertEquals(0, s.get("rightOnly").asInt(), what + ": " + s);
        assertTrue(s.get("sharedShare").asDouble() >= 0.999, what + ": " + s);
        assertTrue(s.get("agree").asInt() > 0, what + ": " + s);
        for (JsonNode l : c.get("links")) {
            assertEquals("agree", l.get("kind").asText(), what + ": " + l);
        }
    }

    private static String seed(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    @Test
    void oneRealSentenceRepeatedIsAllAgreement() throws IOException {
        String sentence = "Obama and Hollande said they would step up strikes against the Islamic State group in "
                + "Syria and Iraq, after a meeting at the White House on Tuesday. ";
        assertTrue(seed(SEED_LEFT).contains("Hollande"));
        for (int n : new int[] {64, 65, 3_000}) {
            assertAllAgree(n + " times", compareWithItself("repeated" + n + ".txt", sentence.repeat(n)));
        }
    }

    @Test
    void aWholeArticleRepeatedIsAllAgreement() throws IOException {
        for (Path p : new Path[] {SEED_LEFT, SEED_RIGHT}) {
            String text = (seed(p).strip() + "\n\n").repeat(30);
            assertAllAgree(p + " x30", compareWithItself("article.txt", text));
        }
    }

    @Test
    void anArticleOnOneLineIsAllAgreement() throws IOException {
        for (Path p : new Path[] {SEED_LEFT, SEED_RIGHT}) {
            String line = seed(p).replaceAll("\\s+", " ").strip();
            assertAllAgree(p + " on one line", compareWithItself("line.txt", line));
            assertAllAgree(p + " on one line x20", compareWithItself("lines.txt", (line + " ").repeat(20)));
        }
    }
}
