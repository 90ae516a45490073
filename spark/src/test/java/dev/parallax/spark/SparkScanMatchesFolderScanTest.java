package dev.parallax.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.engine.EngineFactory;
import dev.parallax.engine.corpus.ScanListener;
import dev.parallax.engine.corpus.ScanResult;
import dev.parallax.engine.export.ScanJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job gives exactly what the single-machine {@code scan --json} gives (the same pairs in the same
 * order with the same shared share, conflicts and likely source, and the same groups), in local mode, on the 200
 * Wikinews originals and rewrites (a folder tree: one subfolder per story), however the work is partitioned, and
 * with unreadable files in the folder.
 */
class SparkScanMatchesFolderScanTest {

    static final Path PAIRS = Path.of("src/test/resources/eval/wikinews-rewrites/pairs");
    static final ObjectMapper OM = new ObjectMapper();

    static JsonNode single;

    @TempDir
    static Path dir;

    /** One local session for all runs (the job uses a running session and leaves it running). */
    static SparkSession session;

    @BeforeAll
    static void singleMachineScan() {
        session = SparkSession.builder().master("local[2]").appName("parallax-spark-test")
                .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
                .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer").getOrCreate();
        single = scanJson(PAIRS);
        assertEquals(200, single.get("articles").size());
        assertTrue(single.get("pairs").size() >= 90, "the scan finds the rewrite pairs: " + single.get("pairs").size());
        assertTrue(single.get("groups").size() >= 80, "and groups them: " + single.get("groups").size());
    }

    @AfterAll
    static void stopSpark() {
        session.stop();
    }

    /** What {@code parallax scan FOLDER --json OUT} writes (the CLI runs exactly this with its defaults). */
    static JsonNode scanJson(Path folder) {
        return scanJson(scan(folder));
    }

    static ScanResult scan(Path folder) {
        try {
            return EngineFactory.defaults().scan().scan(folder, ScanListener.NONE);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode scanJson(ScanResult r) {
        try {
            return OM.readTree(ScanJson.toJson(r, ArchiveScan.MIN_SHARE));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    record Run(int exit, String stdout, String stderr, Path out) {
    }

    static Run spark(Path input, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of(input.toString(), out.toString(), "--master", "local[2]"));
        args.addAll(List.of(more));
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int exit = ArchiveScan.run(args.toArray(String[]::new), new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8), out);
    }

    static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            out.add(OM.readTree(line));
        }
        return out;
    }

    static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    static void assertSameAsSingleMachine(JsonNode expected, Run run) throws IOException {
        List<JsonNode> pairs = lines(run.out().resolve("pairs.jsonl"));
        List<JsonNode> groups = lines(run.out().resolve("groups.jsonl"));
        assertEquals(list(expected.get("pairs")), pairs, "pairs.jsonl equals scan --json's pairs, in order");
        assertEquals(list(expected.get("groups")), groups, "groups.jsonl equals scan --json's groups");
        assertTrue(Files.isDirectory(run.out().resolve("pairs.parquet")), "pairs as Parquet too");
        assertTrue(Files.isDirectory(run.out().resolve("groups.parquet")), "groups as Parquet too");
        JsonNode metrics = OM.readTree(run.out().resolve("metrics.json").toFile());
        assertEquals(expected.get("articles").size(), metrics.get("documents").asInt());
        assertTrue(metrics.get("shuffleBytesWritten").asLong() > 0, "the candidate stage is a shuffle");
    }

    @Test
    void oneAndFourPartitionsGiveTheSinglemachineScan() throws IOException {
        for (int partitions : new int[] {1, 4}) {
            Run run = spark(PAIRS, dir.resolve("out-" + partitions), "--partitions", String.valueOf(partitions));
            assertEquals(0, run.exit(), run.stderr());
            assertSameAsSingleMachine(single, run);
            assertEquals(0, Files.size(run.out().resolve("skipped.jsonl")), "nothing skipped");
        }
    }

