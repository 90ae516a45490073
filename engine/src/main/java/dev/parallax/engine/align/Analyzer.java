package dev.parallax.engine.align;

import dev.parallax.engine.text.Article;
import dev.parallax.engine.text.Span;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * The one text analyzer: turns an article into tokens (words, numbers and alias phrases), each with its
 * offsets, its comparison key and its stem, and flags for numbers, dates, capitalised names, negations,
 * function words and quotations. The aligner, the classifier, the folder scan and the background statistics
 * all see text through it, so they agree on what a content word is.
 *
 * <p>Keys are normalized so that forms of one value compare equal: number words and number forms
 * ({@code eleven} = 11, {@code 200,000} = 200000, {@code 6. 1} = 6.1 as tokenized archives store it),
 * British and American spellings ({@code enquiries} = {@code inquiries}), punctuation that archives split off
 * ({@code Sheriff ’ s}, {@code didn ’ t}, {@code a. m.}), and entity aliases.
 * Not thread-safe (the stemmer keeps state); use one per thread.
 */
public final class Analyzer {

    /** Dotted acronyms (U.S., also tokenized: U. S.), numbers (200,000; 3.5; 00:52; 40%), words with inner apostrophes. */
    static final Pattern WORD = Pattern.compile(
            "\\p{L}\\.(?: ?\\p{L}\\.)+|\\d+(?:[.,:]\\d+)*%?|[\\p{L}\\p{M}\\p{Nd}]+(?:['’][\\p{L}\\p{M}]+)*");
    /** What follows a split decimal that is an amount ("2. 6 million", "2. 5 percent", "£1. 7m"). */
    private static final Pattern DECIMAL_CONTEXT_AFTER = Pattern.compile(
            "\\s?(?:%|million|billion|trillion|m\\b|bn\\b|per\\s?cent|percent|magnitude|points?\\b|km|kilomet|miles?\\b|"
                    + "met(?:re|er)s?\\b|kg|tonnes?|tons?\\b|degrees?|seconds?|hours?|years?)",
            Pattern.CASE_INSENSITIVE);
    /** What precedes one ("$2. 6", "magnitude 6. 1"). */
    private static final Pattern DECIMAL_CONTEXT_BEFORE = Pattern.compile(
            "(?:[$£€¥]\\s?|magnitude\\s|measuring\\s|of\\s)$", Pattern.CASE_INSENSITIVE);
    /** British spellings and their American forms, so the two compare equal. */
    private static final Map<String, String> SPELLING = loadPairs("spelling.txt");

