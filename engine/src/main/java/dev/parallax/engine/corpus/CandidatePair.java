package dev.parallax.engine.corpus;

/**
 * Two documents the candidate stage found worth aligning.
 *
 * @param a          index of the first document (a &lt; b)
 * @param b          index of the second document
 * @param similarity TF-IDF cosine of their content stems, 0 to 1
 */
public record CandidatePair(int a, int b, double similarity) {

    public CandidatePair {
        if (a >= b || a < 0) {
            throw new IllegalArgumentException("need 0 <= a < b: " + a + ", " + b);
        }
    }
}
