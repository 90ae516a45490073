package dev.parallax.app.view.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.engine.align.ComparisonEngine;
import dev.parallax.engine.result.Comparison;
import dev.parallax.engine.result.Difference;
import dev.parallax.engine.result.Kind;
import dev.parallax.engine.result.Link;
import dev.parallax.engine.result.Passage;
import dev.parallax.engine.text.Article;
import dev.parallax.engine.text.ArticleLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Comparison to CSS classes per character, on the seed pair. */
class StyledSideTest {

    static Comparison seeds;

    @BeforeAll
    static void compare() throws Exception {
        ArticleLoader loader = ArticleLoader.create();
        Article l = loader.load(Path.of("seeds/000_aeb0b849679dcb8d.txt"));
        Article r = loader.load(Path.of("seeds/002_865976831600feca.txt"));
        seeds = ComparisonEngine.standard().compare(l, r);
    }

    static List<String> classesAt(StyledSide s, int offset) {
        for (StyledSide.Run r : s.runs()) {
            if (offset >= r.start() && offset < r.end()) {
                return r.classes();
            }
        }
        throw new AssertionError("no run at " + offset);
    }

    @Test
    void runsCoverTheWholeTextWithoutGapsOrOverlaps() {
        for (boolean left : new boolean[] {true, false}) {
            StyledSide s = StyledSide.of(seeds, left, Filter.ALL, Set.of());
            int at = 0;
            for (StyledSide.Run r : s.runs()) {
                assertEquals(at, r.start());
                assertTrue(r.end() > r.start());
                at = r.end();
            }
            assertEquals(s.text().length(), at);
            StringBuilder shown = new StringBuilder();
            s.documents().forEach(d -> shown.append(d.getText()));
            assertEquals(s.text().replace('\r', ' '), shown.toString(), "the documents keep offsets one to one");
        }
    }

    @Test
    void everyPassageCarriesItsKindAndConflictDifferencesTheirType() {
        StyledSide s = StyledSide.of(seeds, true, Filter.ALL, Set.of());
        for (Passage p : seeds.leftPassages()) {
            // page furniture is dimmed with its own class instead of its kind's colour
            assertTrue(classesAt(s, p.start()).contains(p.furniture() ? "furniture" : p.kind().id()), p.id());
        }
        Link conflict = seeds.links().stream().filter(l -> l.kind() == Kind.CONFLICT).findFirst().orElseThrow();
        Difference d = conflict.conflicts().get(0);
        if (!d.left().isEmpty()) {
            List<String> cls = classesAt(s, d.left().start());
            assertTrue(cls.contains("diff-" + d.type().id()), cls.toString());
            assertTrue(cls.contains("conflict"), cls.toString());
        }
    }

    @Test
    void aHiddenKindIsFadedAndLosesItsMarker() {
        StyledSide s = StyledSide.of(seeds, true, new Filter(false, true, true), Set.of());
        Passage agree = seeds.leftPassages().stream().filter(p -> p.kind() == Kind.AGREE).findFirst().orElseThrow();
        List<String> cls = classesAt(s, agree.start());
        assertFalse(cls.contains("agree"));
        assertTrue(cls.contains("faded"));
        assertEquals(0, s.markers(s.paragraphOf(agree.start())) & StyledSide.bit(Kind.AGREE));
    }

    @Test
    void longTextsAreSplitIntoChunksThatJoinBackExactly() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < StyledSide.CHUNK * 2 + 17; i++) {
            b.append("Line ").append(i).append(" says something.\n");
        }
        Article a = Article.ofText("long", b.toString());
        Comparison c = ComparisonEngine.standard().compare(a, Article.ofText("short", "Line 5 says something."));
        StyledSide s = StyledSide.of(c, true, Filter.ALL, Set.of());
        assertEquals(3, s.documents().size());
        StringBuilder shown = new StringBuilder();
        s.documents().forEach(d -> shown.append(d.getText()));
        assertEquals(b.toString(), shown.toString());
    }

    @Test
    void paragraphsAreFoundByOffset() {
        //            0123 4567 89
        String text = "abc\ndef\n\nx";
        int[] starts = StyledSide.paragraphStarts(text);
        assertEquals(List.of(0, 4, 8, 9), java.util.Arrays.stream(starts).boxed().toList());
    }
}
