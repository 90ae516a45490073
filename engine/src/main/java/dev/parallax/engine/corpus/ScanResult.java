package dev.parallax.engine.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The outcome of a scan. Immutable.
 *
 * @param documents  the documents scanned, in order
 * @param pairs      every aligned pair, ranked ({@link PairScore#byRank})
 * @param groups     documents telling the same story (ids), groups of two or more
 * @param skipped    files left out, with their reason
 * @param skippedPairs candidate pairs not aligned, with their reason (a pair too long for the heap)
 * @param candidates how many pairs the candidate stage proposed (all aligned but the skipped pairs)
 * @param timings    wall time of each stage
 */
public record ScanResult(List<Document> documents, List<PairScore> pairs, List<List<String>> groups,
                         List<Skipped> skipped, List<SkippedPair> skippedPairs, int candidates,
                         Timings timings) {

    public ScanResult {
        documents = List.copyOf(documents);
        pairs = List.copyOf(pairs);
        groups = List.copyOf(groups);
        skipped = List.copyOf(skipped);
        skippedPairs = List.copyOf(skippedPairs);
    }

    /** A file the scan could not read. */
    public record Skipped(Path file, String reason) {
    }

    /** A candidate pair (document ids) the scan did not align, with a one-line reason; its articles were read. */
    public record SkippedPair(String a, String b, String reason) {
    }

    /** Whether everything was read and every candidate pair aligned. */
    public boolean complete() {
        return skipped.isEmpty() && skippedPairs.isEmpty();
    }

    /** Nanoseconds spent reading, fingerprinting, generating candidates and aligning. */
    public record Timings(long read, long fingerprint, long candidates, long align) {

        public long total() {
            return read + fingerprint + candidates + align;
        }
    }

    /** Pairs whose shared share reaches {@code floor}, ranked. */
    public List<PairScore> pairsAbove(double floor) {
        return pairs.stream().filter(p -> p.sharedShare() >= floor && p.sharedShare() > 0).toList();
    }

    /** The pairs that include {@code id}, most similar first. */
    public List<PairScore> pairsOf(String id) {
        List<PairScore> out = new ArrayList<>();
        for (PairScore p : pairs) {
            if (p.a().equals(id) || p.b().equals(id)) {
                out.add(p);
            }
        }
        out.sort(Comparator.comparing(p -> p, PairScore::byRank));
        return out;
    }
}
