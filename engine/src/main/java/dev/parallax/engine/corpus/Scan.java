package dev.parallax.engine.corpus;

import dev.parallax.engine.align.ComparisonEngine;
import dev.parallax.engine.align.ProgressListener;
import dev.parallax.engine.result.Comparison;
import dev.parallax.engine.result.Kind;
import dev.parallax.engine.result.Link;
import dev.parallax.engine.result.Passage;
import dev.parallax.engine.text.Article;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The scan's per-document and per-pair steps, as pure functions: {@link #fingerprint} (map over documents) and
 * {@link #score} (map over candidate pairs). Nothing here keeps state between calls.
 */
public final class Scan {

    /** MinHash signature length. */
    public static final int SIGNATURE_LENGTH = 60;
    /** Shingle width in content stems. */
    public static final int SHINGLE = 3;
    /**
     * Containment: the contained article has at least this share of its text matched (a heavy paraphrase
     * covers less, and a condensed rewrite must not pass for a source), and the container at
     * least {@link #CONTAINER_GAP} less.
     */
    public static final double CONTAINED = 0.8;
    public static final double CONTAINER_GAP = 0.25;
    /** Below this shared share, no source is named. */
    public static final double SOURCE_EVIDENCE = 0.2;

    private static final long[] SEEDS = new long[SIGNATURE_LENGTH];

    static {
        for (int k = 0; k < SIGNATURE_LENGTH; k++) {
            SEEDS[k] = Terms.mix(0x9e3779b97f4a7c15L * (k + 1));
        }
    }

    private Scan() {
    }

    /** The fingerprint of one document: content stems with counts, and a MinHash of its stem shingles. */
    public static Fingerprint fingerprint(Document doc) {
        Objects.requireNonNull(doc, "doc");
        long[] stems = Terms.contentStems(doc.article());
        long[] sorted = stems.clone();
        Arrays.sort(sorted);
        int distinct = 0;
        for (int k = 0; k < sorted.length; k++) {
            if (k == 0 || sorted[k] != sorted[k - 1]) {
                distinct++;
            }
        }
        long[] terms = new long[distinct];
        int[] counts = new int[distinct];
        int t = -1;
        for (int k = 0; k < sorted.length; k++) {
            if (k == 0 || sorted[k] != sorted[k - 1]) {
                terms[++t] = sorted[k];
            }
            counts[t]++;
        }
        long[] minHash = new long[stems.length < SHINGLE ? 0 : SIGNATURE_LENGTH];
        Arrays.fill(minHash, Long.MAX_VALUE);
        for (int k = 0; k + SHINGLE <= stems.length && minHash.length > 0; k++) {
            long shingle = stems[k];
            for (int s = 1; s < SHINGLE; s++) {
                shingle = Terms.mix(shingle * 31 + stems[k + s]);
            }
            for (int h = 0; h < SIGNATURE_LENGTH; h++) {
                long v = Terms.mix(shingle ^ SEEDS[h]);
                if (v < minHash[h]) {
                    minHash[h] = v;
                }
            }
        }
        return new Fingerprint(doc.id(), terms, counts, stems.length, minHash);
    }

    /**
     * Aligns one candidate pair with the comparison engine and sums it up.
     *
     * @param similarity the candidate stage's cosine, kept for ranking ties
     * @throws java.util.concurrent.CancellationException when the listener cancels
     */
    public static PairScore score(ComparisonEngine engine, Document a, Document b, double similarity,
                                  ProgressListener progress) {
        Comparison c = engine.compare(a.article(), b.article(), progress);
        return summarize(a.id(), b.id(), c, similarity);
    }

    /**
     * A pair score from a comparison already made: exactly what the comparison shares, so the scan, its JSON,
     * the overview and the reader report the same numbers. (Whether two articles tell one story at all is the
     * engine's judgement: links that are only chance never reach the comparison.)
     */
    public static PairScore summarize(String idA, String idB, Comparison c, double similarity) {
        int conflicts = 0;
        for (Link l : c.links()) {
            if (l.kind() == Kind.CONFLICT) {
                conflicts++;
            }
        }
        double aligned = c.summary().sharedShare();
        if (c.links().isEmpty()) {
            return new PairScore(idA, idB, false, 0, aligned, 0, similarity, 0, 0, null);
        }
        double aCovered = covered(c.leftPassages());
        double bCovered = covered(c.rightPassages());
        double shared = aligned;
        String source = switch (likelySource(c.left(), c.right(), aCovered, bCovered, shared)) {
            case 1 -> idA;
            case 2 -> idB;
            default -> null;
        };
        return new PairScore(idA, idB, true, shared, aligned, conflicts, similarity, aCovered, bCovered, source);
    }

    /**
     * Which of two related articles is likely the source: 1 for {@code a}, 2 for {@code b}, 0 when the
     * evidence is weak. An earlier publication date decides when both dates are known; otherwise containment:
     * when most of one article's text has a counterpart in the other and the other adds much of its own, the
     * contained one is the likely source and the container derived from it. Articles sharing too little
     * ({@link #SOURCE_EVIDENCE}) get no verdict.
     */
    public static int likelySource(Article a, Article b, double aCovered, double bCovered, double sharedShare) {
        if (sharedShare < SOURCE_EVIDENCE && Math.max(aCovered, bCovered) < CONTAINED) {
            return 0;
        }
        LocalDate da = date(a.date());
        LocalDate db = date(b.date());
        if (da != null && db != null && !da.equals(db)) {
            return da.isBefore(db) ? 1 : 2;
        }
        if (aCovered >= CONTAINED && aCovered - bCovered >= CONTAINER_GAP) {
            return 1;
        }
        if (bCovered >= CONTAINED && bCovered - aCovered >= CONTAINER_GAP) {
            return 2;
        }
        return 0;
    }

    /** Share of the passages' text that has a counterpart. */
    static double covered(List<Passage> passages) {
        long all = 0;
        long linked = 0;
        for (Passage p : passages) {
            all += p.span().length();
            if (p.kind() != Kind.UNIQUE) {
                linked += p.span().length();
            }
        }
        return all == 0 ? 0 : (double) linked / all;
    }

    /** The ISO date at the start of {@code s}, or null. */
    public static LocalDate date(String s) {
        if (s == null || s.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
