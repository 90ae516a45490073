package dev.parallax.engine.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.difflib.patch.DeltaType;
import dev.parallax.engine.text.Article;
import dev.parallax.engine.text.ArticleLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * {@link WordDiff} gives java-diff-utils' deltas (the same types, positions and order) on the token runs the
 * classifier diffs: sentences and whole articles of the seeds, the 100 Wikinews and the ECB+ pairs, by key and by stem; on random runs
 * of few distinct words (where the search meets many ties); and when it hands a long search to the library.
 */
class WordDiffTest {

    private static void assertLibrary(List<Token> a, List<Token> b, Function<Token, String> key,
                                      Set<DeltaType> seen) {
        List<WordDiff.Delta> expected = WordDiff.library(a, b, key);
        assertEquals(expected, WordDiff.diff(a, b, key), () -> keys(a, key) + "\n vs " + keys(b, key));
        for (WordDiff.Delta d : expected) {
            seen.add(d.type());
        }
    }

    private static List<String> keys(List<Token> tokens, Function<Token, String> key) {
        List<String> out = new ArrayList<>();
        for (Token t : tokens) {
            out.add(key.apply(t));
        }
        return out;
    }

    @Test
    void realSentencesAndArticlesDiffAsTheLibraryDoes() throws Exception {
        List<Article[]> pairs = new ArrayList<>();
        pairs.add(new Article[] {ArticleLoader.create().load(Path.of("seeds/000_aeb0b849679dcb8d.txt")),
            ArticleLoader.create().load(Path.of("seeds/002_865976831600feca.txt"))});
        for (String set : new String[] {"eval/wikinews-rewrites", "eval/ecb-dev"}) {
            for (EvalSets.GoldPair g : EvalSets.load(LinkSelectionTest.resource(set))) {
                pairs.add(new Article[] {g.left(), g.right()});
            }
        }
        Set<DeltaType> seen = EnumSet.noneOf(DeltaType.class);
        int diffs = 0;
        int equal = 0;
        int prefixed = 0;
        for (Article[] g : pairs) {
            Analyzer analyzer = new Analyzer();
            ArticleTokens l = analyzer.tokenize(g[0], Aliases.defaults());
            ArticleTokens r = analyzer.tokenize(g[1], Aliases.defaults());
            for (Function<Token, String> key : List.<Function<Token, String>>of(Token::key, Token::stem)) {
                assertLibrary(l.tokens(), r.tokens(), key, seen);
                diffs++;
                for (int s = 0; s < l.sentences(); s++) {
                    for (int t = 0; t < r.sentences(); t++) {
                        List<Token> a = l.ofSentence(s);
                        List<Token> b = r.ofSentence(t);
                        assertLibrary(a, b, key, seen);
                        diffs++;
                        equal += keys(a, key).equals(keys(b, key)) ? 1 : 0;
                        prefixed += !a.isEmpty() && !b.isEmpty() && key.apply(a.get(0)).equals(key.apply(b.get(0)))
                                && !keys(a, key).equals(keys(b, key)) ? 1 : 0;
                    }
                }
            }
        }
        assertTrue(diffs > 10_000, diffs + " diffs");
        assertTrue(equal > 100, equal + " sentence pairs say the same words: the verbatim path is not covered");
        assertTrue(prefixed > 100, prefixed + " differing pairs share a first word: the prefix path is not covered");
        assertEquals(EnumSet.allOf(DeltaType.class).size() - 1, seen.size(), "delta types met: " + seen);
    }

    @Test
    void randomRunsOfFewWordsDiffAsTheLibraryDoes() {
        Random random = new Random(20261203);
        Set<DeltaType> seen = EnumSet.noneOf(DeltaType.class);
        for (int n = 0; n < 20_000; n++) {
            int words = 1 + random.nextInt(4);
            List<Token> a = run(random, random.nextInt(25), words);
            List<Token> b = random.nextInt(4) == 0 ? edited(random, a, words) : run(random, random.nextInt(25), words);
            assertLibrary(a, b, Token::key, seen);
        }
        assertTrue(seen.containsAll(List.of(DeltaType.CHANGE, DeltaType.INSERT, DeltaType.DELETE)), "met " + seen);
    }

    @Test
    void aSearchPastTheRecordLimitIsTheLibrarys() {
        Random random = new Random(7);
        List<Token> a = run(random, 3_000, 2);
        List<Token> b = run(random, 3_000, 2);
        List<WordDiff.Delta> expected = WordDiff.library(a, b, Token::key);
        assertTrue(expected.size() > 100, expected.size() + " deltas");
        assertEquals(expected, WordDiff.diff(a, b, Token::key, 64));
        assertEquals(expected, WordDiff.diff(a, b, Token::key));
    }

    /** A run of {@code length} tokens drawn from {@code words} distinct words. */
    private static List<Token> run(Random random, int length, int words) {
        List<Token> out = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            out.add(word(String.valueOf((char) ('a' + random.nextInt(words)))));
        }
        return out;
    }

    /** {@code a} with a few tokens replaced, inserted or removed. */
    private static List<Token> edited(Random random, List<Token> a, int words) {
        List<Token> out = new ArrayList<>(a);
        for (int e = random.nextInt(4); e > 0; e--) {
            int at = out.isEmpty() ? 0 : random.nextInt(out.size());
            int op = out.isEmpty() ? 1 : random.nextInt(3);
            if (op == 0) {
                out.set(at, word(String.valueOf((char) ('a' + random.nextInt(words + 1)))));
            } else if (op == 1) {
                out.add(at, word(String.valueOf((char) ('a' + random.nextInt(words + 1)))));
            } else {
                out.remove(at);
            }
        }
        return out;
    }

    private static Token word(String w) {
        return new Token(0, 0, new String(w), w, 0);
    }
}
