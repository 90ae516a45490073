package dev.parallax.engine.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits news prose into paragraphs and sentences with exact offsets.
 *
 * <p>Rules, in order: a blank line ends a paragraph; a line break ends a sentence (headlines, datelines, bullet
 * lines and captions carry no final punctuation); inside a line a sentence ends after {@code . ! ? …} and any
 * closing quotes or brackets when white space and then an upper-case letter, a digit or an opening quote follow,
 * unless the full stop belongs to a title ({@code Mr.}, {@code Dr.}), a single initial ({@code J. K.}; but
 * {@code Plan B. The} splits) or an
 * abbreviation that is not followed by a typical sentence opener ({@code U.S. officials}). Decimals never split
 * because no white space follows their point. Stateless and thread-safe.
 */
public final class Segmenter {

    /** Abbreviations that are never the end of a sentence. */
    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "mx", "dr", "prof", "gen", "gov", "sen", "rep", "col", "lt", "sgt", "capt", "cmdr",
            "adm", "maj", "rev", "hon", "pres", "supt", "det", "insp", "cpl", "pvt", "fr", "st", "mt", "ft", "messrs",
            "mme", "mlle", "vs", "v", "cf", "e.g", "i.e", "approx", "dept", "est", "fig", "vol", "pp", "ave", "blvd",
            "rd");
    /** Abbreviations that may end a sentence but usually precede a number. */
    private static final Set<String> BEFORE_NUMBER = Set.of(
            "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "art",
            "sec", "ch", "p", "op", "tel");
    /** Words that start a new sentence after an abbreviation such as "U.S." or "a.m.". */
    private static final Set<String> OPENERS = Set.of(
            "the", "he", "she", "it", "they", "we", "i", "you", "but", "and", "in", "a", "an", "this", "that", "these",
            "those", "there", "his", "her", "its", "their", "our", "on", "at", "after", "before", "as", "if", "when",
            "while", "however", "meanwhile", "also", "some", "many", "most", "officials", "police");

    private static final String CLOSERS = "\"'”’»)]}";
    private static final String OPENERS_PUNCT = "\"'“‘«([{¿¡";

    /** The default segmenter. */
    public static final Segmenter DEFAULT = new Segmenter();

    /** Paragraph spans of {@code text}: runs of non-blank lines between blank lines, trimmed. */
    public List<Span> paragraphs(String text) {
        List<Span> out = new ArrayList<>();
        int lineStart = 0;
        int paraStart = -1;
        int paraEnd = -1;
        while (true) {
            int lineEnd = indexOfLineEnd(text, lineStart);
            if (isBlank(text, lineStart, lineEnd)) {
                if (paraStart >= 0) {
                    addSentence(text, paraStart, paraEnd, out);
                    paraStart = -1;
                }
            } else {
                if (paraStart < 0) {
                    paraStart = lineStart;
                }
                paraEnd = lineEnd;
            }
            int next = skipLineBreak(text, lineEnd);
            if (next == lineEnd) {
                break;
            }
            lineStart = next;
        }
        if (paraStart >= 0) {
            addSentence(text, paraStart, paraEnd, out);
        }
        return out;
    }

    /**
     * Sentence spans of {@code text}, in order, trimmed, each holding at least one letter or digit. A line break
     * ends a sentence, except inside a hard-wrapped paragraph (most lines of similar width, at most 120 characters,
     * as in Project Gutenberg texts), where it is only a space.
     */
    public List<Span> sentences(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int lineStart = 0;
        List<int[]> block = new ArrayList<>();
        while (true) {
            int lineEnd = indexOfLineEnd(text, lineStart);
            if (isBlank(text, lineStart, lineEnd)) {
                splitBlock(text, block, out);
                block.clear();
            } else {
                block.add(new int[] {lineStart, lineEnd});
            }
            int next = skipLineBreak(text, lineEnd);
            if (next == lineEnd || next >= n) {
                break;
            }
            lineStart = next;
        }
        splitBlock(text, block, out);
        return out;
    }

    private void splitBlock(String text, List<int[]> lines, List<Span> out) {
        if (lines.isEmpty()) {
            return;
        }
        if (isWrapped(lines)) {
            splitLine(text, lines.get(0)[0], lines.get(lines.size() - 1)[1], out);
            return;
        }
        for (int[] line : lines) {
            splitLine(text, line[0], line[1], out);
        }
    }

    /** Lines of similar width, none over 120 characters: the paragraph was wrapped, not written line by line. */
    private static boolean isWrapped(List<int[]> lines) {
        if (lines.size() < 2) {
            return false;
        }
        int max = 0;
        for (int[] l : lines) {
            max = Math.max(max, l[1] - l[0]);
        }
        if (max > 120 || max < 40) {
            return false;
        }
        int full = 0;
        for (int k = 0; k < lines.size() - 1; k++) {
            if (lines.get(k)[1] - lines.get(k)[0] >= 0.6 * max) {
                full++;
            }
        }
        return full >= 0.75 * (lines.size() - 1);
    }

    private void splitLine(String text, int from, int to, List<Span> out) {
        int start = from;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int j = i + 1;
                while (j < to && ".!?…".indexOf(text.charAt(j)) >= 0) {
                    j++;
                }
                while (j < to && CLOSERS.indexOf(text.charAt(j)) >= 0) {
                    j++;
                }
                if (j < to && Character.isWhitespace(text.charAt(j))) {
                    int k = j;
                    while (k < to && Character.isWhitespace(text.charAt(k))) {
                        k++;
                    }
                    if (k < to && isBoundary(text, from, i, j, k, to)) {
                        addSentence(text, start, j, out);
                        start = k;
                        i = k;
                        continue;
                    }
                }
                i = j;
                continue;
            }
            i++;
        }
        addSentence(text, start, to, out);
    }

    /**
     * Whether the terminal punctuation at {@code dot} (with closers up to {@code afterClose}) ends a sentence,
     * given that the next visible character is at {@code next}.
     */
    private boolean isBoundary(String text, int lineStart, int dot, int afterClose, int next, int lineEnd) {
        char nc = text.charAt(next);
        boolean upperish = Character.isUpperCase(nc) || Character.isDigit(nc) || OPENERS_PUNCT.indexOf(nc) >= 0
                || Character.isTitleCase(nc) || nc == '•' || nc == '-' || nc == '–' || nc == '—';
        if (!upperish) {
            return false;
        }
        if (text.charAt(dot) != '.' || afterClose > dot + 1) {
            // ! ? … or a full stop inside/after closing quotes: a boundary
            return true;
        }
        // the word before the full stop, including inner dots (U.S, e.g)
        int w = dot;
        while (w > lineStart && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        String word = text.substring(w, dot);
        if (word.isEmpty()) {
            return true; // "1990." or "...)."
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (TITLES.contains(lower)) {
            return false;
        }
        if (BEFORE_NUMBER.contains(lower) && Character.isDigit(nc)) {
            return false;
        }
        boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
        boolean dotted = word.indexOf('.') >= 0; // U.S, a.m, D.C
        if (initial || dotted) {
            // "J. K. Rowling" never splits; "the U.S. The" does when a sentence opener follows
            String nextWord = wordAt(text, next, lineEnd).toLowerCase(Locale.ROOT);
            if (initial) {
                // "J. K. Rowling" holds together, but "Plan B. The board" ends a sentence; one-letter openers
                // ("A", "I") stay ambiguous ("Vitamin A. A study", "Malcolm X. I") and do not split
                return nextWord.length() > 1 && OPENERS.contains(nextWord);
            }
            return OPENERS.contains(nextWord) || OPENERS_PUNCT.indexOf(nc) >= 0;
        }
        return true;
    }

    private static String wordAt(String text, int from, int to) {
        int e = from;
        while (e < to && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return text.substring(from, e);
    }

    private static void addSentence(String text, int start, int end, List<Span> out) {
        while (start < end && (Character.isWhitespace(text.charAt(start)) || Character.isSpaceChar(text.charAt(start)))) {
            start++;
        }
        // a bullet marker is not part of the sentence
        if (start + 1 < end && "•·▪‣◦*-–".indexOf(text.charAt(start)) >= 0
                && Character.isWhitespace(text.charAt(start + 1))) {
            start += 2;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || Character.isSpaceChar(text.charAt(end - 1)))) {
            end--;
        }
        for (int i = start; i < end; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                out.add(new Span(start, end));
                return;
            }
        }
    }

    private static int indexOfLineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                return i;
            }
        }
        return text.length();
    }

    private static int skipLineBreak(String text, int lineEnd) {
        if (lineEnd >= text.length()) {
            return lineEnd;
        }
        if (text.charAt(lineEnd) == '\r' && lineEnd + 1 < text.length() && text.charAt(lineEnd + 1) == '\n') {
            return lineEnd + 2;
        }
        return lineEnd + 1;
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i)) && !Character.isSpaceChar(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
