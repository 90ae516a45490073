package dev.parallax.engine.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Blanks Markdown syntax with spaces so that matching reads the prose while every offset stays that of the
 * file. The file is parsed by commonmark-java (CommonMark, with source spans), and only what a reader of the
 * rendered page reads stays: the text of paragraphs, headings, list items, quotes and link labels, and the
 * content of code spans and code blocks (fenced or indented). Markers, emphasis delimiters, code ticks and
 * fences, link targets, reference definitions, images, rules and HTML tags (also those that span lines) become
 * spaces. Line breaks are kept, so paragraphs and lines stay where they were.
 */
final class MarkdownMask {

    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    /** A tag inside an HTML block (the text between tags stays): may span lines. */
    private static final Pattern TAG = Pattern.compile("<[^<>]{0,2000}>");

    private MarkdownMask() {
    }

    static String mask(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            out[i] = c == '\n' || c == '\r' ? c : ' ';
        }
        Node doc = PARSER.parse(text);
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                for (SourceSpan s : t.getSourceSpans()) {
                    int from = s.getInputIndex();
                    int to = from + s.getLength();
                    keep(text, out, from, to);
                    // a backslash escape (\*) reads as the character alone
                    for (int i = from; i < to - 1; i++) {
                        if (text.charAt(i) == '\\' && isAsciiPunctuation(text.charAt(i + 1))) {
                            out[i] = ' ';
                            i++;
                        }
                    }
                }
            }

            @Override
            public void visit(Code c) {
                for (SourceSpan s : c.getSourceSpans()) {
                    int from = s.getInputIndex();
                    int to = from + s.getLength();
                    while (from < to && text.charAt(from) == '`') {
                        from++;
                    }
                    while (to > from && text.charAt(to - 1) == '`') {
                        to--;
                    }
                    keep(text, out, from, to);
                }
            }

            @Override
            public void visit(FencedCodeBlock b) {
                List<SourceSpan> spans = b.getSourceSpans();
                String literal = b.getLiteral();
                int lines = literal.isEmpty() ? 0 : literal.split("\n", -1).length - 1;
                // first span: the opening fence; then the content lines; then the closing fence, if any
                for (int k = 1; k <= lines && k < spans.size(); k++) {
                    keep(text, out, spans.get(k).getInputIndex(), spans.get(k).getInputIndex() + spans.get(k).getLength());
                }
            }

            @Override
            public void visit(IndentedCodeBlock b) {
                for (SourceSpan s : b.getSourceSpans()) {
                    keep(text, out, s.getInputIndex(), s.getInputIndex() + s.getLength());
                }
            }

            @Override
            public void visit(HtmlBlock b) {
                List<SourceSpan> spans = b.getSourceSpans();
                if (spans.isEmpty()) {
                    return;
                }
                int from = spans.get(0).getInputIndex();
                SourceSpan last = spans.get(spans.size() - 1);
                int to = last.getInputIndex() + last.getLength();
                keep(text, out, from, to);
                Matcher m = TAG.matcher(text).region(from, to);
                while (m.find()) {
                    blank(out, m.start(), m.end());
                }
                Matcher comment = Pattern.compile("<!--.*?-->", Pattern.DOTALL).matcher(text).region(from, to);
                while (comment.find()) {
                    blank(out, comment.start(), comment.end());
                }
            }

            @Override
            public void visit(Image image) {
                // an image is not prose: its alt text stays blank
            }

            @Override
            public void visit(Link link) {
                List<SourceSpan> spans = link.getSourceSpans();
                if (!spans.isEmpty() && text.charAt(spans.get(0).getInputIndex()) == '<') {
                    return; // an autolink <https://...> is a URL, not prose
                }
                visitChildren(link);
            }
        });
        return new String(out);
    }

    private static void keep(String text, char[] out, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, out.length); i++) {
            out[i] = text.charAt(i);
        }
    }

    private static void blank(char[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            if (out[i] != '\n' && out[i] != '\r') {
                out[i] = ' ';
            }
        }
    }

    private static boolean isAsciiPunctuation(char c) {
        return c < 128 && !Character.isLetterOrDigit(c) && c > ' ' && c != 127;
    }
}
