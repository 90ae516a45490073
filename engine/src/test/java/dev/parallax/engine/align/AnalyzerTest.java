package dev.parallax.engine.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.engine.text.Article;
import dev.parallax.engine.text.ArticleLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one analyzer's normalizations, on sentences from the ECB+ and Wikinews test sets. */
class AnalyzerTest {

    private static List<Token> tokens(String text) {
        return new Analyzer().tokenize(Article.ofText("t", text), Aliases.defaults()).tokens();
    }

    private static Token token(String text, String surface) {
        for (Token t : tokens(text)) {
            if (text.substring(t.start(), t.end()).equals(surface)) {
                return t;
            }
        }
        throw new AssertionError("no token " + surface + " in " + text);
    }

    @Test
    void aDecimalSplitByTheArchiveIsOneNumber() {
        // ECB+ 24: "Paris Store Hit by $2. 6 Million Jewelry Heist"
        Token t = token("Paris Store Hit by $2. 6 Million Jewelry Heist", "2. 6");
        assertEquals("2.6", t.key());
        assertTrue(t.is(Token.NUMBER));
        // ... but a sentence ending in a number is not joined to the next one's
        assertEquals(2, tokens("He was 25. 3 others were hurt.").stream().filter(x -> x.is(Token.NUMBER)).count());
    }

    @Test
    void numberWordsAndFormsCompareEqual() {
        assertEquals("11", token("Taylor faces eleven counts", "eleven").key());
        assertEquals(token("confronts 11 counts", "11").key(), token("Taylor faces eleven counts", "eleven").key());
        assertEquals("200000", token("about 200,000 people", "200,000").key());
        assertEquals("63", token("sixty-three dead", "sixty-three").key());
    }

    @Test
    void britishAndAmericanSpellingsCompareEqual() {
        assertEquals(token("police enquiries continue", "enquiries").key(),
                token("police inquiries continue", "inquiries").key());
        assertEquals(token("a jewellery heist", "jewellery").stem(), token("a jewelry heist", "jewelry").stem());
        assertEquals(token("they organised it", "organised").stem(), token("they organized it", "organized").stem());
    }

    @Test
    void punctuationTheArchiveSplitOffStaysOutOfTheContent() throws Exception {
        // ECB+ 16: "Los Angeles County Sheriff ’ s Deputy"
        List<Token> ts = tokens("A Los Angeles County Sheriff ’ s Deputy was shot.");
        assertTrue(ts.stream().filter(t -> t.key().equals("s")).noneMatch(Token::isContent));
        Token didnt = token("He didn ’ t survive.", "didn");
        assertTrue(didnt.is(Token.NEGATION));
        assertFalse(didnt.isContent());
        assertEquals("us", token("the U. S. Army", "U. S.").key());
    }

    @Test
    void theScanAndTheAlignerSeeTheSameContentStems() throws Exception {
        Article a = ArticleLoader.create().load(Path.of("seeds/000_aeb0b849679dcb8d.txt"));
        List<String> stems = new Analyzer().contentStems(a, Aliases.defaults());
        long inTokens = new Analyzer().tokenize(a, Aliases.defaults()).tokens().stream().filter(Token::isContent).count();
        assertEquals(inTokens, stems.size());
        assertTrue(stems.contains("russia"), "the alias 'Russian Federation' is keyed as Russia: " + stems);
    }
}
