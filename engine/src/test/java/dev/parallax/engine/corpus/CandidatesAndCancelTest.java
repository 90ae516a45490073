package dev.parallax.engine.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.engine.text.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** LSH bands find lightly edited copies; fingerprints are stable; a scan stops when cancelled. */
class CandidatesAndCancelTest {

    static final Path PAIRS = Path.of("src/test/resources/eval/wikinews-rewrites/pairs");

    static List<Document> originals(int n) throws IOException {
        List<Path> dirs;
        try (Stream<Path> s = Files.list(PAIRS)) {
            dirs = s.sorted().limit(n).toList();
        }
        List<Document> out = new ArrayList<>();
        for (Path d : dirs) {
            String id = d.getFileName() + ".txt";
            out.add(new Document(id, Article.ofText(id, Files.readString(d.resolve("right.txt")))));
        }
        return out;
    }

    @Test
    void lshBandsPairALightlyEditedCopyAndNothingElse() throws IOException {
        List<Document> docs = new ArrayList<>(originals(30));
        // a copy of story 7 with its last paragraph dropped and a sentence added at the top
        String text = docs.get(7).article().text();
        String edited = "Updated with reaction.\n\n" + text.substring(0, text.lastIndexOf("\n\n") > 0
                ? text.lastIndexOf("\n\n") : text.length());
        docs.add(new Document("copy.txt", Article.ofText("copy.txt", edited)));
        List<Fingerprint> fps = docs.stream().map(Scan::fingerprint).toList();
        Set<Long> bands = Candidates.byBands(fps, Candidates.Options.DEFAULT);
        assertEquals(Set.of(Candidates.key(7, 30)), bands);
        DocumentFrequencies df = DocumentFrequencies.of(fps);
        List<CandidatePair> kept = Candidates.generate(fps, df, Candidates.Options.DEFAULT, () -> false);
        assertEquals(new CandidatePair(7, 30, kept.get(0).similarity()), kept.get(0), "the copy is the most similar pair");
        assertTrue(kept.get(0).similarity() > 0.8, "cosine " + kept.get(0).similarity());
    }

    @Test
    void aFingerprintDependsOnlyOnTheText() throws IOException {
        Document d = originals(1).get(0);
        Fingerprint a = Scan.fingerprint(d);
        Fingerprint b = Scan.fingerprint(new Document(d.id(), Article.ofText("elsewhere.txt", d.article().text())));
        assertEquals(a, b);
        assertTrue(a.terms().length > 50 && a.minHash().length == Scan.SIGNATURE_LENGTH);
        for (int i = 1; i < a.terms().length; i++) {
            assertTrue(a.terms()[i - 1] < a.terms()[i], "terms ascending and distinct");
        }
    }

    @Test
    void aCancelledScanStopsAndScoresNoMorePairs() throws IOException {
        List<Document> docs = new ArrayList<>(originals(40));
        List<Path> dirs;
        try (Stream<Path> s = Files.list(PAIRS)) {
            dirs = s.sorted().limit(40).toList();
        }
        for (Path d : dirs) {
            String id = d.getFileName() + "-rewrite.txt";
            docs.add(new Document(id, Article.ofText(id, Files.readString(d.resolve("left.txt")))));
        }
        AtomicInteger scored = new AtomicInteger();
        ScanListener cancelAfterThree = new ScanListener() {
            @Override
            public void progress(double done, String stage) {
            }

            @Override
            public void pairScored(PairScore pair) {
                scored.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return scored.get() >= 3;
            }
        };
        FolderScan scan = FolderScan.builder().threads(2).build();
        assertThrows(CancellationException.class, () -> scan.scan(docs, cancelAfterThree));
        int atCancel = scored.get();
        assertTrue(atCancel >= 3 && atCancel <= 5, "pairs scored before stopping: " + atCancel);
        ScanResult full = scan.scan(docs, ScanListener.NONE);
        assertTrue(full.candidates() > 40, "the full scan aligns " + full.candidates());
        assertFalse(full.groups().isEmpty());
    }

    /**
     * A stem is rare in 2% of a folder, but in no more than 1,000 documents of an archive: the rare-stem lookup
     * of a million articles would otherwise touch up to 30 x 20,000 documents per article (the shuffle grew with
     * the square of the archive), while folders and the 2,000 and 20,000-article benchmarks keep the share.
     */
    @Test
    void aRareStemIsRareInAShareOfAFolderAndInAtMostAFixedNumberOfDocumentsOfAnArchive() {
        Candidates.Options o = Candidates.Options.DEFAULT;
        assertEquals(2, o.maxDf(10));
        assertEquals(4, o.maxDf(200));
        assertEquals(40, o.maxDf(2_000));
        assertEquals(200, o.maxDf(10_000));
        assertEquals(400, o.maxDf(20_000));
        assertEquals(1_000, o.maxDf(50_000));
        assertEquals(Candidates.MAX_RARE_POSTINGS, o.maxDf(50_001));
        assertEquals(Candidates.MAX_RARE_POSTINGS, o.maxDf(1_000_000));
        assertEquals(Candidates.MAX_RARE_POSTINGS, o.maxDf(Integer.MAX_VALUE));
    }
}
