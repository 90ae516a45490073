package dev.parallax.engine.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.engine.result.Comparison;
import dev.parallax.engine.text.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Two texts both longer than the comparison does in about a minute are refused before any work, in one sentence
 * that says why and what to do; a pair with one short side is compared however long the other (a long page vs
 * an article aligns in about its length). The limit here is lowered to the seeds' length.
 */
class TooLongToCompareTest {

    static final Path LEFT = Path.of("seeds/000_aeb0b849679dcb8d.txt");
    static final Path RIGHT = Path.of("seeds/002_865976831600feca.txt");

    @Test
    void bothSidesOverTheLimitAreRefusedUpFrontInOneSentence() throws IOException {
        Article left = Article.ofText(LEFT.toString(), Files.readString(LEFT));
        Article right = Article.ofText(RIGHT.toString(), Files.readString(RIGHT));
        int shorter = Math.min(left.text().length(), right.text().length());
        ComparisonEngine strict = ComparisonEngine.builder().maxChars(shorter - 1).build();
        ProgressListener noWork = new ProgressListener() {
            @Override
            public void progress(double done, String stage) {
                throw new AssertionError("refused before any work, not at " + stage);
            }
        };
        TooLargeToCompareException e = assertThrows(TooLargeToCompareException.class,
                () -> strict.compare(left, right, noWork));
        String m = e.getMessage();
        assertTrue(m.startsWith("too long to compare in reasonable time: both texts are over "), m);
        assertTrue(m.contains("compare shorter parts"), m);
        assertTrue(m.contains("-Dparallax.maxChars=" + shorter + " "), "says what allows it: " + m);
        assertFalse(m.contains("\n"), "one line: " + m);

        // at the limit, and with one short side, the same engine compares
        Comparison c = ComparisonEngine.builder().maxChars(shorter).build().compare(left, right);
        assertTrue(c.summary().sharedShare() > 0, "the seeds share text");
        Article one = Article.ofText("one.txt", right.sentences().get(0).of(right.text()));
        Comparison withShort = strict.compare(left, one);
        assertEquals(left.text(), withShort.left().text());
    }
}
