package dev.parallax.engine.align;

/**
 * The one term weighting: a term's weight is its rarity among the sentences of the pair times the square root
 * of its rarity in news prose at large ({@link BackgroundStats}), so both the story's own topic words and the
 * genre's common words weigh little; numbers weigh {@link #NUMBER_WEIGHT} times more.
 */
final class TermWeights {

    /** Numbers anchor news facts ("1,200 hectares"), so they weigh more than words of the same rarity. */
    static final double NUMBER_WEIGHT = 1.5;
    /** A term seen in at most this many background sentences counts as rare (names, places, specific words). */
    static final int RARE_BACKGROUND_DF = 3;

    private final double[] idf;
    private final double[] backgroundIdf;
    private final boolean[] rare;

    private TermWeights(double[] idf, double[] backgroundIdf, boolean[] rare) {
        this.idf = idf;
        this.backgroundIdf = backgroundIdf;
        this.rare = rare;
    }

    /**
     * Weights for a vocabulary.
     *
     * @param stems     the stem of each term id
     * @param df        in how many of the pair's {@code sentences} each term occurs
     * @param sentences how many sentences the pair has
     */
    static TermWeights of(String[] stems, int[] df, int sentences, BackgroundStats bg) {
        double[] idf = new double[stems.length];
        double[] bidf = new double[stems.length];
        boolean[] rare = new boolean[stems.length];
        for (int t = 0; t < stems.length; t++) {
            double pair = Math.log(1.0 + (double) sentences / Math.max(1, df[t]));
            int bdf = bg.df(stems[t]);
            double background = Math.log(1.0 + (double) bg.sentences() / (1 + bdf));
            idf[t] = pair * Math.sqrt(background);
            bidf[t] = background;
            if (Character.isDigit(stems[t].charAt(0))) {
                idf[t] *= NUMBER_WEIGHT;
            }
            rare[t] = bdf <= RARE_BACKGROUND_DF;
        }
        return new TermWeights(idf, bidf, rare);
    }

    double[] idf() {
        return idf;
    }

    /** Rarity in news prose alone, blind to how often the pair itself repeats a term. */
    double[] backgroundIdf() {
        return backgroundIdf;
    }

    boolean rare(int term) {
        return rare[term];
    }
}
