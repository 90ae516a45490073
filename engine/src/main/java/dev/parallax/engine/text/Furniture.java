package dev.parallax.engine.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognizes page furniture among an article's sentences: lines a site puts around the story that are not
 * claims of it, such as a keyword slug ("obama hollande"), a video credit ("00:52 - Source: CNN"), a label
 * ("Story highlights"), a teaser headline of another story ("Opinion: Iraq War's lessons for Syria"), a byline
 * or a dateline ("Washington CNN —"). A furniture line is a sentence alone on
 * its line that is either
 * <ul>
 *   <li>short (at most {@value #MAX_WORDS} words) and not a sentence: it does not end as one (., !, ?, … or
 *       a colon, before any closing quote or bracket), or</li>
 *   <li>a credit, label or byline by its form ({@code Source: ...}, {@code Photo: ...}, {@code By NAME},
 *       {@code Story highlights}, {@code Advertisement}, ...) of at most {@value #MAX_CREDIT_WORDS} words.</li>
 * </ul>
 * The article's headline (its title, the first line equal to it) and list items are never furniture. Pure
 * function of the article; the engine leaves furniture out of the alignment and the counts.
 */
public final class Furniture {

    /** The most words a line without sentence punctuation has and still counts as furniture. */
    static final int MAX_WORDS = 12;
    /** The most words a credit or label line has. */
    static final int MAX_CREDIT_WORDS = 20;

    private static final Pattern CREDIT = Pattern.compile("(?iu)^(?:"
            + "(?:\\d{1,2}:\\d{2}(?::\\d{2})?\\s*[-–—|]\\s*)?source\\s*:.*"
            + "|(?:photo|photograph|image|picture|video|graphic|illustration|caption)s?(?:\\s+credit)?\\s*:.*"
            + "|(?:story|key)\\s+highlights|highlights|advertisement|sponsored(?:\\s+content)?"
            + "|(?:read|see|watch)\\s+(?:more|also|next)\\b.*|related\\s*(?:articles?|stories|coverage)?\\s*:?.*"
            + "|(?:share|share this|tweet|email|print|comments?)(?:\\s+\\w+){0,2}"
            + "|by\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}(?:\\s*(?:,|and|&)\\s*.*)?"
            + "|(?:updated|published|posted)\\b.*\\d.*"
            + "|.*\\b(?:getty images|reuters|associated press|afp|ap photo|epa)\\s*\\)?\\s*"
            + ")$");
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b|\\b\\d{1,2}\\s*[/.]\\s*\\d{1,2}\\s*[/.]\\s*\\d{2,4}\\b");
    private static final Pattern DATE_WORD = Pattern.compile("(?iu)(?:\\d+(?:st|nd|rd|th)?|jan(?:uary)?|feb(?:ruary)?"
            + "|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?"
            + "|dec(?:ember)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?"
            + "|sun(?:day)?|am|pm|a\\.m|p\\.m|gmt|utc|bst|cet|cest|est|edt|pst|pdt|et|at|on|of|the|last|updated"
            + "|published|posted|modified|date|time|local)");
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[-*+•·▪◦]|\\d{1,3}[.)])\\s");

    private Furniture() {
    }

    /**
     * A dateline such as "16 September 2013 Last updated at 12: 42 GMT" or "On Tue, 16 / 08 / 2011 - 13: 42":
     * a year or a numeric date, and at most one word that is not part of a date or time.
     */
    public static boolean isDateLine(String line) {
        if (!YEAR.matcher(line).find() || Article.words(line) > MAX_CREDIT_WORDS) {
            return false;
        }
        int other = 0;
        for (String w : line.split("[^\\p{L}\\p{N}.]+")) {
            String t = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
            if (!t.isEmpty() && !DATE_WORD.matcher(t).matches()) {
                other++;
            }
        }
        return other <= 1;
    }

    /** For each of the article's sentences, whether it is furniture. */
    public static boolean[] of(Article a) {
        List<Span> sentences = a.sentences();
        boolean[] out = new boolean[sentences.size()];
        String text = a.text();
        String match = a.matchText();
        boolean titleSeen = false;
        for (int k = 0; k < sentences.size(); k++) {
            Span s = sentences.get(k);
            String line = match.substring(s.start(), s.end()).strip();
            if (line.isEmpty()) {
                continue;
            }
            boolean alone = line.indexOf('\n') < 0 && ownLine(match, s);
            if (!alone || LIST_MARKER.matcher(lineOf(text, s.start())).find()) {
                continue;
            }
            int words = Article.words(line);
            boolean credit = words <= MAX_CREDIT_WORDS && (CREDIT.matcher(line).matches() || isDateLine(line));
            // the headline is the story's own: the line equal to the title, else the first line among the
            // opening ones that reads as one (three words or more, a capital first, not a credit or date)
            if (!titleSeen && (same(line, a.title()) || k < HEADLINE_WITHIN && !credit && words >= 3
                    && startsLikeAHeadline(line))) {
                titleSeen = true;
                continue;
            }
            boolean notASentence = words <= MAX_WORDS && !endsAsSentence(line);
            out[k] = credit || notASentence;
        }
        return out;
    }

    /** Whether the sentence is all of its line (only blanks before and after it). */
    private static boolean ownLine(String text, Span s) {
        for (int i = s.start() - 1; i >= 0 && text.charAt(i) != '\n' && text.charAt(i) != '\r'; i--) {
            if (!Character.isWhitespace(text.charAt(i)) && !Character.isSpaceChar(text.charAt(i))) {
                return false;
            }
        }
        for (int i = s.end(); i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r'; i++) {
            if (!Character.isWhitespace(text.charAt(i)) && !Character.isSpaceChar(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The source line holding {@code at}, up to it (to see a list marker the mask blanked). */
    private static String lineOf(String text, int at) {
        int ls = Math.max(text.lastIndexOf('\n', Math.max(0, at - 1)) + 1, 0);
        int le = text.indexOf('\n', at);
        return text.substring(ls, le < 0 ? text.length() : le);
    }

    /** The headline is looked for among this many opening sentences. */
    private static final int HEADLINE_WITHIN = 4;

    /** Starts with a capital, a digit or an opening quote, as a headline does. */
    static boolean startsLikeAHeadline(String line) {
        char c = line.charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || "“\"‘'".indexOf(c) >= 0;
    }

    private static boolean same(String line, String title) {
        return !title.isEmpty() && norm(line).equals(norm(title));
    }

    private static String norm(String s) {
        return s.replaceAll("[\\s\\p{Punct}“”‘’—–]+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** Ends with ., !, ?, … or : (before closing quotes and brackets). */
    static boolean endsAsSentence(String line) {
        int i = line.length() - 1;
        while (i >= 0 && "\"'”’»)]}*_ ".indexOf(line.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?…:;".indexOf(line.charAt(i)) >= 0;
    }
}
