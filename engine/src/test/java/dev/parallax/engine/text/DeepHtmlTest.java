package dev.parallax.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A page nested tens of thousands of elements deep is read like a flat one (the extractor keeps 2,048 levels, jsoup
 * flattens what is deeper; the extractor used to walk each element's whole subtree for its text, quadratic in the nesting: the
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

    /** The seed article as paragraphs, then a "related stories" list and a menu of links, nested {@code depth} deep. */
    static String seedWithLinkLists(int depth) throws java.io.IOException {
        String seed = java.nio.file.Files.readString(java.nio.file.Path.of("seeds/000_aeb0b849679dcb8d.txt"));
        StringBuilder inner = new StringBuilder("<article>");
        for (String para : seed.split("\\n\\s*\\n")) {
            if (!para.isBlank()) {
                inner.append("<p>").append(org.jsoup.nodes.Entities.escape(para.strip())).append("</p>");
            }
        }
        inner.append("</article><ul class=\"related\">");
        for (int i = 0; i < 6; i++) {
            inner.append("<li><a href=\"/story").append(i).append("\">Related story headline ").append(i)
                    .append(" about another matter</a></li>");
        }
        inner.append("</ul><div class=\"menu-links\"><a href=\"/\">Home page</a> <a href=\"/sport\">Sport section</a>"
                + "</div>");
        return nested(depth, inner.toString());
    }

    @Test
    void linkListsOfADeeplyNestedPageStayOutOfTheArticle() throws Exception {
        String flat = ArticleLoader.create().fromBytes("flat.html", seedWithLinkLists(3).getBytes(), Format.HTML).text();
        assertTrue(flat.contains("Obama"), flat);
        // 600: deeper than jsoup's default of 512 levels; 3,000 and 40,000: deeper than the extractor keeps, where
        // the lists are flattened beside their items (their links used to be read as article paragraphs)
        for (int depth : new int[] {600, 3_000, 40_000}) {
            String text = ArticleLoader.create().fromBytes("deep.html", seedWithLinkLists(depth).getBytes(),
                    Format.HTML).text();
            assertFalse(text.contains("Related story"), depth + ": " + text);
            assertFalse(text.contains("Sport section"), depth + ": " + text);
            assertEquals(flat, text, "nested " + depth + " deep reads as the flat page");
        }
    }
}
