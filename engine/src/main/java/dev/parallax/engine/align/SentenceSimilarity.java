package dev.parallax.engine.align;

/**
 * How similar two sentences are, from the {@link Evidence} the matching stage gathered: the seam where the
 * engine's judgement of "says the same thing" plugs in. Scores lie in [0, 1]; the aligner links pairs at or
 * above {@link AlignOptions#threshold()}, best first. Implementations are immutable and thread-safe.
 */
@FunctionalInterface
public interface SentenceSimilarity {

    double score(Evidence evidence);

    /** Plain TF-IDF cosine of the content terms: the baseline. */
    static SentenceSimilarity tfIdfCosine() {
        return Evidence::cosine;
    }

    /**
     * The default: a logistic combination of all the evidence, with weights fitted on development data (see
     * {@code similarity-weights.tsv} for what it was fitted on), so the score reads as the probability that
     * the two sentences report the same thing.
     */
    static SentenceSimilarity fitted() {
        return FittedSimilarity.bundled();
    }
}
