package dev.parallax.engine.claims;

/**
 * The guard of the join (see the package description).
 *
 * @param maxPerArticle passages one article may give to one claim (a sentence restated as two)
 * @param support       two groups merge only when their direct links are at least this share of the pairs
 *                      between them whose articles were compared, 0 to 1
 * @param wording       a claim grows beyond two passages only when the mean wording overlap (cosine of the
 *                      content words weighted by their rarity among the collection's sentences) of the pairs
 *                      between the two groups whose articles were compared is at least this, and none of its
 *                      passages says only the story's names; 0 to 1, 0 turns both checks off
 */
public record JoinRules(int maxPerArticle, double support, double wording) {

    /** Tuned on ECB+ topics 16, 24 and 31 only; 23, 30 and 40 are held out (see the README). */
    public static final JoinRules DEFAULT = new JoinRules(2, 0.7, 0.2);

    public JoinRules {
        if (maxPerArticle < 1) {
            throw new IllegalArgumentException("maxPerArticle must be at least 1");
        }
        if (!(support >= 0 && support <= 1)) {
            throw new IllegalArgumentException("support must be 0 to 1");
        }
        if (!(wording >= 0 && wording <= 1)) {
            throw new IllegalArgumentException("wording must be 0 to 1");
        }
    }
}
