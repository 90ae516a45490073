package dev.parallax.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A story whose lead paragraphs sit in the story body and whose rest sits in a nested box (the layout of the
 * Herald Sun page in Mozilla's Readability test corpus, where the extractor lost the first 4 of 18 paragraphs).
 */
class SplitLeadHtmlTest {

    static final String[] LEAD = {
        "The council voted on Tuesday to close the old river bridge to cars from the first of May.",
        "Engineers told the meeting that two of the nine piers had cracked during the winter floods.",
        "Shop owners on both banks said the closure would cost them a third of their trade this year.",
    };
    static final String[] REST = {
        "The mayor said a ferry would run every twenty minutes while the council looks for money.",
        "A replacement bridge would cost about 40 million euros and take four years to build.",
        "The regional government has promised half of that sum but has not said when it will pay.",
        "Cyclists and people on foot will still be allowed to cross the bridge on its north side.",
        "Police will close the road at both ends and divert buses through the industrial estate.",
        "The last full closure, in 1987, lasted eleven months and was followed by a rise in rents.",
    };

    static String page() {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>Bridge to close</title></head>"
                + "<body><div id=\"story\"><h1>Council closes the old bridge to cars</h1><div class=\"story-body\">");
        for (String p : LEAD) {
            html.append("<p>").append(p).append("</p>");
        }
        html.append("<div class=\"continued\"><div><a href=\"#\">Continue</a></div><div class=\"text\">");
        for (String p : REST) {
            html.append("<p>").append(p).append("</p>");
        }
        html.append("</div></div></div><div class=\"other-stories\"><h2>Other stories</h2><ul>"
                + "<li><a href=\"/a\">Mayor opens new library in the east of the city</a></li>"
                + "<li><a href=\"/b\">Rail strike called off after late talks on pay</a></li></ul></div>"
                + "</div></body></html>");
        return html.toString();
    }

    @Test
    void theLeadBeforeANestedBoxIsKept() throws UnreadableInputException {
        Article a = ArticleLoader.create().fromBytes("bridge.html", page().getBytes(StandardCharsets.UTF_8),
                Format.HTML);
        String text = a.text();
        String[] paragraphs = text.split("\n\n");
        assertEquals("Council closes the old bridge to cars", paragraphs[0]);
        assertEquals(LEAD[0], paragraphs[1], text);
        assertEquals(REST[REST.length - 1], paragraphs[paragraphs.length - 1], text);
        for (String p : LEAD) {
            assertEquals(1, count(text, p), p);
        }
        assertFalse(text.contains("Rail strike"), text);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
