package dev.parallax.engine.align;

/**
 * Tuning of the aligner. One default serves news pairs and long revisions alike; {@link #withSensitivity}
 * moves the thresholds together for the window's sensitivity slider.
 *
 * @param threshold              lowest cosine for a link
 * @param secondPartnerThreshold lowest cosine for a second partner of a sentence restated as two
 * @param candidateFloor         pairs below this are never scored further
 * @param factGate               lowest word overlap for number, date, name and negation conflicts
 * @param positionPrior          largest bonus for a pair at the same relative place in both articles
 * @param minShared              content terms a pair must share to be linked (verbatim pairs excepted)
 */
public record AlignOptions(double threshold, double secondPartnerThreshold, double candidateFloor,
                           double factGate, double positionPrior, int minShared) {

    /** The one setting measured on both the seeds and the Wikinews rewrites (see AlignmentQualityTest). */
    public static final AlignOptions DEFAULT = new AlignOptions(0.20, 0.30, 0.05, 0.45, 0.10, 3);

    public AlignOptions {
        if (threshold <= 0 || threshold > 1 || secondPartnerThreshold <= 0 || candidateFloor < 0) {
            throw new IllegalArgumentException("thresholds must lie in (0, 1]");
        }
    }

    /**
     * The default moved by a sensitivity from 0 (only near-verbatim links) to 1 (loose paraphrase); 0.5 is the
     * default.
     */
    public static AlignOptions withSensitivity(double sensitivity) {
        double s = Math.max(0, Math.min(1, sensitivity));
        double shift = (0.5 - s) * 0.4; // from +0.2 to -0.2
        double t = clamp(DEFAULT.threshold + shift);
        double m = clamp(DEFAULT.secondPartnerThreshold + shift);
        return new AlignOptions(t, m, Math.min(DEFAULT.candidateFloor, t), DEFAULT.factGate, DEFAULT.positionPrior,
                DEFAULT.minShared);
    }

    /** The sensitivity that gives this threshold (inverse of {@link #withSensitivity}). */
    public double sensitivity() {
        return Math.max(0, Math.min(1, 0.5 - (threshold - DEFAULT.threshold) / 0.4));
    }

    private static double clamp(double v) {
        return Math.max(0.02, Math.min(1, v));
    }
}
