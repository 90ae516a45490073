package dev.parallax.engine.align;

import com.github.difflib.patch.DeltaType;
import dev.parallax.engine.result.Difference;
import dev.parallax.engine.result.DifferenceType;
import dev.parallax.engine.result.Kind;
import dev.parallax.engine.text.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether two matched passages agree or conflict, from the word diff of their tokens ({@link WordDiff}:
 * java-diff-utils' Myers diff).
 *
 * <p>A difference is factual, and makes a conflict, only where the two sides put different values in the same
 * slot: a changed number, date or name that the other passage does not mention anywhere, a negation present on
 * one side only, or changed words inside a quotation of the same speaker. Material that one side simply adds
 * or leaves out is wording. Number, date, name and negation conflicts also need the passages to be close
 * (most words shared), since in a loose paraphrase every slot moves.
 */
final class Classifier {

    /** The verdict on one link. */
    record Verdict(Kind kind, List<Difference> differences) {
    }

    private static final Pattern SPEAKER_BEFORE = Pattern.compile(
            "(\\p{Lu}[\\p{L}’'\\-]+(?:\\s+\\p{Lu}[\\p{L}’'\\-]+)*|\\b[Hh]e|\\b[Ss]he|\\b[Tt]hey|\\bI|\\b[Ww]e)\\s+"
                    + "(?:said|says|added|adds|told|asked|insisted|stated|wrote|argued|noted|explained|declared|"
                    + "warned|continued|tweeted)\\b");
    private static final Pattern SPEAKER_AFTER = Pattern.compile(
            "\\b(?:said|says|added|adds|asked|wrote|according to)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}’'\\-]+"
                    + "(?:\\s+\\p{Lu}[\\p{L}’'\\-]+)*)");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we");

    /** Content words two quotations must share to be taken as one quotation (one shared word is chance). */
    private static final int MIN_QUOTE_SHARED = 2;
    /** In a passage of more quotations than this, a word in more than this many of them is not used to pair them. */
    private static final int QUOTE_POSTING_CAP = 64;
    /**
     * A "quotation" longer than this many tokens is an unbalanced quote mark (the text up to the line's start, or
     * a whole book on one line), not a quotation; its words are compared as wording.
     */
    static final int MAX_QUOTE_TOKENS = 600;
    /** A negation flip changes a word or two ("is" / "is not"); a longer added clause is wording. */
    private static final int NEGATION_SLOT = 4;

    private final double factGate;

    Classifier(double factGate) {
        this.factGate = factGate;
    }

    Verdict classify(ArticleTokens left, Span leftSpan, List<Token> l, ArticleTokens right, Span rightSpan,
                     List<Token> r) {
        List<WordDiff.Delta> deltas = WordDiff.diff(l, r, Token::key);
        int equalContent = 0;
        int lContent = 0;
        int rContent = 0;
        for (Token t : l) {
            lContent += t.isContent() ? 1 : 0;
        }
        for (Token t : r) {
            rContent += t.isContent() ? 1 : 0;
        }
        int changedL = 0;
        int changedR = 0;
        for (WordDiff.Delta d : deltas) {
            changedL += contentSize(l.subList(d.sourceStart(), d.sourceEnd()));
            changedR += contentSize(r.subList(d.targetStart(), d.targetEnd()));
        }
        equalContent = (lContent - changedL + rContent - changedR) / 2;
        double overlap = lContent + rContent == 0 ? 1 : 2.0 * equalContent / (lContent + rContent);
        boolean close = overlap >= factGate;

        // every key and stem of each side, needed only for a changed slot of close passages (not for a copy)
        Set<String> lKeys = null;
        Set<String> rKeys = null;
        int lNeg = count(l, Token.NEGATION);
        int rNeg = count(r, Token.NEGATION);

        List<Difference> out = new ArrayList<>();
        List<Span[]> quoteRegions = misquotes(left, leftSpan, right, rightSpan, out);

        for (WordDiff.Delta d : deltas) {
            List<Token> a = l.subList(d.sourceStart(), d.sourceEnd());
            List<Token> b = r.subList(d.targetStart(), d.targetEnd());
            Span ls = chunkSpan(a, l, d.sourceStart(), leftSpan);
            Span rs = chunkSpan(b, r, d.targetStart(), rightSpan);
            if (insideAny(ls, rs, quoteRegions)) {
                continue; // already reported as a quote difference
            }
            DifferenceType type = DifferenceType.WORDING;
            if (close && d.type() == DeltaType.CHANGE) {
                if (lKeys == null) {
                    lKeys = keys(l);
                    rKeys = keys(r);
                }
                type = slotType(a, b, lKeys, rKeys);
            }
            if (type == DifferenceType.WORDING && close && lNeg != rNeg && a.size() + b.size() <= NEGATION_SLOT
                    && count(a, Token.NEGATION) != count(b, Token.NEGATION)) {
                type = DifferenceType.NEGATION;
            }
            out.add(new Difference(type, ls, rs));
        }
        out.sort((x, y) -> Integer.compare(x.left().start(), y.left().start()));
        boolean conflict = out.stream().anyMatch(x -> x.type().isFactual());
        return new Verdict(conflict ? Kind.CONFLICT : Kind.AGREE, out);
    }

    /** The factual type of a changed slot, or wording. */
    private static DifferenceType slotType(List<Token> a, List<Token> b, Set<String> lKeys, Set<String> rKeys) {
        if (changedValue(a, b, Token.NUMBER, lKeys, rKeys)) {
            return DifferenceType.NUMBER;
        }
        if (changedValue(a, b, Token.DATE, lKeys, rKeys)) {
            return DifferenceType.DATE;
        }
        if (contentSize(a) <= 4 && contentSize(b) <= 4) {
            Set<String> ea = names(a);
            Set<String> eb = names(b);
            if (!ea.isEmpty() && !eb.isEmpty() && disjointFrom(ea, rKeys) && disjointFrom(eb, lKeys)
                    && !spellingVariant(joinNames(a), joinNames(b))) {
                return DifferenceType.ENTITY;
            }
        }
        return DifferenceType.WORDING;
    }

    private static String joinNames(List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            if (t.is(Token.CAPITAL) && !t.is(Token.TITLE_WORD) && !t.is(Token.DATE) && !t.is(Token.STOP)) {
                sb.append(t.key());
            }
        }
        return sb.toString();
    }

    /**
     * Two spellings of one name rather than two names: equal once joined ("H. C." / "H.C."), one an
     * abbreviation of the other ("Hon" / "Honourable"), or a letter or two apart ("Thoulouse" / "Toulouse").
     */
    static boolean spellingVariant(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.length() >= 3 && b.length() >= 3 && (a.startsWith(b) || b.startsWith(a))) {
            return true;
        }
        int longer = Math.max(a.length(), b.length());
        if (longer < 5) {
            return false;
        }
        return levenshtein(a, b) <= (longer <= 7 ? 1 : 2);
    }

    private static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Both chunks hold a value of this kind, and each side's value is missing from the other passage. */
    private static boolean changedValue(List<Token> a, List<Token> b, int flag, Set<String> lKeys,
                                        Set<String> rKeys) {
        Set<String> va = new HashSet<>();
        Set<String> vb = new HashSet<>();
        for (Token t : a) {
            if (t.is(flag)) {
                va.add(t.key());
            }
        }
        for (Token t : b) {
            if (t.is(flag)) {
                vb.add(t.key());
            }
        }
        if (va.isEmpty() || vb.isEmpty() || va.equals(vb)) {
            return false;
        }
        return disjointFrom(va, rKeys) && disjointFrom(vb, lKeys);
    }

    /**
     * Finds quotations that appear on both sides with different words inside (a changed or inserted word, not
     * just a shorter excerpt), attributed to compatible speakers, and reports their differing words.
     *
     * @return the regions reported, as [left, right] span pairs
     */
    private List<Span[]> misquotes(ArticleTokens left, Span leftSpan, ArticleTokens right, Span rightSpan,
                                   List<Difference> out) {
        List<Span[]> regions = new ArrayList<>();
        List<Span> lq = quotesIn(left, leftSpan);
        List<Span> rq = quotesIn(right, rightSpan);
        if (lq.isEmpty() || rq.isEmpty()) {
            return regions;
        }
        String lSpeaker = speaker(left.article().matchText(), leftSpan, lq);
        String rSpeaker = speaker(right.article().matchText(), rightSpan, rq);
        if (lSpeaker != null && rSpeaker != null && !PRONOUNS.contains(lSpeaker) && !PRONOUNS.contains(rSpeaker)
                && !lSpeaker.equals(rSpeaker)) {
            return regions;
        }
        // each left quotation is compared with the one right quotation it shares most with, and not at all
        // when the right side repeats it word for word: two different quotations sharing a word are not one.
        // The right quotations are indexed (by their words, and by stem), so that a long passage full of quotes
        // costs about its number of quotes, not their square.
        List<List<Token>> rTokens = new ArrayList<>(rq.size());
        Set<List<String>> rVerbatim = new HashSet<>();
        Map<String, List<Integer>> byStem = new HashMap<>();
        for (int x = 0; x < rq.size(); x++) {
            List<Token> b = tokensIn(right, rq.get(x));
            rTokens.add(b);
            if (b.size() > MAX_QUOTE_TOKENS) {
                continue; // not a quotation: an unbalanced mark (compared as wording)
            }
            rVerbatim.add(keyList(b));
            for (String stem : contentStems(b)) {
                byStem.computeIfAbsent(stem, k -> new ArrayList<>(1)).add(x);
            }
        }
        int[] sharedWith = new int[rq.size()];
        for (Span q1 : lq) {
            List<Token> a = tokensIn(left, q1);
            if (contentSize(a) == 0 || a.size() > MAX_QUOTE_TOKENS || rVerbatim.contains(keyList(a))) {
                continue;
            }
            Arrays.fill(sharedWith, 0);
            int bestX = -1;
            for (String stem : contentStems(a)) {
                List<Integer> post = byStem.get(stem);
                if (post == null || post.size() > QUOTE_POSTING_CAP && rq.size() > QUOTE_POSTING_CAP) {
                    continue; // a word in very many quotations tells none of them apart
                }
                for (int x : post) {
                    sharedWith[x]++;
                    if (bestX < 0 || sharedWith[x] > sharedWith[bestX] || sharedWith[x] == sharedWith[bestX] && x < bestX) {
                        bestX = x;
                    }
                }
            }
            if (bestX < 0) {
                continue;
            }
            Span best = rq.get(bestX);
            List<Token> b = rTokens.get(bestX);
            // inflection and spelling variants ("reproduced" / "reproduces") are not a misquote
            List<WordDiff.Delta> deltas = WordDiff.diff(a, b, Token::stem);
            int shared = contentSize(a);
            for (WordDiff.Delta d : deltas) {
                shared -= contentSize(a.subList(d.sourceStart(), d.sourceEnd()));
            }
            int smaller = Math.min(contentSize(a), contentSize(b));
            if (shared < MIN_QUOTE_SHARED || shared < 0.5 * smaller && shared < 4) {
                continue; // not the same quotation
            }
            List<Difference> found = new ArrayList<>();
            for (int k = 0; k < deltas.size(); k++) {
                WordDiff.Delta d = deltas.get(k);
                List<Token> da = a.subList(d.sourceStart(), d.sourceEnd());
                List<Token> db = b.subList(d.targetStart(), d.targetEnd());
                boolean edge = (k == 0 && d.sourceStart() == 0 && d.targetStart() == 0)
                        || (k == deltas.size() - 1 && d.sourceEnd() == a.size() && d.targetEnd() == b.size());
                boolean excerpt = edge && d.type() != DeltaType.CHANGE;
                if (excerpt || contentSize(da) + contentSize(db) == 0 || respelled(da, db)) {
                    continue;
                }
                found.add(new Difference(DifferenceType.QUOTE, chunkSpan(da, a, d.sourceStart(), q1),
                        chunkSpan(db, b, d.targetStart(), best)));
            }
            if (!found.isEmpty()) {
                out.addAll(found);
                regions.add(new Span[] {q1, best});
            }
        }
        return regions;
    }

    /** One word against one word spelled a letter or two apart ("Aye" / "Ay", "judgement" / "judgment"). */
    private static boolean respelled(List<Token> a, List<Token> b) {
        return a.size() == 1 && b.size() == 1 && spellingVariant(a.get(0).key(), b.get(0).key());
    }

    /** The token keys of a run: two runs with the same list say the same words. */
    private static List<String> keyList(List<Token> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            out.add(t.key());
        }
        return out;
    }

    /** The distinct content stems of a run. */
    private static Set<String> contentStems(List<Token> tokens) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (Token t : tokens) {
            if (t.isContent()) {
                out.add(t.stem());
            }
        }
        return out;
    }

    /** The quotations overlapping {@code passage}, cut to it (the article's quotations are sorted and disjoint). */
    private static List<Span> quotesIn(ArticleTokens at, Span passage) {
        List<Span> out = new ArrayList<>();
        List<Span> quotes = at.quotes();
        int lo = 0;
        int hi = quotes.size();
        while (lo < hi) { // first quotation ending after the passage starts
            int mid = (lo + hi) >>> 1;
            if (quotes.get(mid).end() <= passage.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int k = lo; k < quotes.size() && quotes.get(k).start() < passage.end(); k++) {
            Span q = quotes.get(k);
            int s = Math.max(q.start(), passage.start());
            int e = Math.min(q.end(), passage.end());
            if (e - s > 0) {
                out.add(new Span(s, e));
            }
        }
        return out;
    }

    private static List<Token> tokensIn(ArticleTokens at, Span span) {
        List<Token> tokens = at.tokens();
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) { // first token starting at or after span.start
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < span.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int end = lo;
        while (end < tokens.size() && tokens.get(end).end() <= span.end()) {
            end++;
        }
        return tokens.subList(lo, end);
    }

    /** The speaker's surname (lower case) or pronoun from text outside the quotations, or null. */
    static String speaker(String text, Span passage, List<Span> quotes) {
        StringBuilder outside = new StringBuilder();
        int pos = passage.start();
        for (Span q : quotes) {
            outside.append(text, pos, Math.max(pos, q.start())).append(" ¶ ");
            pos = Math.max(pos, q.end());
        }
        outside.append(text, Math.min(pos, passage.end()), passage.end());
        String s = outside.toString();
        Matcher m = SPEAKER_BEFORE.matcher(s);
        String name = null;
        if (m.find()) {
            name = m.group(1);
        } else {
            m = SPEAKER_AFTER.matcher(s);
            if (m.find()) {
                name = m.group(1);
            }
        }
        if (name == null) {
            return null;
        }
        String[] parts = name.trim().split("\\s+");
        return parts[parts.length - 1].toLowerCase(Locale.ROOT).replace("’s", "").replace("'s", "");
    }

    private static Span chunkSpan(List<Token> chunk, List<Token> all, int position, Span whole) {
        if (!chunk.isEmpty()) {
            return new Span(chunk.get(0).start(), chunk.get(chunk.size() - 1).end());
        }
        int at;
        if (position < all.size()) {
            at = all.get(position).start();
        } else if (!all.isEmpty()) {
            at = all.get(all.size() - 1).end();
        } else {
            at = whole.start();
        }
        return new Span(at, at);
    }

    private static boolean insideAny(Span l, Span r, List<Span[]> regions) {
        for (Span[] q : regions) {
            if (l.start() >= q[0].start() && l.end() <= q[0].end() && r.start() >= q[1].start()
                    && r.end() <= q[1].end()) {
                return true;
            }
        }
        return false;
    }

    /** Every key and stem of the tokens: what a value or name must miss to count as absent from a passage. */
    private static Set<String> keys(List<Token> tokens) {
        Set<String> s = new HashSet<>();
        for (Token t : tokens) {
            s.add(t.key());
            s.add(t.stem());
        }
        return s;
    }

    private static Set<String> names(List<Token> tokens) {
        Set<String> s = new HashSet<>();
        for (Token t : tokens) {
            if (t.is(Token.CAPITAL) && !t.is(Token.TITLE_WORD) && !t.is(Token.DATE) && !t.is(Token.STOP)
                    && !t.is(Token.NUMBER)) {
                s.add(t.stem());
            }
        }
        return s;
    }

    private static boolean disjointFrom(Set<String> values, Set<String> other) {
        for (String v : values) {
            if (other.contains(v)) {
                return false;
            }
        }
        return true;
    }

    private static int count(List<Token> tokens, int flag) {
        int n = 0;
        for (Token t : tokens) {
            n += t.is(flag) ? 1 : 0;
        }
        return n;
    }

    private static int contentSize(List<Token> tokens) {
        int n = 0;
        for (Token t : tokens) {
            n += t.isContent() ? 1 : 0;
        }
        return n;
    }
}
