package dev.parallax.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.engine.align.ComparisonEngine;
import dev.parallax.engine.result.Comparison;
import dev.parallax.engine.result.Difference;
import dev.parallax.engine.result.DifferenceType;
import dev.parallax.engine.result.Kind;
import dev.parallax.engine.result.Link;
import dev.parallax.engine.text.ArticleLoader;
import dev.parallax.engine.text.Span;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The details panel's sentences, on the seed pair as the reader compares it. */
class ExplainTest {

    static Comparison seeds;

    @BeforeAll
    static void compare() throws IOException {
        ArticleLoader loader = ArticleLoader.create();
        seeds = ComparisonEngine.standard().compare(loader.load(Path.of("seeds/000_aeb0b849679dcb8d.txt")),
                loader.load(Path.of("seeds/002_865976831600feca.txt")));
    }

    private static Link linkWhoseLeftSays(String words) {
        return seeds.links().stream()
                .filter(l -> seeds.passage(l.left()).span().of(seeds.left().text()).contains(words))
                .findFirst().orElseThrow(() -> new AssertionError("no link for " + words));
    }

    private static List<String> described(Link l) {
        return l.differences().stream()
                .map(d -> Explain.difference(d, seeds.left().text(), seeds.right().text())).toList();
    }

    @Test
    void aReworkedSentenceSaysWhatWasReplacedByWhat() {
        Link l = seeds.links().stream()
                .filter(x -> seeds.passage(x.left()).span().of(seeds.left().text()).startsWith("But he stuck")
                        && seeds.passage(x.right()).span().of(seeds.right().text()).startsWith("But he also said"))
                .findFirst().orElseThrow();
        List<String> lines = described(l);
        assertEquals("reworded: “stuck” → “also said Russia must pledge”", lines.get(0));
        // a long fragment is cut in the middle, not left to run across the panel
        String longOne = lines.get(1);
        assertTrue(longOne.contains(" … "), longOne);
        assertEquals("reworded: “his earlier line that Russia’s devastating air … opposition groups and not” → “target”",
                longOne);
    }

    @Test
    void wordsOnlyOneSideHasAreSaidToBeAddedOrLeftOut() {
        Link l = linkWhoseLeftSays("Obama also convened his National Security Council");
        List<String> lines = described(l);
        assertTrue(lines.contains("the right adds: “Later on Tuesday”"), lines.toString());
        assertTrue(lines.contains("only the left has: “also”"), lines.toString());
    }

    @Test
    void theConflictingQuoteNamesBothQuotes() {
        Link l = seeds.links().stream().filter(x -> x.kind() == Kind.CONFLICT).findFirst().orElseThrow();
        Difference q = l.conflicts().get(0);
        assertEquals(DifferenceType.QUOTE, q.type());
        assertEquals("quoted words differ: “The United States and France stand united, in total solidarity, to”"
                + " → “We’ll”", Explain.difference(q, seeds.left().text(), seeds.right().text()));
    }

    @Test
    void anAliasMatchSaysWhichNamesWereReadAsOne() {
        Link l = linkWhoseLeftSays("Russia right now is a coalition of two");
        assertTrue(l.similarity() > 0.995, "shown as 100% similar");
        String why = Explain.sameness(l, seeds.passage(l.left()).span(), seeds.left().text(),
                seeds.passage(l.right()).span(), seeds.right().text());
        assertEquals("the same after alias: Russian Federation = Russia", why);
    }

    @Test
    void identicalAndPunctuationOnlyMatchesSaySo() {
        Link same = linkWhoseLeftSays("Without any major new commitments");
        assertEquals("word for word the same", Explain.sameness(same, seeds.passage(same.left()).span(),
                seeds.left().text(), seeds.passage(same.right()).span(), seeds.right().text()));
        Link none = new Link("L0", "R0", Kind.AGREE, 1.0, List.of());
        assertEquals("the same words; only punctuation or capitals differ", Explain.sameness(none,
                new Span(0, 12), "Hello, world", new Span(0, 11), "hello world"));
        Link withDiffs = linkWhoseLeftSays("Obama also convened");
        assertNull(Explain.sameness(withDiffs, new Span(0, 1), "a", new Span(0, 1), "b"), "differences say it");
    }
}
