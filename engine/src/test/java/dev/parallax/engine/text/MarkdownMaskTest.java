package dev.parallax.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The Markdown mask keeps what a reader of the rendered page reads, at the file's own offsets. */
class MarkdownMaskTest {

    private static String words(String masked) {
        return masked.replaceAll("[ \\t]+", " ").replaceAll(" ?\\n ?", "\n").strip();
    }

    private static String mask(String md) {
        String m = MarkdownMask.mask(md);
        assertEquals(md.length(), m.length(), "offsets stay those of the file");
        for (int i = 0; i < md.length(); i++) {
            char c = m.charAt(i);
            assertTrue(c == ' ' || c == md.charAt(i), () -> "only blanks are added: " + m);
            assertEquals(md.charAt(i) == '\n', c == '\n', "line breaks stay");
        }
        return m;
    }

    @Test
    void indentedCodeIsReadAsCodeNotAsAListOrEmphasis() {
        String md = "The script was short:\n\n    * rate = 2 * base\n    # not a heading\n\nIt ran once.\n";
        String m = mask(md);
        assertEquals("The script was short:\n\n* rate = 2 * base\n# not a heading\n\nIt ran once.", words(m));
        assertTrue(m.contains("* rate = 2 * base"), m);
    }

    @Test
    void aCodeSpanKeepsItsStarsAndLosesOnlyItsTicks() {
        String md = "Use `a*b*c` to multiply, not *emphasis*.\n";
        String m = mask(md);
        assertEquals("Use a*b*c to multiply, not emphasis .", words(m));
        String twoTicks = "The field ``x ` y`` holds it.\n";
        assertEquals("The field x ` y holds it.", words(mask(twoTicks)));
    }

    @Test
    void aTagThatSpansLinesIsBlankedWhole() {
        String md = "The mayor <span\nclass=\"name\">Ann Lee</span> spoke.\n\n<div\n  class=\"box\">\nFloods closed the road.\n</div>\n";
        String m = mask(md);
        assertFalse(m.contains("class"), m);
        assertFalse(m.contains("<") || m.contains(">"), m);
        assertTrue(words(m).startsWith("The mayor\nAnn Lee spoke."), words(m));
        assertTrue(m.contains("Floods closed the road."), m);
    }

    @Test
    void linksImagesReferencesAndRulesLeaveTheirLabelsOnly() {
        String md = "See the [report][r] and <https://example.org/x>.\n\n![a chart](c.png)\n\n---\n\n"
                + "[r]: https://example.org/report \"Report\"\n\n> Quoted *line* with \\*stars\\*.\n";
        String m = mask(md);
        assertEquals("See the report and .\n\nQuoted line with *stars *.", words(m).replaceAll("\\n{2,}", "\n\n"));
    }

    @Test
    void fencedCodeKeepsItsContentWithoutTheFences() {
        String md = "Before.\n\n```python\nx = 1 # *y*\n```\n\nAfter.\n";
        String m = mask(md);
        assertFalse(m.contains("```") || m.contains("python"), m);
        assertTrue(m.contains("x = 1 # *y*"), m);
    }

    @Test
    void crlfFilesKeepTheirOffsets() {
        String md = "# Title\r\n\r\nSome **bold** text.\r\n";
        assertEquals("Title\r\n\r\nSome bold text.", mask(md).replaceAll(" +", " ").strip().replace(" \r", "\r"));
    }
}
