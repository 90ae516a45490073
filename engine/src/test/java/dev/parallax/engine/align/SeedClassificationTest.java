package dev.parallax.engine.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.engine.result.Comparison;
import dev.parallax.engine.result.Difference;
import dev.parallax.engine.result.DifferenceType;
import dev.parallax.engine.result.Kind;
import dev.parallax.engine.result.Link;
import dev.parallax.engine.result.Passage;
import dev.parallax.engine.text.Article;
import dev.parallax.engine.text.ArticleLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Agree and conflict verdicts on the seed pair and on real sentences with one fact changed. */
class SeedClassificationTest {

    private static Comparison seeds;
    private static String leftSeed;

    @BeforeAll
    static void compareSeeds() throws Exception {
        ArticleLoader loader = ArticleLoader.create();
        seeds = ComparisonEngine.standard().compare(loader.load(Path.of("seeds/000_aeb0b849679dcb8d.txt")),
                loader.load(Path.of("seeds/002_865976831600feca.txt")));
        leftSeed = Files.readString(Path.of("seeds/000_aeb0b849679dcb8d.txt"));
    }

    private static Link linkOfLeft(String containing) {
        for (Passage p : seeds.leftPassages()) {
            if (p.span().of(seeds.left().text()).contains(containing)) {
                List<Link> links = seeds.linksOf(p.id());
                assertFalse(links.isEmpty(), "no link for: " + containing);
                return links.get(0);
            }
        }
        throw new AssertionError("no passage contains: " + containing);
    }

    @Test
    void russianFederationIsAnAliasSoTheCoalitionQuoteAgrees() {
        Link l = linkOfLeft("Russia right now is a coalition of two");
        assertEquals(Kind.AGREE, l.kind());
        assertTrue(seeds.passage(l.right()).span().of(seeds.right().text()).contains("Iran and Russia –"));
        assertTrue(l.conflicts().isEmpty());
    }

    @Test
    void theTwoDeliverJusticeQuotesConflictAsQuote() {
        Link l = linkOfLeft("deliver justice to these terrorists");
        assertEquals(Kind.CONFLICT, l.kind());
        assertTrue(seeds.passage(l.right()).span().of(seeds.right().text()).contains("We’ll deliver justice"));
        Difference d = l.conflicts().get(0);
        assertEquals(DifferenceType.QUOTE, d.type());
        assertTrue(d.left().of(seeds.left().text()).contains("The United States and France"));
        assertEquals("We’ll", d.right().of(seeds.right().text()));
    }

    @Test
    void verbatimSentencesAgreeWithNoDifferences() {
        Link l = linkOfLeft("Without any major new commitments");
        assertEquals(Kind.AGREE, l.kind());
        assertTrue(l.differences().isEmpty());
        assertEquals(1.0, l.similarity(), 1e-6);
    }

    @Test
    void aChangedCasualtyFigureIsANumberConflict() {
        String sentence = "More than 200,000 people are estimated to have been killed in the country’s civil war "
                + "and there is evidence the Assad regime has used chemical weapons.";
        assertTrue(leftSeed.contains(sentence));
        Link l = only(sentence, sentence.replace("200,000", "250,000"));
        assertEquals(Kind.CONFLICT, l.kind());
        assertEquals(DifferenceType.NUMBER, l.conflicts().get(0).type());
    }

    @Test
    void numberFormsAreNotAChange() {
        String sentence = "More than 200,000 people are estimated to have been killed in the country’s civil war.";
        Link l = only(sentence, sentence.replace("200,000", "200000"));
        assertEquals(Kind.AGREE, l.kind());
        assertTrue(l.differences().isEmpty());
    }

    @Test
    void aChangedWeekdayIsADateConflict() {
        String sentence = "Obama also convened his National Security Council on Tuesday to discuss the response to "
                + "the recent attack.";
        assertTrue(leftSeed.contains(sentence));
        Link l = only(sentence, sentence.replace("Tuesday", "Monday"));
        assertEquals(Kind.CONFLICT, l.kind());
        assertEquals(DifferenceType.DATE, l.conflicts().get(0).type());
    }

    @Test
    void anAddedNegationIsANegationConflict() {
        String sentence = "Turkey said Tuesday it shot down the Russian plane with a missile strike after repeated "
                + "warnings to the plane that it had flown over its territory.";
        Link l = only(sentence, sentence.replace("it had flown", "it had not flown"));
        assertEquals(Kind.CONFLICT, l.kind());
        assertEquals(DifferenceType.NEGATION, l.conflicts().get(0).type());
    }

    @Test
    void aSwappedNameIsAnEntityConflict() {
        String sentence = "He’ll meet with Russian President Vladimir Putin on Thursday, and German Chancellor "
                + "Angela Merkel Wednesday.";
        Link l = only(sentence, sentence.replace("Angela Merkel", "Olaf Scholz"));
        assertEquals(Kind.CONFLICT, l.kind());
        assertEquals(DifferenceType.ENTITY, l.conflicts().get(0).type());
    }

    @Test
    void leavingADetailOutIsWordingNotAConflict() {
        String sentence = "He’ll meet with Russian President Vladimir Putin on Thursday, and German Chancellor "
                + "Angela Merkel Wednesday.";
        Link l = only(sentence, "He’ll meet with Russian President Vladimir Putin on Thursday.");
        assertEquals(Kind.AGREE, l.kind());
        assertFalse(l.differences().isEmpty());
    }

    /** The single link between two one-sentence articles (shared with ConflictRulesTest). */
    static Link only(String left, String right) {
        Comparison c = ComparisonEngine.standard().compare(Article.ofText("left", left), Article.ofText("right", right));
        assertEquals(1, c.links().size(), "expected one link");
        Link l = c.links().get(0);
        assertNotNull(c.passage(l.left()));
        return l;
    }
}
