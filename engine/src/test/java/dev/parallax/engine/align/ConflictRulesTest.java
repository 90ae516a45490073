package dev.parallax.engine.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.engine.result.Comparison;
import dev.parallax.engine.result.Kind;
import dev.parallax.engine.result.Link;
import dev.parallax.engine.text.Article;
import org.junit.jupiter.api.Test;

/**
 * What is not a conflict: spelling variants, accents, number words, added clauses with a negation in them.
 * Each case is a sentence of the seed pair or of Darwin's Origin (1859 vs 1872), where these false conflicts
 * were seen.
 */
class ConflictRulesTest {

    private static Link only(String left, String right) {
        return SeedClassificationTest.only(left, right);
    }

    @Test
    void accentsAndLigaturesAreTheSameWord() {
        Link l = only("The æstivation of the flowers of the Canidæ differs in the several species of the genus.",
                "The aestivation of the flowers of the Canidae differs in the several species of the genus.");
        assertEquals(Kind.AGREE, l.kind());
        assertTrue(l.differences().isEmpty());
    }

    @Test
    void spelledOutCompoundNumbersEqualDigits() {
        Link l = only("I have found sixty-three species of pigeons kept by fanciers in this country.",
                "I have found 63 species of pigeons kept by fanciers in this country.");
        assertEquals(Kind.AGREE, l.kind());
    }

    @Test
    void aNameSpelledTwoWaysIsNotANameChange() {
        Link l = only("The Hon. and Rev. W. Herbert found the plants grew at Thoulouse in great numbers each year.",
                "The Hon. and Rev. W. Herbert found the plants grew at Toulouse in great numbers each year.");
        assertEquals(Kind.AGREE, l.kind());
        assertTrue(Classifier.spellingVariant("hon", "honourable"));
        assertFalse(Classifier.spellingVariant("silurian", "cambrian"));
    }

    @Test
    void anAddedClauseContainingNotIsWordingNotANegationConflict() {
        String base = "Turkey said Tuesday it shot down the Russian plane with a missile strike after repeated "
                + "warnings to the plane that it had flown over its territory";
        Link l = only(base + ".", base + ", although Moscow did not accept the account given by Ankara.");
        assertEquals(Kind.AGREE, l.kind());
    }

    @Test
    void aChangedGeologicalPeriodIsAConflict() {
        Link l = only("We have no record of any fossil fish older than the Silurian epoch in the rocks of Europe.",
                "We have no record of any fossil fish older than the Cambrian epoch in the rocks of Europe.");
        assertEquals(Kind.CONFLICT, l.kind());
    }

    /** Found by EnginePropertyTest: a combining mark alone folded to an empty word and broke the aligner. */
    @Test
    void aLoneCombiningMarkIsNotAWord() {
        Comparison c = ComparisonEngine.standard().compare(Article.ofText("left", "Officials said 0\u17b4 people left."),
                Article.ofText("right", "Officials said 0 people left."));
        assertEquals(1, c.links().size());
        assertEquals(Kind.AGREE, c.links().get(0).kind());
    }
}
