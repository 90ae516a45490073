package dev.parallax.engine.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.engine.result.Comparison;
import dev.parallax.engine.text.Article;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine's faster paths give the results of the plain ones, on real text: the parallel comparison of long
 * texts, prepared articles (the folder scan's), the indexed synonym matches and the primitive index sort.
 */
class FastPathsTest {

    private static List<EvalSets.GoldPair> wikinews;
    private static List<EvalSets.GoldPair> ecb;
    /** All 100 Wikinews originals against their rewrites: over 1,200 sentences a side, a short book's size. */
    private static Article longLeft;
    private static Article longRight;

    @BeforeAll
    static void load() throws Exception {
        wikinews = EvalSets.load(LinkSelectionTest.resource("eval/wikinews-rewrites"));
        ecb = EvalSets.load(LinkSelectionTest.resource("eval/ecb-dev"));
        List<String> l = new ArrayList<>();
        List<String> r = new ArrayList<>();
        for (EvalSets.GoldPair g : wikinews) {
            l.add(g.left().text());
            r.add(g.right().text());
        }
        longLeft = Article.ofText("all-left", String.join("\n\n", l));
        longRight = Article.ofText("all-right", String.join("\n\n", r));
    }

    private static void assertSame(Comparison expected, Comparison actual) {
        assertEquals(expected.leftPassages(), actual.leftPassages());
        assertEquals(expected.rightPassages(), actual.rightPassages());
        assertEquals(expected.links(), actual.links());
    }

    @Test
    void aLongComparisonOnSeveralThreadsEqualsTheOneOnOne() {
        long cells = (long) longLeft.sentences().size() * longRight.sentences().size();
        assertTrue(cells >= Aligner.PARALLEL_CELLS, "too short to take the parallel path: " + cells);
        assertTrue(longLeft.text().length() + longRight.text().length() >= ComparisonEngine.PARALLEL_CHARS);
        Comparison sequential = ComparisonEngine.builder().parallel(false).build().compare(longLeft, longRight);
        Comparison parallel = ComparisonEngine.standard().compare(longLeft, longRight);
        assertTrue(parallel.links().size() >= ComparisonEngine.PARALLEL_LINKS, parallel.links().size() + " links");
        assertSame(sequential, parallel);
    }

    @Test
    void preparedArticlesCompareAsTheArticlesDo() {
        ComparisonEngine engine = ComparisonEngine.standard();
        int defining = 0;
        List<EvalSets.GoldPair> pairs = new ArrayList<>(wikinews);
        pairs.addAll(ecb);
        for (EvalSets.GoldPair g : pairs) {
            ComparisonEngine.Prepared l = engine.prepare(g.left());
            ComparisonEngine.Prepared r = engine.prepare(g.right());
            assertSame(engine.compare(g.left(), g.right()), engine.compare(l, r, ProgressListener.NONE));
            // prepared once, compared again the other way round
            assertSame(engine.compare(g.right(), g.left()), engine.compare(r, l, ProgressListener.NONE));
            if (!Aliases.definitionsIn(g.left().text()).isEmpty() || !Aliases.definitionsIn(g.right().text()).isEmpty()) {
                defining++;
            }
        }
        assertTrue(defining > 0, "no pair defines an acronym: the re-analyzing branch is not covered");
        assertTrue(defining < pairs.size(), "every pair defines an acronym: the reusing branch is not covered");
    }

    @Test
    void indexedSynonymMatchesEqualTheSearchedOnes() {
        Analyzer analyzer = new Analyzer();
        ArticleTokens lt = analyzer.tokenize(longLeft, Aliases.defaults());
        ArticleTokens rt = analyzer.tokenize(longRight, Aliases.defaults());
        Map<String, Integer> ids = new HashMap<>();
        SparseVector[] lv = vectors(lt, ids);
        SparseVector[] rv = vectors(rt, ids);
        String[] stems = new String[ids.size()];
        ids.forEach((s, id) -> stems[id] = s);
        int[][] termGroups = Synonyms.bundled().groupsOf(stems);
        int[][] lSyn = Synonyms.sentenceGroups(lv, termGroups);
        int[][] rSyn = Synonyms.sentenceGroups(rv, termGroups);
        int[][] lTerms = Synonyms.synonymTerms(lSyn, termGroups, present(rv, stems.length));
        int[][] rTerms = Synonyms.synonymTerms(rSyn, termGroups, present(lv, stems.length));
        long pairs = 0;
        long matched = 0;
        // each left sentence against the right sentences of its own article pair and of the next one
        for (int i = 0; i < lv.length; i++) {
            int from = Math.max(0, (int) ((long) i * rv.length / lv.length) - 40);
            for (int j = from; j < Math.min(rv.length, from + 80); j++) {
                int searched = Synonyms.matches(lv[i], lSyn[i], rv[j], rSyn[j], termGroups);
                int indexed = Synonyms.matches(lv[i], lSyn[i], lTerms[i], rv[j], rSyn[j], rTerms[j]);
                assertEquals(searched, indexed, "L" + i + " R" + j);
                pairs++;
                matched += searched > 0 ? 1 : 0;
            }
        }
        assertTrue(matched > 1000, matched + " of " + pairs + " sentence pairs have synonym matches");
    }

    @Test
    void thePrimitiveSortOrdersAsTheComparatorDoes() {
        List<Evidence> evidence = ComparisonEngine.standard().evidence(longLeft, longRight);
        double[] score = new double[evidence.size() + 4];
        for (int k = 0; k < evidence.size(); k++) {
            score[k] = Math.round(evidence.get(k).cosine() * 100) / 100.0; // many ties
        }
        score[score.length - 4] = -0.0;
        score[score.length - 3] = 0.0;
        score[score.length - 2] = -1;
        score[score.length - 1] = Double.NaN;
        Integer[] expected = new Integer[score.length];
        for (int k = 0; k < expected.length; k++) {
            expected[k] = k;
        }
        Comparator<Integer> highestFirst = (a, b) -> Double.compare(score[b], score[a]);
        Arrays.sort(expected, highestFirst.thenComparingInt(k -> k));
        assertTrue(evidence.size() > 10_000, evidence.size() + " candidates");
        assertArrayEquals(Arrays.stream(expected).mapToInt(Integer::intValue).toArray(), Aligner.descending(score));
    }

    private static final double[] ONES = new double[1 << 20];

    static {
        Arrays.fill(ONES, 1);
    }

    private static SparseVector[] vectors(ArticleTokens at, Map<String, Integer> ids) {
        SparseVector[] out = new SparseVector[at.sentences()];
        for (int s = 0; s < out.length; s++) {
            Map<Integer, Integer> tf = new HashMap<>();
            for (Token t : at.ofSentence(s)) {
                if (t.isContent()) {
                    tf.merge(ids.computeIfAbsent(t.stem(), k -> ids.size()), 1, Integer::sum);
                }
            }
            int[] counts = new int[2 * tf.size()];
            int k = 0;
            for (Map.Entry<Integer, Integer> e : tf.entrySet()) {
                counts[k++] = e.getKey();
                counts[k++] = e.getValue();
            }
            out[s] = SparseVector.of(counts, ONES);
        }
        return out;
    }

    private static boolean[] present(SparseVector[] side, int vocab) {
        boolean[] in = new boolean[vocab];
        for (SparseVector v : side) {
            for (int t : v.terms()) {
                in[t] = true;
            }
        }
        return in;
    }
}
