package dev.parallax.engine.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.engine.result.Comparison;
import dev.parallax.engine.result.Kind;
import dev.parallax.engine.result.Link;
import dev.parallax.engine.text.Article;
import dev.parallax.engine.text.ArticleLoader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How links are chosen: the similarity seam, one-to-many links, articles compared with themselves. */
class LinkSelectionTest {

    private static List<EvalSets.GoldPair> ecb;
    private static List<EvalSets.GoldPair> wikinews;

    @BeforeAll
    static void load() throws Exception {
        ecb = EvalSets.load(resource("eval/ecb-dev"));
        wikinews = EvalSets.load(resource("eval/wikinews-rewrites"));
    }

    static Path resource(String path) throws URISyntaxException {
        return Path.of(LinkSelectionTest.class.getResource("/" + path).toURI());
    }

    private static EvalSets.Counts score(ComparisonEngine engine, List<EvalSets.GoldPair> pairs) {
        EvalSets.Counts k = new EvalSets.Counts(0, 0, 0);
        for (EvalSets.GoldPair g : pairs) {
            k = k.plus(EvalSets.score(engine.compare(g.left(), g.right()), g));
        }
        return k;
    }

    /** The similarity is a parameter: one that never links adds nothing to the anchors; the fitted one adds recall. */
    @Test
    void theSimilarityTheBuilderIsGivenDecidesTheLinksBeyondTheAnchors() {
        EvalSets.Counts anchorsOnly = score(ComparisonEngine.builder().similarity(e -> 0).build(), ecb);
        EvalSets.Counts fitted = score(ComparisonEngine.standard(), ecb);
        EvalSets.Counts everything = score(ComparisonEngine.builder().similarity(e -> 1).build(), ecb);
        System.out.println("ecb-dev anchors only " + anchorsOnly + "; fitted " + fitted + "; score 1 " + everything);
        assertTrue(fitted.recall() > anchorsOnly.recall() + 0.03, fitted + " vs " + anchorsOnly);
        assertTrue(fitted.precision() > everything.precision() + 0.05, fitted + " vs " + everything);
    }

    /**
     * A sentence may take several partners where the gold has them (ECB+ links every mention of one event),
     * and those second partners are mostly right: precision of the links beyond each sentence's first.
     */
    @Test
    void secondPartnersAreFoundOnRealReportsAndAreMostlyRight() {
        ComparisonEngine engine = ComparisonEngine.standard();
        int second = 0;
        int right = 0;
        for (EvalSets.GoldPair g : ecb) {
            Comparison c = engine.compare(g.left(), g.right());
            Map<String, Integer> seen = new HashMap<>();
            for (Link l : c.links()) {
                boolean later = seen.merge(l.left(), 1, Integer::sum) > 1 | seen.merge(l.right(), 1, Integer::sum) > 1;
                if (!later) {
                    continue;
                }
                List<Integer> ls = annotated(EvalSets.covered(c.passage(l.left()).span(), g.leftSents()), g.leftAnnotated());
                List<Integer> rs = annotated(EvalSets.covered(c.passage(l.right()).span(), g.rightSents()), g.rightAnnotated());
                if (ls.isEmpty() || rs.isEmpty()) {
                    continue;
                }
                second++;
                if (ls.stream().anyMatch(i -> rs.stream().anyMatch(j -> g.links().contains(EvalSets.key(i, j))))) {
                    right++;
                }
            }
        }
        System.out.println("ecb-dev second partners on annotated sentences: " + right + "/" + second);
        assertTrue(second >= 20, "only " + second + " second partners");
        assertTrue(right >= 0.75 * second, right + "/" + second + " second partners are gold links");
    }

    private static List<Integer> annotated(List<Integer> sents, java.util.Set<Integer> annotated) {
        List<Integer> out = new ArrayList<>();
        for (int s : sents) {
            if (annotated.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /** Any article compared with itself agrees everywhere: every passage linked, no conflict. */
    @Test
    void everyTestArticleComparedWithItselfIsAllAgreement() throws Exception {
        ComparisonEngine engine = ComparisonEngine.standard();
        List<Article> articles = new ArrayList<>();
        for (EvalSets.GoldPair g : wikinews) {
            articles.add(g.left());
            articles.add(g.right());
        }
        ArticleLoader loader = ArticleLoader.create();
        articles.add(loader.load(Path.of("seeds/000_aeb0b849679dcb8d.txt")));
        articles.add(loader.load(Path.of("seeds/002_865976831600feca.txt")));
        List<String> wrong = new ArrayList<>();
        for (Article a : articles) {
            Comparison c = engine.compare(a, a);
            long conflicts = c.links().stream().filter(l -> l.kind() == Kind.CONFLICT).count();
            if (conflicts > 0 || c.summary().sharedShare() < 0.999) {
                wrong.add(a.source() + ": " + conflicts + " conflicts, shared " + c.summary().sharedShare());
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** Issue 12's minimal case: two quotations by one speaker sharing a word are not one quotation changed. */
    @Test
    void twoDifferentQuotationsOfOneSpeakerAreNotAMisquoteOfEachOther() {
        String text = "\"The Treaty is not dead,\" said European Commission President José Manuel Barroso. "
                + "\"We must now look at how the member states want to proceed with the ratification of the Treaty, "
                + "and we will respect the Irish vote,\" Barroso added.";
        Comparison c = ComparisonEngine.standard().compare(Article.ofText("a", text), Article.ofText("b", text));
        assertTrue(c.links().stream().noneMatch(l -> l.kind() == Kind.CONFLICT), c.links().toString());
    }
}
