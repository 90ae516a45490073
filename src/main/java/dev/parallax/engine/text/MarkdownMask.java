package dev.parallax.engine.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks Markdown syntax with spaces so that matching reads the prose while every offset stays that of the
 * file: headings' {@code #}, list and quote markers, emphasis, code ticks, link targets, images, HTML tags and
 * rules. Line breaks are kept, so paragraphs and lines stay where they were.
 */
final class MarkdownMask {

    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]\\n]*\\]\\([^)\\n]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]*)\\]\\(([^)\\n]*)\\)");
    private static final Pattern REF_LINK = Pattern.compile("\\[([^\\]\\n]*)\\]\\[[^\\]\\n]*\\]");
    private static final Pattern REF_DEF = Pattern.compile("(?m)^ {0,3}\\[[^\\]\\n]+\\]:.*$");
    private static final Pattern HEADING = Pattern.compile("(?m)^ {0,3}(#{1,6})(?=\\s)|(?m)[ \\t]+#+[ \\t]*$");
    private static final Pattern SETEXT = Pattern.compile("(?m)^ {0,3}(=+|-+)[ \\t]*$");
    private static final Pattern RULE = Pattern.compile("(?m)^ {0,3}([-*_][ \\t]*){3,}$");
    private static final Pattern QUOTE = Pattern.compile("(?m)^ {0,3}(>[ \\t]?)+");
    private static final Pattern LIST = Pattern.compile("(?m)^[ \\t]*([-*+]|\\d{1,9}[.)])(?=[ \\t])");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*{1,3}|_{1,3}|~~)(?=\\S)|(?<=\\S)(\\*{1,3}|_{1,3}|~~)");
    private static final Pattern CODE_FENCE = Pattern.compile("(?m)^ {0,3}(```|~~~).*$");
    private static final Pattern TICKS = Pattern.compile("`+");
    private static final Pattern TAG = Pattern.compile("<[^>\\n]{1,200}>");
    private static final Pattern AUTOLINK = Pattern.compile("<https?://[^>\\s]+>");

    private MarkdownMask() {
    }

    static String mask(String text) {
        char[] out = text.toCharArray();
        blankAll(IMAGE, text, out);
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            blank(out, m.start(), m.start(1));
            blank(out, m.end(1), m.end());
        }
        m = REF_LINK.matcher(text);
        while (m.find()) {
            blank(out, m.start(), m.start(1));
            blank(out, m.end(1), m.end());
        }
        blankAll(REF_DEF, text, out);
        blankAll(AUTOLINK, text, out);
        blankAll(CODE_FENCE, text, out);
        blankAll(HEADING, text, out);
        blankAll(SETEXT, text, out);
        blankAll(RULE, text, out);
        blankAll(QUOTE, text, out);
        blankAll(LIST, text, out);
        blankAll(TAG, text, out);
        blankAll(TICKS, text, out);
        // emphasis last, on what is left, so "*" list markers are already gone
        String partly = new String(out);
        m = EMPHASIS.matcher(partly);
        while (m.find()) {
            boolean underscoreInWord = m.group().charAt(0) == '_' && m.start() > 0 && m.end() < partly.length()
                    && Character.isLetterOrDigit(partly.charAt(m.start() - 1))
                    && Character.isLetterOrDigit(partly.charAt(m.end()));
            if (!underscoreInWord) {
                blank(out, m.start(), m.end());
            }
        }
        return new String(out);
    }

    private static void blankAll(Pattern p, String text, char[] out) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            blank(out, m.start(), m.end());
        }
    }

    private static void blank(char[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            if (out[i] != '\n' && out[i] != '\r') {
                out[i] = ' ';
            }
        }
    }
}
