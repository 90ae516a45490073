package dev.parallax.engine.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.engine.align.ComparisonEngine;
import dev.parallax.engine.align.ProgressListener;
import dev.parallax.engine.text.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Which article is the likely source: dates first, then containment, and no verdict on weak evidence. */
class LikelySourceTest {

    static final Path PAIRS = Path.of("src/test/resources/eval/wikinews-rewrites/pairs");
    static final ComparisonEngine ENGINE = ComparisonEngine.standard();

    static String read(String story, String side) throws IOException {
        return Files.readString(PAIRS.resolve(story).resolve(side + ".txt"));
    }

    static Article dated(Article a, String date) {
        return new Article(a.source(), a.text(), a.matchText(), a.title(), a.site(), date, a.format(), a.charset(),
                a.sentences(), a.paragraphs());
    }

    @Test
    void anArticleCopiedWholeIntoALongerOneIsTheLikelySource() throws IOException {
        // the wire story, and a paper's version: the whole wire text plus its own paragraphs (from another report)
        String wire = read("Blair-flight-overshoots-runway", "right");
        String extra = read("Harrier-jet-crashes-in-Rutland-England-pilot-survives", "right");
        Document source = new Document("wire.txt", Article.ofText("wire.txt", wire));
        Document paper = new Document("paper.txt", Article.ofText("paper.txt", wire + "\n\n" + extra));
        PairScore s = Scan.score(ENGINE, paper, source, 0.5, ProgressListener.NONE);
        assertTrue(s.bCovered() >= 0.9 && s.aCovered() < 0.7, s.toString());
        assertEquals("wire.txt", s.likelySource());
    }

    @Test
    void anEarlierDateDecidesWhenBothAreKnown() throws IOException {
        String wire = read("Blair-flight-overshoots-runway", "right");
        String extra = read("Harrier-jet-crashes-in-Rutland-England-pilot-survives", "right");
        // the longer article is dated earlier: the dates win over containment
        Document early = new Document("early.txt",
                dated(Article.ofText("early.txt", wire + "\n\n" + extra), "2008-03-01"));
        Document late = new Document("late.txt", dated(Article.ofText("late.txt", wire), "2008-03-02T10:00:00Z"));
        assertEquals("early.txt", Scan.score(ENGINE, late, early, 0.5, ProgressListener.NONE).likelySource());
    }

    /**
     * A heavy rewrite never passes for the source of its original. (With the tuned aligner the rewrite of
     * this story covers every passage of the original and adds 40% of its own, so containment may rightly
     * name the original; before, paraphrase hid that and no verdict was given.)
     */
    @Test
    void aHeavyRewriteIsNeverNamedTheSourceOfItsOriginal() throws IOException {
        Document original = new Document("o.txt", Article.ofText("o.txt", read("Blair-flight-overshoots-runway", "right")));
        Document rewrite = new Document("r.txt", Article.ofText("r.txt", read("Blair-flight-overshoots-runway", "left")));
        PairScore s = Scan.score(ENGINE, original, rewrite, 0.5, ProgressListener.NONE);
        assertTrue(s.sharedShare() > 0.2, s.toString());
        assertTrue(s.likelySource() == null || s.likelySource().equals("o.txt"), s.toString());
    }

    @Test
    void unrelatedArticlesGetNoVerdictEvenWithDates() throws IOException {
        Article a = dated(Article.ofText("a.txt", read("Blair-flight-overshoots-runway", "right")), "2008-01-01");
        Article b = dated(Article.ofText("b.txt", read("Nokia-acquires-Navteq", "right")), "2008-02-01");
        PairScore s = Scan.score(ENGINE, new Document("a.txt", a), new Document("b.txt", b), 0.02, ProgressListener.NONE);
        assertEquals(0, s.sharedShare());
        assertNull(s.likelySource());
    }
}
