package dev.parallax.engine.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.engine.align.ComparisonEngine;
import dev.parallax.engine.align.TooLargeToCompareException;
import dev.parallax.engine.export.ScanJson;
import dev.parallax.engine.text.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder with one pair too long for the heap: the scan refuses that pair up front, says why in words, and
 * aligns every other pair (before, the refusal escaped the scan and nothing of the folder was reported).
 */
class ScanSkipsPairTooLargeTest {

    static final Path PAIRS = Path.of("src/test/resources/eval/wikinews-rewrites/pairs");

    @Test
    void theHugePairIsSkippedWithItsReasonAndTheRestIsScanned(@TempDir Path folder) throws IOException {
        List<Path> stories;
        try (Stream<Path> s = Files.list(PAIRS)) {
            stories = s.sorted().toList();
        }
        // a small pair: story 0 and its rewrite
        Files.copy(stories.get(0).resolve("right.txt"), folder.resolve("story.txt"));
        Files.copy(stories.get(0).resolve("left.txt"), folder.resolve("story-rewrite.txt"));
        // a huge pair: sixty other stories in one file, and its copy
        StringBuilder big = new StringBuilder();
        for (Path story : stories.subList(10, 70)) {
            big.append(Files.readString(story.resolve("right.txt"))).append("\n\n");
        }
        Files.writeString(folder.resolve("huge.txt"), big);
        Files.writeString(folder.resolve("huge-copy.txt"), big);

        // the heap limit just below what the huge pair needs; any pair with a story needs about half of it
        Article huge = Article.ofText("huge.txt", big.toString());
        long needed;
        try {
            ComparisonEngine.builder().heapLimit(1).build().compare(huge, huge);
            throw new AssertionError("a heap of one byte fits nothing");
        } catch (TooLargeToCompareException e) {
            needed = e.neededBytes();
        }
        ComparisonEngine engine = ComparisonEngine.builder().heapLimit(needed - 1).build();
        List<String> heard = new ArrayList<>();
        ScanResult r = FolderScan.builder().engine(engine).build().scan(folder, new ScanListener() {
            @Override
            public void progress(double done, String stage) {
            }

            @Override
            public void pairSkipped(String a, String b, String reason) {
                heard.add(a + " " + b + ": " + reason);
            }
        });

        assertEquals(1, r.skippedPairs().size(), r.skippedPairs().toString());
        ScanResult.SkippedPair s = r.skippedPairs().get(0);
        assertEquals(List.of("huge-copy.txt", "huge.txt"), List.of(s.a(), s.b()).stream().sorted().toList());
        assertTrue(s.reason().startsWith("too large to compare in this Java heap"), s.reason());
        assertTrue(s.reason().contains("-Xmx"), "says what to do: " + s.reason());
        assertEquals(List.of(s.a() + " " + s.b() + ": " + s.reason()), heard, "the listener hears it");
        assertFalse(r.complete());
        assertTrue(r.skipped().isEmpty(), "every file was read");
        assertEquals(4, r.documents().size());
        PairScore story = r.pairs().stream()
                .filter(p -> p.a().startsWith("story") && p.b().startsWith("story")).findFirst()
                .orElseThrow(() -> new AssertionError("the small pair is aligned: " + r.pairs()));
        assertTrue(story.sharedShare() > 0.2, "the rewrite shares text: " + story.sharedShare());
        assertEquals(r.candidates(), r.pairs().size() + r.skippedPairs().size(), "every other candidate aligned");

        // scan --json lists it too, with the same reason
        JsonNode json = new ObjectMapper().readTree(ScanJson.toJson(r, 0.01)).get("skippedPairs");
        assertEquals(1, json.size(), json.toString());
        JsonNode j = json.get(0);
        assertEquals(List.of(s.a(), s.b(), s.reason()),
                List.of(j.get("a").asText(), j.get("b").asText(), j.get("reason").asText()));
    }
}
