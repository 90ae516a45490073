package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scan} and {@code claims} of a folder holding one pair too long for a small heap: that pair is skipped in
 * one line with its reason, the other pair is aligned and listed, the exit code is 3 (something was left out), and
 * there is no stack trace (before, the refusal escaped and the command died with it).
 */
class FolderSkipsPairTooLargeTest {

    static final Path PAIRS = Path.of("src/test/resources/eval/wikinews-rewrites/pairs");

    private static Path folder(Path dir) throws IOException {
        Path story;
        try (Stream<Path> s = Files.list(PAIRS)) {
            story = s.sorted().findFirst().orElseThrow();
        }
        Path folder = Files.createDirectories(dir.resolve("folder"));
        Files.copy(story.resolve("right.txt"), folder.resolve("story.txt"));
        Files.copy(story.resolve("left.txt"), folder.resolve("story-rewrite.txt"));
        String seed = Files.readString(CompareBadInputTest.SEED_RIGHT, StandardCharsets.UTF_8);
        StringBuilder t = new StringBuilder();
        for (int i = 0; t.length() < 1_200_000; i++) {
            t.append("In dispatch ").append(i).append(", ").append(seed).append("\n\n");
        }
        Files.writeString(folder.resolve("huge.txt"), t);
        Files.writeString(folder.resolve("huge-copy.txt"), t);
        return folder;
    }

    /** Runs the command line in a JVM with a 128 MB heap: the huge pair (2.4 million characters) cannot fit. */
    private static String[] run(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-cp", System.getProperty("java.class.path"), "dev.parallax.Main"));
        cmd.addAll(List.of(args));
        Path errFile = Files.createTempFile("parallax-err", ".txt");
        try {
            Process p = new ProcessBuilder(cmd).redirectError(errFile.toFile()).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "exits by itself");
            return new String[] {Integer.toString(p.exitValue()), out, Files.readString(errFile)};
        } finally {
            Files.delete(errFile);
        }
    }

    private static void assertHugePairSkipped(String err) {
        List<String> lines = err.strip().lines().toList();
        assertFalse(lines.isEmpty(), "the skip is reported");
        for (String l : lines) {
            assertTrue(l.startsWith("parallax: skipped the pair "), err);
            assertTrue(l.contains(": too large to compare in this Java heap: "), err);
            assertTrue(l.contains("-Xmx") && l.contains("or compare shorter parts"), "says what to do: " + l);
        }
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("parallax: skipped the pair huge-copy.txt and huge.txt: ")
                || l.startsWith("parallax: skipped the pair huge.txt and huge-copy.txt: ")), err);
        assertFalse(err.contains("\tat ") || err.contains("Exception"), err);
    }

    @Test
    void scanSkipsTheHugePairAndListsTheOther(@TempDir Path dir) throws Exception {
        Path folder = folder(dir);
        Path json = dir.resolve("scan.json");
        String[] r = run("scan", folder.toString(), "--json", json.toString());
        assertEquals("3", r[0], r[2]);
        assertHugePairSkipped(r[2]);
        assertTrue(r[1].startsWith("4 articles, 0 skipped; "), r[1]);
        assertTrue(r[1].lines().anyMatch(l -> l.matches(".*\\bstory(-rewrite)?\\.txt\\s+story(-rewrite)?\\.txt.*")),
                "the small pair is listed: " + r[1]);
        assertTrue(r[1].contains("wrote " + json), r[1]);
        assertTrue(Files.readString(json).contains("\"story-rewrite.txt\""), "the JSON is written");
        // the JSON names the skipped pair with the reason stderr gave
        JsonNode skipped = new ObjectMapper().readTree(json.toFile()).get("skippedPairs");
        assertEquals(1, skipped.size(), skipped.toString());
        JsonNode s = skipped.get(0);
        assertEquals(List.of("huge-copy.txt", "huge.txt"), Stream.of(s.get("a").asText(), s.get("b").asText())
                .sorted().toList());
        assertTrue(r[2].contains("parallax: skipped the pair " + s.get("a").asText() + " and " + s.get("b").asText()
                + ": " + s.get("reason").asText()), "the same reason as on stderr: " + s + "\n" + r[2]);
        assertTrue(s.get("reason").asText().startsWith("too large to compare in this Java heap: "), s.toString());
    }

    @Test
    void claimsSkipsTheHugePairAndJoinsTheOther(@TempDir Path dir) throws Exception {
        Path folder = folder(dir);
        String[] r = run("claims", folder.toString());
        assertEquals("3", r[0], r[2]);
        assertHugePairSkipped(r[2]);
        assertTrue(r[1].startsWith("4 articles, 0 skipped; "), r[1]);
        assertTrue(r[1].contains("in: story-rewrite.txt, story.txt")
                || r[1].contains("in: story.txt, story-rewrite.txt"), "claims of the small pair: " + r[1]);
    }
}
