package dev.parallax.engine.claims;

import dev.parallax.engine.align.Aliases;
import dev.parallax.engine.align.Analyzer;
import dev.parallax.engine.align.SparseVector;
import dev.parallax.engine.corpus.Document;
import dev.parallax.engine.text.Article;
import dev.parallax.engine.text.Format;
import dev.parallax.engine.text.Span;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * How much two sentences of a collection share in wording, apart from the story they both belong to: the
 * cosine of their content stems (the engine's {@link Analyzer}), each stem weighted by how rare it is among
 * the sentences of the collection. The names and words a story repeats in many sentences (the victim, the
 * accused, "deputy", "sheriff") weigh little; the detail two sentences state ("15-year veteran", "five
 * buildings away") weighs much. The join reads it to tell a passage that states a claim's detail from one that
 * only names its story.
 */
final class Wording {

    /**
     * A word in at least this share of the collection's articles (of {@link #STORY_MIN_ARTICLES} or more) is
     * the story's own: its names and running words. Tuned with {@code TuneJoin} on ECB+ topics 16, 24, 31
     * (0.8 already counts "15-year" in topic 16 as the story's and splits a true claim).
     */
    static final double STORY_SPREAD = 0.9;
    static final int STORY_MIN_ARTICLES = 4;
    /** A sentence with at least this share of its content weight in the story's own words says only names. */
    static final double NAMES_ONLY = 0.5;

    /** Each sentence's content stems (global sentence index), weighted by rarity, unit length. */
    private final SparseVector[] vectors;
    /** Whether each sentence says little but the story's own words (see {@link #namesOnly}). */
    private final boolean[] namesOnly;

    private Wording(int[][] terms, double[] idf, boolean[] story) {
        this.namesOnly = new boolean[terms.length];
        this.vectors = new SparseVector[terms.length];
        for (int s = 0; s < terms.length; s++) {
            double all = 0;
            double own = 0;
            int[] counts = new int[2 * terms[s].length];
            for (int k = 0; k < terms[s].length; k++) {
                int t = terms[s][k];
                all += idf[t];
                own += story[t] ? idf[t] : 0;
                counts[2 * k] = t;
                counts[2 * k + 1] = 1;
            }
            namesOnly[s] = all == 0 || own >= NAMES_ONLY * all;
            vectors[s] = SparseVector.of(counts, idf);
        }
    }

    /** The wording of every sentence of {@code docs}, numbered as the join numbers them (article by article). */
    static Wording of(List<Document> docs) {
        Analyzer analyzer = new Analyzer();
        Aliases aliases = Aliases.defaults();
        Map<String, Integer> ids = new HashMap<>();
        int total = 0;
        for (Document d : docs) {
            total += d.article().sentences().size();
        }
        int[][] terms = new int[total][];
        int s = 0;
        for (Document d : docs) {
            Article a = d.article();
            for (Span span : a.sentences()) {
                String text = span.of(a.matchText());
                // the sentence as an article of one sentence: no second segmentation
                Article one = new Article(a.source(), text, text, "", "", "", Format.TEXT, "",
                        List.of(new Span(0, text.length())), List.of());
                LinkedHashSet<String> stems = new LinkedHashSet<>(analyzer.contentStems(one, aliases));
                int[] t = new int[stems.size()];
                int k = 0;
                for (String stem : stems) {
                    Integer id = ids.get(stem);
                    if (id == null) {
                        id = ids.size();
                        ids.put(stem, id);
                    }
                    t[k++] = id;
                }
                terms[s++] = t;
            }
        }
        int[] adf = new int[ids.size()];
        {
            int s0 = 0;
            for (Document d : docs) {
                java.util.Set<Integer> seen = new java.util.HashSet<>();
                for (int k = 0; k < d.article().sentences().size(); k++) {
                    for (int x : terms[s0 + k]) {
                        seen.add(x);
                    }
                }
                s0 += d.article().sentences().size();
                for (int x : seen) {
                    adf[x]++;
                }
            }
        }
        boolean[] story = new boolean[ids.size()];
        int[] df = new int[ids.size()];
        for (int[] t : terms) {
            for (int x : t) {
                df[x]++;
            }
        }
        double[] idf = new double[df.length];
        for (int x = 0; x < df.length; x++) {
            idf[x] = Math.log((total + 1.0) / df[x]);
            story[x] = docs.size() >= STORY_MIN_ARTICLES && adf[x] >= STORY_SPREAD * docs.size();
        }
        return new Wording(terms, idf, story);
    }

    /**
     * Whether sentence {@code s} says little but the story's own words: at least {@link #NAMES_ONLY} of its
     * content weight is in words that nearly every article of the collection has (the victim's name, the
     * place, "deputy", "sheriff"), as a headline or a name line does ("Sheriff's Deputy Jerry Ortiz").
     */
    boolean namesOnly(int s) {
        return namesOnly[s];
    }

    /** The rarity-weighted cosine of two sentences' content stems, 0 to 1. */
    double cosine(int u, int v) {
        return vectors[u].dot(vectors[v]);
    }
}