    @Test
    void unreadableFilesAreSkippedWithTheirReasonAndTheRestIsTheSame() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("with-bad-files"));
        try (Stream<Path> s = Files.walk(PAIRS)) {
            for (Path f : s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt")).toList()) {
                Path to = folder.resolve(PAIRS.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
        Files.createFile(folder.resolve("empty.txt"));
        Files.write(folder.resolve("picture.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0});
        Files.createSymbolicLink(folder.resolve("gone.md"), folder.resolve("no-such-article.md"));
        ScanResult r = scan(folder);
        JsonNode expected = scanJson(r);
        Map<String, String> reasons = new TreeMap<>();
        for (ScanResult.Skipped s : r.skipped()) {
            reasons.put(folder.relativize(s.file()).toString(), s.reason());
        }
        assertEquals(3, reasons.size(), "the desktop scan skips the three: " + reasons);

        Run run = spark(folder, dir.resolve("out-bad"), "--partitions", "3");
        assertEquals(3, run.exit(), "exit 3 when articles were skipped: " + run.stderr());
        assertSameAsSingleMachine(expected, run);
        Map<String, String> sparkReasons = new TreeMap<>();
        for (JsonNode s : lines(run.out().resolve("skipped.jsonl"))) {
            assertEquals("file", s.get("kind").asText(), s.toString());
            sparkReasons.put(s.get("path").asText(), s.get("reason").asText());
        }
        assertEquals(reasons, sparkReasons, "skipped.jsonl names each skipped article with the desktop's reason");
        assertTrue(run.stdout().contains("3 skipped"), run.stdout());
    }

    @Test
    void aTableOfArticlesIsScannedLikeTheFolder() throws IOException {
        // the same 200 articles as a JSON Lines table (id, text): the pairs equal the folder scan's wherever the
        // files are plain text (all of these are), since a table row is read as text
        Path table = dir.resolve("articles.jsonl");
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> s = Files.walk(PAIRS)) {
            for (Path f : s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt")).sorted()
                    .toList()) {
                sb.append(OM.writeValueAsString(Map.of("id", PAIRS.relativize(f).toString(),
                        "text", Files.readString(f)))).append('\n');
            }
        }
        Files.writeString(table, sb);
        Run run = spark(table, dir.resolve("out-table"), "--partitions", "2");
        assertEquals(0, run.exit(), run.stderr());
        assertSameAsSingleMachine(single, run);
    }

    @Test
    void aSmallFolderComparesEveryPairAsOnOneMachine() throws IOException {
        // up to Candidates.COMPARE_ALL_UP_TO articles the scan aligns every pair: the job's cartesian branch
        Path folder = Files.createDirectory(dir.resolve("small"));
        try (Stream<Path> s = Files.list(PAIRS)) {
            for (Path story : s.sorted().limit(6).toList()) {
                Files.copy(story.resolve("left.txt"), folder.resolve(story.getFileName() + "-left.txt"));
                Files.copy(story.resolve("right.txt"), folder.resolve(story.getFileName() + "-right.txt"));
            }
        }
        Files.copy(Path.of("seeds/000_aeb0b849679dcb8d.txt"), folder.resolve("seed-a.txt"));
        Files.copy(Path.of("seeds/002_865976831600feca.txt"), folder.resolve("seed-b.txt"));
        JsonNode expected = scanJson(folder);
        Run run = spark(folder, dir.resolve("out-small"), "--partitions", "2");
        assertEquals(0, run.exit(), run.stderr());
        assertSameAsSingleMachine(expected, run);
        assertEquals(14 * 13 / 2, OM.readTree(run.out().resolve("metrics.json").toFile()).get("candidatePairs")
                .asInt(), "every pair of 14 articles aligned");
    }

    @Test
    void aPairTooLargeToCompareIsSkippedWithItsReasonAndTheJobGoesOn() throws IOException {
        // two long articles (eleven Wikinews stories in one file, and its copy) beside a story and its rewrite and
        // the two seeds; the character limit, lowered with -Dparallax.maxChars on the driver, lies just below the
        // long ones, so only their pair is too long to compare
        Path folder = Files.createDirectory(dir.resolve("with-huge-pair"));
        List<Path> stories;
        try (Stream<Path> s = Files.list(PAIRS)) {
            stories = s.sorted().toList();
        }
        Files.copy(stories.get(0).resolve("right.txt"), folder.resolve("story.txt"));
        Files.copy(stories.get(0).resolve("left.txt"), folder.resolve("story-rewrite.txt"));
        Files.copy(Path.of("seeds/000_aeb0b849679dcb8d.txt"), folder.resolve("seed-a.txt"));
        Files.copy(Path.of("seeds/002_865976831600feca.txt"), folder.resolve("seed-b.txt"));
        StringBuilder big = new StringBuilder();
        for (Path story : stories.subList(10, 21)) {
            big.append(Files.readString(story.resolve("right.txt"))).append("\n\n");
        }
        Files.writeString(folder.resolve("huge.txt"), big);
        Files.writeString(folder.resolve("huge-copy.txt"), big);
        int longest = 0;
        for (String small : List.of("story.txt", "story-rewrite.txt", "seed-a.txt", "seed-b.txt")) {
            longest = Math.max(longest, EngineFactory.defaults().loader().load(folder.resolve(small)).text().length());
        }
        int huge = EngineFactory.defaults().loader().load(folder.resolve("huge.txt")).text().length();
        assertTrue(huge > longest + 1, huge + " vs " + longest);

        ScanResult r;
        Run run;
        System.setProperty("parallax.maxChars", String.valueOf(huge - 1));
        try {
            r = scan(folder);
            run = spark(folder, dir.resolve("out-huge-pair"), "--partitions", "2");
        } finally {
            System.clearProperty("parallax.maxChars");
        }
        JsonNode expected = scanJson(r);
        assertEquals(1, expected.get("skippedPairs").size(), "the desktop scan skips the one pair: " + expected);
        JsonNode want = expected.get("skippedPairs").get(0);
        assertEquals(List.of("huge-copy.txt", "huge.txt"), List.of(want.get("a").asText(), want.get("b").asText()));
        assertTrue(want.get("reason").asText().startsWith("too long to compare in reasonable time"), want.toString());

        assertEquals(3, run.exit(), "exit 3 when a pair was skipped: " + run.stderr());
        assertTrue(run.stderr().contains("skipped 1 pair too large to compare"), run.stderr());
        assertSameAsSingleMachine(expected, run);
        List<JsonNode> skipped = lines(run.out().resolve("skipped.jsonl"));
        assertEquals(1, skipped.size(), skipped.toString());
        JsonNode got = skipped.get(0);
        assertEquals("pair", got.get("kind").asText());
        assertEquals(List.of(want.get("a"), want.get("b"), want.get("reason")),
                List.of(got.get("a"), got.get("b"), got.get("reason")), "the pair and the desktop's reason");
        JsonNode metrics = OM.readTree(run.out().resolve("metrics.json").toFile());
        assertEquals(1, metrics.get("skippedPairs").asInt());
        assertEquals(0, metrics.get("skipped").asInt(), "every article was read");
        assertEquals(6 * 5 / 2, metrics.get("candidatePairs").asInt(), "every pair of the six was a candidate");
        assertTrue(run.stdout().startsWith("6 articles, 0 skipped; 14 pairs aligned, 1 skipped;"), run.stdout());
    }

    @Test
    void badArgumentsAreOneLineAndExitTwo() {
        Run run = spark(PAIRS, PAIRS.resolve("out"));
        assertEquals(2, run.exit());
        assertTrue(run.stderr().startsWith("parallax-spark: OUT must lie outside INPUT"), run.stderr());
        assertEquals(1, run.stderr().strip().lines().count(), run.stderr());
    }
}
