package dev.parallax.engine.text;

import java.util.List;
import java.util.Objects;

/**
 * An article as read: its text and what is known about it. Immutable.
 *
 * <p>{@code text} is the decoded file exactly as read (a BOM excluded) for plain text and Markdown, and the
 * extracted article body for HTML. All offsets anywhere in the engine index this string.
 * {@code matchText} has the same length; markup that is not prose (Markdown syntax) is blanked in it with
 * spaces, so segmenting and matching read prose while offsets stay those of {@code text}.
 *
 * @param source    where it came from (a path as given, or a name); never null
 * @param text      the article text
 * @param matchText {@code text} with non-prose markup replaced by spaces; same length as {@code text}
 * @param title     headline, or the file name when none was found; never null
 * @param site      publishing site or host; empty when unknown
 * @param date      publication date as found (ISO when it could be parsed); empty when unknown
 * @param format    the format it was read as
 * @param charset   the charset it was decoded with
 * @param sentences sentence spans in text order, non-overlapping
 * @param paragraphs paragraph spans in text order, non-overlapping
 */
public record Article(String source, String text, String matchText, String title, String site, String date,
                      Format format, String charset, List<Span> sentences, List<Span> paragraphs) {

    public Article {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(matchText, "matchText");
        if (matchText.length() != text.length()) {
            throw new IllegalArgumentException("matchText must have the length of text");
        }
        title = title == null ? "" : title;
        site = site == null ? "" : site;
        date = date == null ? "" : date;
        Objects.requireNonNull(format, "format");
        charset = charset == null ? "" : charset;
        sentences = List.copyOf(sentences);
        paragraphs = List.copyOf(paragraphs);
    }

    /** An article from a string already in memory, segmented with the default segmenter. */
    public static Article ofText(String source, String text) {
        return ArticleLoader.fromText(source, text, Format.TEXT, "UTF-16");
    }

    /** Number of words (letter or digit runs) in the text. */
    public int wordCount() {
        return words(matchText);
    }

    /** Number of words (letter or digit runs) in {@code s}. */
    static int words(CharSequence s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = Character.isLetterOrDigit(s.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }
}
