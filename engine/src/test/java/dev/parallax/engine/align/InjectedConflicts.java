package dev.parallax.engine.align;

import dev.parallax.engine.result.Comparison;
import dev.parallax.engine.result.Kind;
import dev.parallax.engine.result.Link;
import dev.parallax.engine.result.Passage;
import dev.parallax.engine.text.Article;
import dev.parallax.engine.text.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Injected conflicts: real articles set against a copy of themselves in which some sentences state a fact
 * differently (a number, a weekday or month, a name, a negation, a word inside a quotation), other sentences
 * are only reworded (a synonym, a British spelling made American, a number word written as a figure), and the
 * paragraphs after the headline are shuffled. The engine must call the factual changes conflicts and the
 * rewordings agreements: the comparison-engine issue asks for rewordings called conflicts at most 5% and
 * conflict f1 at least 0.90.
 *
 * <p>Every edit is made on one sentence, so the truth is known: a changed sentence is found when its passage is
 * in a conflict link with the original sentence; a conflict link is right when its variant passage holds a
 * factual change. Deterministic: the random choices are seeded by the article's name.
 *
 * <p>Run as a report: {@code java -cp ... dev.parallax.engine.align.InjectedConflicts [FOLDER]} (default: the
 * Wikinews pairs of the test resources, both articles of each pair); {@code -Dverbose=true} lists each miss.
 */
final class InjectedConflicts {

    /** What was done to a sentence of the variant. */
    enum Edit { NONE, FACT, REWORDING }

    /** Counts over a set of articles. */
    record Result(int facts, int factsFound, int conflictLinks, int conflictLinksRight, int rewordings,
                  int rewordingsCalledConflict, int factsLinked) {

        Result plus(Result o) {
            return new Result(facts + o.facts, factsFound + o.factsFound, conflictLinks + o.conflictLinks,
                    conflictLinksRight + o.conflictLinksRight, rewordings + o.rewordings,
                    rewordingsCalledConflict + o.rewordingsCalledConflict, factsLinked + o.factsLinked);
        }

        double recall() {
            return facts == 0 ? 0 : (double) factsFound / facts;
        }

        double precision() {
            return conflictLinks == 0 ? 0 : (double) conflictLinksRight / conflictLinks;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double rewordingsAsConflicts() {
            return rewordings == 0 ? 0 : (double) rewordingsCalledConflict / rewordings;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "facts %d (linked %d, found as conflicts %d): conflict R %.3f P %.3f F1 %.3f; rewordings %d, "
                            + "called conflicts %d (%.1f%%)", facts, factsLinked, factsFound, recall(), precision(),
                    f1(), rewordings, rewordingsCalledConflict, 100 * rewordingsAsConflicts());
        }
    }

