package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parallax scan}: the JSON contract, the table, skipped files and exit codes, on real Wikinews text. */
class ScanCommandTest {

    static final Path PAIRS = Path.of("src/test/resources/eval/wikinews-rewrites/pairs");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /** Twelve stories, original and rewrite each, the rewrites in a subfolder. */
    private Path folderOfTwelveStories() throws IOException {
        Path folder = dir.resolve("event");
        Files.createDirectories(folder.resolve("rewrites"));
        List<Path> stories;
        try (Stream<Path> s = Files.list(PAIRS)) {
            stories = s.sorted().limit(12).toList();
        }
        for (Path story : stories) {
            String name = story.getFileName().toString();
            Files.copy(story.resolve("left.txt"), folder.resolve("rewrites/" + name + ".txt"));
            Files.copy(story.resolve("right.txt"), folder.resolve(name + ".txt"));
        }
        return folder;
    }

    @Test
    void theJsonFollowsTheContract() throws IOException {
        Path folder = folderOfTwelveStories();
        Path json = dir.resolve("scan.json");
        assertEquals(Cli.OK, run("scan", folder.toString(), "--json", json.toString()), err.toString());

        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals(Set.of("version", "articles", "pairs", "groups", "skippedPairs"), fields(root));
        assertEquals(0, root.get("skippedPairs").size(), "every candidate pair was aligned");
        assertEquals(1, root.get("version").asInt());
        assertEquals(24, root.get("articles").size());
        Set<String> paths = new HashSet<>();
        for (JsonNode a : root.get("articles")) {
            assertEquals(Set.of("path", "title"), fields(a));
            paths.add(a.get("path").asText());
            assertFalse(a.get("title").asText().isEmpty());
        }
        assertTrue(paths.contains("rewrites/" + firstStory() + ".txt"), "paths are relative, '/'-separated: " + paths);
        JsonNode pairs = root.get("pairs");
        assertTrue(pairs.size() >= 6, "pairs: " + pairs.size());
        double previous = 1;
        for (JsonNode p : pairs) {
            assertEquals(Set.of("a", "b", "sharedShare", "conflicts", "likelySource"), fields(p));
            assertTrue(paths.contains(p.get("a").asText()) && paths.contains(p.get("b").asText()));
            double share = p.get("sharedShare").asDouble();
            assertTrue(share > 0 && share <= 1 && share <= previous, "ranked by sharedShare: " + share);
            previous = share;
            assertTrue(p.get("conflicts").isInt() && p.get("conflicts").asInt() >= 0);
            JsonNode source = p.get("likelySource");
            assertTrue(source.isNull() || source.asText().equals(p.get("a").asText())
                    || source.asText().equals(p.get("b").asText()), "likelySource is a or b or null");
            String a = p.get("a").asText();
            String b = p.get("b").asText();
            assertEquals(name(a), name(b), "only the two versions of one story share text: " + a + " ~ " + b);
        }
        assertTrue(root.get("groups").size() >= 10, "groups: " + root.get("groups"));
        for (JsonNode g : root.get("groups")) {
            assertTrue(g.isArray() && g.size() >= 2);
            for (JsonNode m : g) {
                assertTrue(paths.contains(m.asText()));
            }
        }
    }

    @Test
    void theTableRanksPairsAndNamesTheFiles() throws IOException {
        Path folder = folderOfTwelveStories();
        assertEquals(Cli.OK, run("scan", folder.toString(), "--top", "3"), err.toString());
        String[] lines = out.toString().split("\\R");
        assertTrue(lines[0].startsWith("24 articles, 0 skipped;"), lines[0]);
        assertTrue(lines[1].matches("rank\\s+shared\\s+conflicts\\s+a\\s+b\\s+likely source"), lines[1]);
        assertTrue(lines[2].matches("\\s+1\\s+\\d+%\\s+\\d+\\s+.*\\.txt\\s+.*\\.txt\\s+(a|b|-)"), lines[2]);
        assertTrue(lines[4].trim().startsWith("3 "), lines[4]);
        assertTrue(lines[5].startsWith("... "), lines[5]);
    }

    @Test
    void anUnreadableFileIsSkippedWithItsReasonAndTheScanGoesOn() throws IOException {
        Path folder = folderOfTwelveStories();
        Files.write(folder.resolve("broken.txt"), new byte[] {0, 1, 2, 3, 0, 0, 7, 0});
        Files.writeString(folder.resolve("empty.md"), "");
        Path json = dir.resolve("scan.json");
        assertEquals(Cli.UNREADABLE, run("scan", folder.toString(), "--json", json.toString()));
        assertTrue(err.toString().contains("skipped " + folder.resolve("broken.txt") + ": not text (binary data)"),
                err.toString());
        assertTrue(err.toString().contains("empty.md: file is empty"), err.toString());
        assertTrue(out.toString().startsWith("24 articles, 2 skipped;"), out.toString());
        assertEquals(24, new ObjectMapper().readTree(json.toFile()).get("articles").size());
    }

    @Test
    void aMissingFolderOrBadOptionIsACleanError() {
        assertEquals(Cli.UNREADABLE, run("scan", dir.resolve("nope").toString()));
        assertEquals("parallax: " + dir.resolve("nope") + ": no such folder", err.toString().strip());
        assertEquals(Cli.USAGE, run("scan", dir.toString(), "--top", "-1"));
        assertEquals(Cli.USAGE, run("scan"));
    }

    @Test
    void aFolderWithoutArticlesHasNoPairs() throws IOException {
        Path json = dir.resolve("out.json");
        assertEquals(Cli.OK, run("scan", dir.toString(), "--json", json.toString()));
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals(0, root.get("articles").size());
        assertEquals(0, root.get("pairs").size());
        assertNull(root.get("pairs").get(0));
    }

    private static String firstStory() throws IOException {
        try (Stream<Path> s = Files.list(PAIRS)) {
            return s.sorted().findFirst().orElseThrow().getFileName().toString();
        }
    }

    private static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static Set<String> fields(JsonNode n) {
        Set<String> out = new HashSet<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }
}