    static final Set<String> STOP = load("stopwords.txt");
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "none", "nobody", "nothing",
            "neither", "nor", "cannot", "without", "nowhere");
    private static final Set<String> DATES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "yesterday", "today", "tomorrow", "tonight", "weekend");
    private static final Set<String> TITLES = Set.of("president", "chancellor", "minister", "prime", "secretary",
            "king", "queen", "prince", "princess", "pope", "senator", "sen", "governor", "gov", "mayor", "general",
            "gen", "chief", "vice", "press", "mr", "mrs", "ms", "dr", "prof", "professor", "judge", "justice",
            "director", "spokesman", "spokeswoman", "spokesperson", "ambassador", "commissioner", "chairman",
            "leader", "officer", "sir", "lord", "lady", "captain", "colonel", "lieutenant", "sergeant", "foreign",
            "state", "house", "department", "national", "the", "a", "an");
    private static final Map<String, String> NUMBER_WORDS = new HashMap<>();

    static {
        String[] small = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int i = 0; i < small.length; i++) {
            NUMBER_WORDS.put(small[i], Integer.toString(i));
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            NUMBER_WORDS.put(tens[i], Integer.toString(20 + 10 * i));
        }
        NUMBER_WORDS.put("hundred", "100");
        NUMBER_WORDS.put("thousand", "1000");
        NUMBER_WORDS.put("dozen", "12");
        NUMBER_WORDS.put("first", "1st");
        NUMBER_WORDS.put("second", "2nd");
        NUMBER_WORDS.put("third", "3rd");
        NUMBER_WORDS.put("half", "0.5");
    }

    private final SnowballStemmer stemmer = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);
    private final Map<String, String> stemCache = new HashMap<>();
    /** {@link #plain} depends on the surface form alone: each form is analyzed once (offsets 0). */
    private final Map<String, Token> plainCache = new HashMap<>();

    /** Creates an analyzer (cheap; the word lists are shared). */
    public Analyzer() {
    }

    /**
     * The content stems of an article in text order (function words left out, aliases, numbers and spellings
     * normalized): what the folder scan fingerprints and the background statistics count.
     */
    public List<String> contentStems(Article article, Aliases aliases) {
        ArticleTokens at = tokenize(article, aliases);
        List<String> out = new ArrayList<>(at.tokens().size());
        for (Token t : at.tokens()) {
            if (t.isContent()) {
                out.add(t.stem());
            }
        }
        return out;
    }

    /** Tokens of a whole article, with each sentence's token range and the article's quotations. */
    ArticleTokens tokenize(Article article, Aliases aliases) {
        String text = article.matchText();
        List<Span> quotes = quotations(text);
        List<Token> raw = new ArrayList<>();
        List<String> surfaces = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String surface = m.group();
            Token proto = plainCache.get(surface);
            if (proto == null) {
                proto = plain(surface, 0, 0);
                plainCache.put(surface, proto);
            }
            Token t = new Token(m.start(), m.end(), proto.key(), proto.stem(), proto.flags());
            if (t.key().isEmpty()) {
                continue; // only combining marks: nothing to compare
            }
            raw.add(t);
            surfaces.add(surface);
        }
        mergeCompoundNumbers(text, raw, surfaces);
        mergeSplitDecimals(text, raw, surfaces);
        joinSplitContractions(text, raw);
        List<Token> tokens = mergeAliases(text, raw, surfaces, aliases);
        // flags that need context: sentence-initial capitals are not names; quoted words
        List<Span> sentences = article.sentences();
        int[] sentStart = new int[sentences.size()];
        int[] sentEnd = new int[sentences.size()];
        int t = 0;
        int q = 0;
        for (int s = 0; s < sentences.size(); s++) {
            Span span = sentences.get(s);
            while (t < tokens.size() && tokens.get(t).start() < span.start()) {
                t++;
            }
            sentStart[s] = t;
            boolean first = true;
            while (t < tokens.size() && tokens.get(t).end() <= span.end()) {
                Token tok = tokens.get(t);
                if (first || afterOpening(text, tok.start(), span.start())) {
                    if (tok.is(Token.CAPITAL) && !tok.is(Token.ALIAS) && !isAllCaps(text, tok)) {
                        tok = new Token(tok.start(), tok.end(), tok.key(), tok.stem(), tok.flags() & ~Token.CAPITAL);
                    }
                }
                while (q < quotes.size() && quotes.get(q).end() <= tok.start()) {
                    q++;
                }
                if (q < quotes.size() && quotes.get(q).start() <= tok.start() && tok.end() <= quotes.get(q).end()) {
                    tok = tok.withFlag(Token.QUOTED);
                }
                tokens.set(t, tok);
                first = false;
                t++;
            }
            sentEnd[s] = t;
        }
        return new ArticleTokens(article, tokens, sentStart, sentEnd, quotes);
    }

    private Token plain(String surface, int start, int end) {
        int flags = 0;
        String key;
        String stem;
        char c0 = surface.charAt(0);
        if (Character.isDigit(c0)) {
            key = normalizeNumber(surface);
            stem = key;
            flags |= Token.NUMBER;
            if (key.length() == 4 && (key.startsWith("19") || key.startsWith("20")) && key.chars().allMatch(Character::isDigit)) {
                flags = Token.DATE;
            }
        } else {
            String folded = Aliases.fold(surface);
            if (folded.endsWith("'s")) {
                folded = folded.substring(0, folded.length() - 2);
            } else if (folded.endsWith("'")) {
                folded = folded.substring(0, folded.length() - 1);
            }
            if (folded.indexOf('.') >= 0) {
                folded = folded.replace(".", "").replace(" ", "");
            }
            folded = SPELLING.getOrDefault(folded, folded);
            key = folded;
            String lower = Aliases.fold(surface);
            if (STOP.contains(lower) || STOP.contains(folded)
                    || (folded.length() == 1 && Character.isLetter(folded.charAt(0)))) {
                flags |= Token.STOP; // single letters: split-off possessives ("Sheriff ’ s") and initials
            }
            if (NEGATIONS.contains(folded) || folded.endsWith("n't")) {
                flags |= Token.NEGATION;
            }
            if (DATES.contains(folded) && (Character.isUpperCase(c0) || folded.equals("yesterday")
                    || folded.equals("today") || folded.equals("tomorrow") || folded.equals("tonight"))) {
                flags |= Token.DATE;
            }
            String number = NUMBER_WORDS.get(folded);
            if (number != null) {
                key = number;
                stem = number;
                flags |= Token.NUMBER;
                flags &= ~Token.STOP;
            } else {
                stem = stem(folded);
            }
            boolean shouting = surface.length() > 5 && surface.equals(surface.toUpperCase(java.util.Locale.ROOT));
            if (Character.isUpperCase(c0) && !shouting) {
                flags |= Token.CAPITAL;
                if (TITLES.contains(folded)) {
                    flags |= Token.TITLE_WORD;
                }
            }
        }
        return new Token(start, end, key, stem, flags);
    }

    private String stem(String word) {
        String s = stemCache.get(word);
        if (s == null) {
            s = stemmer.stem(word).toString();
            stemCache.put(word, s);
        }
        return s;
    }

    static String normalizeNumber(String s) {
        String n = s;
        if (n.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?%?")) {
            n = n.replace(",", "");
        }
        if (n.matches("\\d+\\.0+")) {
            n = n.substring(0, n.indexOf('.'));
        }
        return n;
    }

    /** Joins "sixty-three" into one number token 63, so it equals "63". */
    private static void mergeCompoundNumbers(String text, List<Token> raw, List<String> surfaces) {
        for (int i = raw.size() - 2; i >= 0; i--) {
            Token a = raw.get(i);
            Token b = raw.get(i + 1);
            if (!a.is(Token.NUMBER) || !b.is(Token.NUMBER) || b.start() != a.end() + 1 || text.charAt(a.end()) != '-') {
                continue;
            }
            String tens = a.key();
            String unit = b.key();
            if (tens.length() == 2 && tens.endsWith("0") && unit.length() == 1 && !unit.equals("0")
                    && Character.isLetter(surfaces.get(i).charAt(0))) {
                String v = tens.charAt(0) + unit;
                raw.set(i, new Token(a.start(), b.end(), v, v, a.flags()));
                raw.remove(i + 1);
                surfaces.set(i, text.substring(a.start(), b.end()));
                surfaces.remove(i + 1);
            }
        }
    }

    /**
     * Joins "6. 1" into one number 6.1: tokenized archives split decimals at the point. Only where the number is
     * an amount (a currency sign before, a unit or magnitude after), since "He was 25. 3 others..." ends a
     * sentence.
     */
    private static void mergeSplitDecimals(String text, List<Token> raw, List<String> surfaces) {
        for (int i = raw.size() - 2; i >= 0; i--) {
            Token a = raw.get(i);
            Token b = raw.get(i + 1);
            String sa = surfaces.get(i);
            String sb = surfaces.get(i + 1);
            if (!a.is(Token.NUMBER) || !b.is(Token.NUMBER) || b.start() != a.end() + 2
                    || text.charAt(a.end()) != '.' || text.charAt(a.end() + 1) != ' '
                    || !sa.chars().allMatch(Character::isDigit) || sa.length() > 3
                    || !sb.chars().allMatch(Character::isDigit) || sb.length() > 2) {
                continue;
            }
            int after = b.end();
            if (after < text.length() && (text.charAt(after) == '.' || Character.isLetterOrDigit(text.charAt(after)))) {
                continue;
            }
            // "25. 3 others" ends a sentence; a split decimal is an amount: "$2. 6 million", "magnitude 6. 1"
            Matcher unit = DECIMAL_CONTEXT_AFTER.matcher(text).region(after, Math.min(text.length(), after + 12));
            Matcher lead = DECIMAL_CONTEXT_BEFORE.matcher(text).region(Math.max(0, a.start() - 12), a.start());
            if (!unit.lookingAt() && !lead.find()) {
                continue;
            }
            String v = normalizeNumber(sa + "." + sb);
            raw.set(i, new Token(a.start(), b.end(), v, v, Token.NUMBER));
            raw.remove(i + 1);
            surfaces.set(i, text.substring(a.start(), b.end()));
            surfaces.remove(i + 1);
        }
    }

    /**
     * Tokenized archives split contractions ("didn ’ t", "Sheriff ’ s"): the "t" makes the word before it a
     * negation, as "didn’t" is.
     */
    private static void joinSplitContractions(String text, List<Token> raw) {
        for (int i = 1; i < raw.size(); i++) {
            Token t = raw.get(i);
            Token prev = raw.get(i - 1);
            if (t.end() - t.start() != 1 || Character.toLowerCase(text.charAt(t.start())) != 't'
                    || !prev.key().endsWith("n")) {
                continue;
            }
            String between = text.substring(prev.end(), t.start()).strip();
            if (between.equals("’") || between.equals("'")) {
                raw.set(i - 1, new Token(prev.start(), prev.end(), prev.key() + "'t", prev.key() + "'t",
                        (prev.flags() | Token.NEGATION | Token.STOP) & ~Token.CAPITAL));
            }
        }
    }

    /** Replaces runs of tokens that spell an alias phrase by one token keyed by the group's canonical id. */
    private static List<Token> mergeAliases(String text, List<Token> raw, List<String> surfaces, Aliases aliases) {
        List<Token> out = new ArrayList<>(raw.size());
        int i = 0;
        while (i < raw.size()) {
            Aliases.Phrase hit = null;
            for (Aliases.Phrase p : aliases.startingWith(surfaces.get(i))) {
                if (matches(text, raw, surfaces, i, p)) {
                    hit = p;
                    break;
                }
            }
            if (hit == null) {
                out.add(raw.get(i));
                i++;
                continue;
            }
            Token first = raw.get(i);
            Token last = raw.get(i + hit.words().size() - 1);
            int flags = Token.ALIAS | (first.flags() & Token.CAPITAL);
            if (hit.words().size() > 1 || Character.isUpperCase(text.charAt(first.start()))) {
                flags |= Token.CAPITAL;
            }
            out.add(new Token(first.start(), last.end(), hit.canonical(), hit.canonical(), flags));
            i += hit.words().size();
        }
        return out;
    }

    private static boolean matches(String text, List<Token> raw, List<String> surfaces, int i, Aliases.Phrase p) {
        List<String> words = p.words();
        if (i + words.size() > raw.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            String s = surfaces.get(i + k);
            String w = p.exactCase() ? s : Aliases.fold(s);
            if (!w.equals(words.get(k))) {
                return false;
            }
            if (k > 0) {
                // only white space (or a hyphen) between the words of a phrase
                for (int c = raw.get(i + k - 1).end(); c < raw.get(i + k).start(); c++) {
                    char ch = text.charAt(c);
                    if (!Character.isWhitespace(ch) && ch != '-' && ch != '\u00A0') {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static boolean afterOpening(String text, int index, int floor) {
        int i = index - 1;
        while (i >= floor && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= floor && "“\"‘'(:—–-".indexOf(text.charAt(i)) >= 0;
    }

    private static boolean isAllCaps(String text, Token t) {
        if (t.end() - t.start() < 2) {
            return false;
        }
        for (int i = t.start(); i < t.end(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    /** Spans inside quotation marks (curly, or straight ones paired up), never crossing a blank line. */
    static List<Span> quotations(String text) {
        List<Span> out = new ArrayList<>();
        int open = -1;
        char opener = 0;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && i + 1 < text.length() && (text.charAt(i + 1) == '\n' || text.charAt(i + 1) == '\r')) {
                open = -1;
            }
            if (c == '\n') {
                lineStart = i + 1;
            }
            if (c == '“' || c == '«' || c == '„') {
                open = i + 1;
                opener = c;
            } else if ((c == '”' || c == '»') && open >= 0) {
                out.add(new Span(open, i));
                open = -1;
            } else if (c == '"') {
                if (open >= 0 && opener == '"') {
                    out.add(new Span(open, i));
                    open = -1;
                } else {
                    open = i + 1;
                    opener = '"';
                }
            } else if (c == '”' && open < 0) {
                // a closing quote without an opener: the quotation began at the line's start, or after the
                // quotation before it on the line (so the quotations stay sorted and apart)
                int from = out.isEmpty() ? lineStart : Math.max(lineStart, out.get(out.size() - 1).end() + 1);
                out.add(new Span(Math.min(from, i), i));
            }
        }
        return out;
    }

    private static Map<String, String> loadPairs(String resource) {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = Analyzer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.trim().split("\\s+");
                if (!line.startsWith("#") && f.length == 2) {
                    out.put(f[0], f[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = Analyzer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("#")) {
                    for (String w : line.trim().split("\\s+")) {
                        if (!w.isEmpty()) {
                            words.add(w);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