    /** A variant of an article, with the edit made to each of its sentences and their spans in it. */
    record Variant(String text, List<Span> spans, List<Edit> edits, List<Integer> origin, List<String> what) {
    }

    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] NAMES = {"Kowalczyk", "Okonkwo", "Lindqvist", "Moreau", "Takahashi", "Brennan"};
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.,])\\d+(?![\\w]|[.,]\\d)");
    private static final Pattern WORD = Pattern.compile("\\b\\p{L}+\\b");
    private static final Pattern QUOTE = Pattern.compile("[“\"]([^”\"]{12,})[”\"]");
    private static final Pattern AUX = Pattern.compile("\\b(is|was|were|are|will|has|had|can)\\b(?! not\\b| never\\b)");
    private static final Pattern INNER_NAME = Pattern.compile("(?<=[a-z,] )([A-Z][a-z]{3,})\\b(?! [A-Z])");
    /** Rewordings that keep every fact: synonyms, spellings, a number word as a figure. */
    private static final String[][] REWORDINGS = {
        {"said", "stated"}, {"says", "states"}, {"began", "started"}, {"begin", "start"}, {"large", "big"},
        {"help", "assist"}, {"buy", "purchase"}, {"many", "numerous"}, {"however", "though"},
        {"around", "about"}, {"nearly", "almost"}, {"attempt", "try"}, {"rapidly", "quickly"},
        {"organisation", "organization"}, {"centre", "center"}, {"defence", "defense"}, {"colour", "color"},
        {"programme", "program"}, {"favour", "favor"}, {"labour", "labor"}, {"recognised", "recognized"},
        {"two", "2"}, {"three", "3"}, {"four", "4"}, {"five", "5"}, {"six", "6"}, {"ten", "10"},
        {"did not", "didn't"}, {"does not", "doesn't"}, {"is not", "isn't"}, {"was not", "wasn't"},
        {"per cent", "percent"}, {"more than", "over"}, {"approximately", "about"}, {"said that", "said"},
        {"in order to", "to"}, {"while", "whereas"}, {"shortly", "soon"},
        {"stated", "said"}, {"announced", "said"}, {"reported", "said"}, {"told", "informed"},
    };
    /** Two words joined by "and", which can trade places. */
    private static final Pattern PAIR = Pattern.compile("\\b([a-z]{3,}) and ([a-z]{3,})\\b");

    private static final boolean VERBOSE = Boolean.getBoolean("verbose");

    private InjectedConflicts() {
    }

    /** The variant of {@code article}: about a fifth of the sentences changed in fact, a fifth reworded. */
    static Variant variant(Article article, long seed) {
        Random random = new Random(seed);
        String text = article.text();
        List<Span> sentences = article.sentences();
        List<String> out = new ArrayList<>();
        List<Edit> edits = new ArrayList<>();
        List<String> what = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i).of(text);
            double roll = random.nextDouble();
            String changed = null;
            Edit edit = Edit.NONE;
            String kind = "";
            if (i > 0 && roll < 0.2) {
                for (String k : shuffled(random, "number", "weekday", "month", "negation", "name", "quote")) {
                    changed = fact(k, s, random);
                    if (changed != null) {
                        edit = Edit.FACT;
                        kind = k;
                        break;
                    }
                }
            } else if (i > 0 && roll < 0.4) {
                changed = reword(s);
                if (changed != null) {
                    edit = Edit.REWORDING;
                    kind = "rewording";
                }
            }
            out.add(changed == null ? s : changed);
            edits.add(edit);
            what.add(kind);
        }
        // paragraphs of sentence indexes; the first (the headline) stays first, the rest are shuffled
        List<List<Integer>> paragraphs = new ArrayList<>();
        for (Span p : article.paragraphs()) {
            List<Integer> in = new ArrayList<>();
            for (int i = 0; i < sentences.size(); i++) {
                if (sentences.get(i).start() >= p.start() && sentences.get(i).end() <= p.end()) {
                    in.add(i);
                }
            }
            if (!in.isEmpty()) {
                paragraphs.add(in);
            }
        }
        if (paragraphs.size() > 2) {
            Collections.shuffle(paragraphs.subList(1, paragraphs.size()), random);
        }
        StringBuilder b = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        List<Edit> order = new ArrayList<>();
        List<Integer> origin = new ArrayList<>();
        List<String> whatOrdered = new ArrayList<>();
        for (List<Integer> p : paragraphs) {
            if (b.length() > 0) {
                b.append("\n\n");
            }
            for (int k = 0; k < p.size(); k++) {
                if (k > 0) {
                    b.append(' ');
                }
                int i = p.get(k);
                spans.add(new Span(b.length(), b.length() + out.get(i).length()));
                b.append(out.get(i));
                order.add(edits.get(i));
                origin.add(i);
                whatOrdered.add(what.get(i));
            }
        }
        b.append('\n');
        return new Variant(b.toString(), spans, order, origin, whatOrdered);
    }

    private static List<String> shuffled(Random random, String... kinds) {
        List<String> l = new ArrayList<>(List.of(kinds));
        Collections.shuffle(l, random);
        return l;
    }

    /** {@code s} with one fact of kind {@code k} changed, or null when it has none of that kind. */
    private static String fact(String k, String s, Random random) {
        switch (k) {
            case "number": {
                Matcher m = NUMBER.matcher(s);
                if (!m.find()) {
                    return null;
                }
                long n = Long.parseLong(m.group().length() > 15 ? "1" : m.group());
                long to = n >= 1900 && n <= 2100 ? n - 1 - random.nextInt(3) : n + 1 + random.nextInt(Math.max(2, (int) Math.min(n, 50)));
                return s.substring(0, m.start()) + to + s.substring(m.end());
            }
            case "weekday":
                return replaceOne(s, WEEKDAYS, random);
            case "month":
                return replaceOne(s, MONTHS, random);
            case "negation": {
                Matcher m = AUX.matcher(s);
                if (!m.find() || inQuote(s, m.start())) {
                    return null;
                }
                return s.substring(0, m.end()) + " not" + s.substring(m.end());
            }
            case "name": {
                Matcher m = INNER_NAME.matcher(s);
                while (m.find()) {
                    if (!inQuote(s, m.start())) {
                        return s.substring(0, m.start()) + NAMES[random.nextInt(NAMES.length)] + s.substring(m.end());
                    }
                }
                return null;
            }
            case "quote": {
                Matcher q = QUOTE.matcher(s);
                if (!q.find()) {
                    return null;
                }
                Matcher w = WORD.matcher(q.group(1));
                List<int[]> words = new ArrayList<>();
                while (w.find()) {
                    if (w.group().length() >= 5) {
                        words.add(new int[] {q.start(1) + w.start(), q.start(1) + w.end()});
                    }
                }
                if (words.isEmpty()) {
                    return null;
                }
                int[] pick = words.get(random.nextInt(words.size()));
                String word = s.substring(pick[0], pick[1]);
                String other = word.equalsIgnoreCase("absolutely") ? "certainly" : "absolutely";
                return s.substring(0, pick[0]) + other + s.substring(pick[1]);
            }
            default:
                throw new IllegalArgumentException(k);
        }
    }

    private static String replaceOne(String s, String[] names, Random random) {
        for (int n = 0; n < names.length; n++) {
            Matcher m = Pattern.compile("\\b" + names[n] + "\\b").matcher(s);
            if (m.find() && !inQuote(s, m.start())) {
                String to = names[(n + 1 + random.nextInt(names.length - 1)) % names.length];
                return s.substring(0, m.start()) + to + s.substring(m.end());
            }
        }
        return null;
    }

    /** {@code s} with its first rewordable word outside quotations reworded, else two words joined by "and" swapped, or null. */
    private static String reword(String s) {
        String r = rewordWord(s);
        if (r != null) {
            return r;
        }
        Matcher m = PAIR.matcher(s);
        while (m.find()) {
            if (!inQuote(s, m.start())) {
                return s.substring(0, m.start()) + m.group(2) + " and " + m.group(1) + s.substring(m.end());
            }
        }
        return null;
    }

    private static String rewordWord(String s) {
        for (String[] r : REWORDINGS) {
            for (UnaryOperator<String> form : List.<UnaryOperator<String>>of(w -> w, InjectedConflicts::capital)) {
                Matcher m = Pattern.compile("\\b" + form.apply(r[0]) + "\\b").matcher(s);
                while (m.find()) {
                    if (!inQuote(s, m.start())) {
                        String to = Character.isDigit(r[1].charAt(0)) ? r[1] : form.apply(r[1]);
                        return s.substring(0, m.start()) + to + s.substring(m.end());
                    }
                }
            }
        }
        return null;
    }

    private static String capital(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    /** Whether offset {@code at} of {@code s} is inside a quotation (an odd number of quote marks before it). */
    private static boolean inQuote(String s, int at) {
        int marks = 0;
        for (int k = 0; k < at; k++) {
            char c = s.charAt(k);
            if (c == '"' || c == '“' || c == '”') {
                marks++;
            }
        }
        return marks % 2 == 1;
    }

    /** Compares {@code article} with its variant and counts as the class comment says. */
    static Result score(ComparisonEngine engine, Article article, long seed) {
        Variant v = variant(article, seed);
        Article variant = Article.ofText(article.source() + " (variant)", v.text());
        Comparison c = engine.compare(article, variant);
        List<Span> ls = article.sentences();
        int facts = 0;
        int found = 0;
        int linked = 0;
        int rewordings = 0;
        int rewordingsConflict = 0;
        for (int k = 0; k < v.spans().size(); k++) {
            Edit e = v.edits().get(k);
            if (e == Edit.NONE) {
                continue;
            }
            Span orig = ls.get(v.origin().get(k));
            boolean conflict = false;
            boolean any = false;
            for (Link l : c.links()) {
                if (overlapsHalf(c.passage(l.right()).span(), v.spans().get(k))
                        && overlapsHalf(c.passage(l.left()).span(), orig)) {
                    any = true;
                    conflict |= l.kind() == Kind.CONFLICT;
                }
            }
            if (VERBOSE && conflict == (e == Edit.REWORDING)) {
                System.out.println("  " + v.what().get(k) + (conflict ? " called a conflict" : any ? " agree" : " not linked")
                        + ": " + orig.of(article.text()).strip() + "\n    -> " + v.spans().get(k).of(v.text()));
            }
            if (e == Edit.FACT) {
                facts++;
                found += conflict ? 1 : 0;
                linked += any ? 1 : 0;
            } else {
                rewordings++;
                rewordingsConflict += conflict ? 1 : 0;
            }
        }
        int conflictLinks = 0;
        int right = 0;
        for (Link l : c.links()) {
            if (l.kind() != Kind.CONFLICT) {
                continue;
            }
            conflictLinks++;
            Passage rp = c.passage(l.right());
            for (int k = 0; k < v.spans().size(); k++) {
                if (v.edits().get(k) == Edit.FACT && overlapsHalf(rp.span(), v.spans().get(k))
                        && overlapsHalf(c.passage(l.left()).span(), ls.get(v.origin().get(k)))) {
                    right++;
                    break;
                }
            }
        }
        return new Result(facts, found, conflictLinks, right, rewordings, rewordingsConflict, linked);
    }

    /** Whether {@code passage} covers at least half of {@code sentence}, as the shared scorers count it. */
    private static boolean overlapsHalf(Span passage, Span sentence) {
        int o = Math.max(0, Math.min(passage.end(), sentence.end()) - Math.max(passage.start(), sentence.start()));
        return o * 2 >= sentence.end() - sentence.start() && sentence.end() > sentence.start();
    }

    /** The articles of a pairs folder (each pair's {@code left.txt} and {@code right.txt}), sorted by name. */
    static List<Path> articles(Path pairs) throws IOException {
        try (Stream<Path> s = Files.list(pairs)) {
            return s.flatMap(p -> Stream.of(p.resolve("left.txt"), p.resolve("right.txt")))
                    .filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** Every article of {@code pairs} against its variant, counted together. */
    static Result run(ComparisonEngine engine, Path pairs) throws IOException {
        Result all = new Result(0, 0, 0, 0, 0, 0, 0);
        for (Path p : articles(pairs)) {
            Article a = Article.ofText(p.toString(), Files.readString(p, StandardCharsets.UTF_8));
            Result r = score(engine, a, pairs.relativize(p).toString().hashCode());
            all = all.plus(r);
            if (VERBOSE) {
                System.out.println(pairs.relativize(p) + ": " + r);
            }
        }
        return all;
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "src/test/resources/eval/wikinews-rewrites/pairs");
        System.out.println(run(ComparisonEngine.standard(), folder));
    }
}
