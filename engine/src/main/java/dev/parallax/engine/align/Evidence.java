package dev.parallax.engine.align;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * What the matching stage knows about one candidate sentence pair: the evidence a {@link SentenceSimilarity}
 * weighs.
 *
 * @param left            left sentence index
 * @param right           right sentence index
 * @param cosine          TF-IDF cosine of the two sentences' content terms
 * @param rowShare        the cosine over the best cosine the left sentence has with any right sentence
 * @param columnShare     the cosine over the best cosine the right sentence has with any left sentence
 * @param mutualBest      each is the other's best match
 * @param place           1 minus the distance of the two sentences' relative places in their articles
 * @param lead            both are among the first two sentences of their article (headline, lead)
 * @param shared          content terms both contain
 * @param sharedRare      shared terms that are rare in news prose at large (names, places, specific words)
 * @param sharedNumbers   shared numbers
 * @param sharedNames     shared capitalised names
 * @param synonyms        content words of one side with a synonym, but not the word itself, in the other
 * @param minContent      content terms of the shorter sentence
 * @param documentCosine  TF-IDF cosine of the two whole articles (same story or not)
 * @param dice            shared content terms over the mean count of both sentences', unweighted
 * @param sharedSpecific  shared terms that are not the story's running words (in at most a quarter of the pair's
 *                        sentences): the evidence that two sentences report the same detail, not just the story
 * @param documentRare    of the side with fewer distinctive names (capitalised and rare in news prose: people,
 *                        places, storms), the share the other article also has, or -1 when a side has none: two
 *                        storms or two earthquakes share the genre's words but not their names
 * @param topicCosine     cosine with terms weighted by their rarity in news prose alone: terms the story
 *                        repeats (the event's own words, "sentenced", "heist") count, not only rare ones
 */
public record Evidence(int left, int right, double cosine, double rowShare, double columnShare, boolean mutualBest,
                       double place, boolean lead, int shared, int sharedRare, int sharedNumbers, int sharedNames,
                       int synonyms, int minContent, double documentCosine, double dice, double topicCosine,
                       int sharedSpecific, double documentRare) {

    /** A named feature of the evidence, as the fitted similarity weighs it. */
    public record Feature(String name, ToDoubleFunction<Evidence> value) {
    }

    /** The features, in the order of the fitted weights file. */
    public static final List<Feature> FEATURES = List.of(
            new Feature("cosine", e -> e.cosine),
            new Feature("sqrtCosine", e -> Math.sqrt(e.cosine)),
            new Feature("rowShare", e -> e.rowShare),
            new Feature("columnShare", e -> e.columnShare),
            new Feature("mutualBest", e -> e.mutualBest ? 1 : 0),
            new Feature("place", e -> e.place),
            new Feature("lead", e -> e.lead ? 1 : 0),
            new Feature("logShared", e -> Math.log1p(e.shared)),
            new Feature("logSharedRare", e -> Math.log1p(e.sharedRare)),
            new Feature("logSharedNumbers", e -> Math.log1p(e.sharedNumbers)),
            new Feature("logSharedNames", e -> Math.log1p(e.sharedNames)),
            new Feature("synonymShare", e -> e.minContent == 0 ? 0 : Math.min(1.0, (double) e.synonyms / e.minContent)),
            new Feature("logMinContent", e -> Math.log1p(e.minContent)),
            new Feature("documentCosine", e -> e.documentCosine),
            new Feature("cosineTimesDocument", e -> e.cosine * e.documentCosine),
            new Feature("dice", e -> e.dice),
            new Feature("topicCosine", e -> e.topicCosine),
            new Feature("rowShareTimesDocument", e -> e.rowShare * e.documentCosine),
            new Feature("columnShareTimesDocument", e -> e.columnShare * e.documentCosine),
            new Feature("mutualBestTimesDocument", e -> e.mutualBest ? e.documentCosine : 0),
            new Feature("logSharedSpecific", e -> Math.log1p(e.sharedSpecific)));

    /** The feature values in {@link #FEATURES} order. */
    public double[] features() {
        double[] f = new double[FEATURES.size()];
        for (int k = 0; k < f.length; k++) {
            f[k] = FEATURES.get(k).value().applyAsDouble(this);
        }
        return f;
    }
}
