package dev.parallax.engine.corpus;

import java.util.Objects;

/**
 * What the scan says about one pair of documents.
 *
 * @param a            id of the first document
 * @param b            id of the second document
 * @param related      whether there is evidence the two tell the same story (see {@link Scan#summarize});
 *                     when false, the few loose links the aligner found are taken as chance and not counted
 * @param sharedShare  share of both articles' text that has a counterpart (the engine's summary), 0 to 1;
 *                     0 when not {@code related}
 * @param alignedShare the engine's shared share before the relatedness test
 * @param conflicts    number of conflicting links; 0 when not {@code related}
 * @param similarity   TF-IDF cosine of the content words (candidate stage), 0 to 1; breaks ties in rankings
 * @param aCovered     share of {@code a}'s text that has a counterpart in {@code b}
 * @param bCovered     share of {@code b}'s text that has a counterpart in {@code a}
 * @param likelySource {@code a}, {@code b}, or null when the evidence is weak
 */
public record PairScore(String a, String b, boolean related, double sharedShare, double alignedShare, int conflicts, double similarity, double aCovered,
                        double bCovered, String likelySource) {

    public PairScore {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
    }

    /** The other document of the pair, seen from {@code id}. */
    public String other(String id) {
        return a.equals(id) ? b : a;
    }

    /** Ranking order: more shared text first, then more similar wording. */
    public static int byRank(PairScore x, PairScore y) {
        int c = Double.compare(y.sharedShare, x.sharedShare);
        return c != 0 ? c : Double.compare(y.similarity, x.similarity);
    }
}
