package dev.parallax.engine.align;

/**
 * Tuning of the aligner. One default serves news pairs, rewrites and long revisions alike;
 * {@link #withSensitivity} moves the link threshold for the window's Strict/Loose slider.
 *
 * @param threshold      lowest similarity score (see {@link SentenceSimilarity}) for a link
 * @param partnerThreshold lowest score for a sentence's second and later links
 * @param partnerRatio   a later link must score at least this share of the sentence's best link, so a sentence
 *                       restated over two keeps both while a merely same-topic sentence is left out
 * @param anchorThreshold lowest TF-IDF cosine (plus the place bonus) for an anchor link: the mutual best lexical
 *                       matches, linked one-to-one before the similarity adds the rest
 * @param maxPartners    most links one sentence takes (a sentence restated over several, a headline summing up a lead)
 * @param candidateFloor pairs with a lower TF-IDF cosine are never scored
 * @param factGate       lowest word overlap for number, date, name and negation conflicts
 */
public record AlignOptions(double threshold, double partnerThreshold, double partnerRatio, int maxPartners,
                           double anchorThreshold, double candidateFloor, double factGate) {

    /** The one default setting, chosen on the fitting data (see AlignmentQualityTest and the README). */
    public static final AlignOptions DEFAULT = new AlignOptions(0.7, 0.9, 0.6, 4, 0.2, 0.05, 0.45);

    /** The strictest threshold the slider reaches: near-verbatim links only. */
    static final double STRICTEST = 0.97;
    /** The loosest threshold the slider reaches. */
    static final double LOOSEST = 0.1;

    public AlignOptions {
        if (!(threshold > 0 && threshold <= 1) || !(candidateFloor >= 0) || maxPartners < 1) {
            throw new IllegalArgumentException("threshold must lie in (0, 1], candidateFloor >= 0, maxPartners >= 1");
        }
    }

    /**
     * The default moved by a sensitivity from 0 (only near-verbatim links) to 1 (loose paraphrase); 0.5 is the
     * default. The threshold moves linearly from {@link #STRICTEST} to the default to {@link #LOOSEST}.
     */
    public static AlignOptions withSensitivity(double sensitivity) {
        if (Double.isNaN(sensitivity)) {
            throw new IllegalArgumentException("sensitivity must be a number from 0 to 1");
        }
        double s = Math.max(0, Math.min(1, sensitivity));
        double d = DEFAULT.threshold;
        double t = s <= 0.5 ? STRICTEST + (d - STRICTEST) * s / 0.5 : d + (LOOSEST - d) * (s - 0.5) / 0.5;
        double anchor = Math.max(0.02, Math.min(1, DEFAULT.anchorThreshold + (0.5 - s) * 0.4));
        AlignOptions o = DEFAULT.withThreshold(t);
        return new AlignOptions(o.threshold, o.partnerThreshold, o.partnerRatio, o.maxPartners, anchor,
                o.candidateFloor, o.factGate);
    }

    /** These options with another link threshold; the partner threshold keeps its distance above it. */
    public AlignOptions withThreshold(double t) {
        double p = Math.max(t, Math.min(STRICTEST, t + (partnerThreshold - threshold)));
        return new AlignOptions(t, p, partnerRatio, maxPartners, anchorThreshold, candidateFloor, factGate);
    }

    /** The sensitivity that gives this threshold (inverse of {@link #withSensitivity}). */
    public double sensitivity() {
        double d = DEFAULT.threshold;
        double s = threshold >= d ? 0.5 * (STRICTEST - threshold) / (STRICTEST - d)
                : 0.5 + 0.5 * (d - threshold) / (d - LOOSEST);
        return Math.max(0, Math.min(1, s));
    }
}
