package dev.parallax.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A page nested tens of thousands of elements deep is read like a flat one (jsoup itself caps the tree at 512
 * levels; the extractor used to walk each element's whole subtree for its text, quadratic in the nesting: the
 * bench harness times it).
 */
class DeepHtmlTest {

    static String nested(int depth, String inner) {
        return "<html><head><title>Flood</title></head><body>" + "<div>".repeat(depth) + inner
                + "</div>".repeat(depth) + "</body></html>";
    }

    @Test
    void aPageNestedThirtyThousandDeepGivesItsParagraphs() throws UnreadableInputException {
        String inner = "<p>The river rose by two metres overnight, officials said on Monday.</p>"
                + "<p>Rescue teams worked through the night to reach villages cut off by the water.</p>";
        Article a = ArticleLoader.create().fromBytes("deep.html", nested(30_000, inner).getBytes(), Format.HTML);
        assertEquals("The river rose by two metres overnight, officials said on Monday.\n\n"
                + "Rescue teams worked through the night to reach villages cut off by the water.", a.text());
    }

    @Test
    void looseTextAtEveryLevelBecomesItsOwnParagraphs() throws UnreadableInputException {
        StringBuilder html = new StringBuilder("<html><head><title>Levels</title></head><body>");
        int depth = 5_000;
        for (int i = 0; i < depth; i++) {
            html.append("<div>Level ").append(i).append(" has a few words of its own");
        }
        html.append("</div>".repeat(depth)).append("</body></html>");
        Article a = ArticleLoader.create().fromBytes("levels.html", html.toString().getBytes(), Format.HTML);
        assertEquals(depth, a.text().split("\n\n").length);
        assertEquals("Level 4999 has a few words of its own", a.text().substring(a.text().lastIndexOf("\n\n") + 2));
    }
}
