package dev.parallax.engine.align;

import dev.parallax.engine.result.Comparison;
import dev.parallax.engine.result.Kind;
import dev.parallax.engine.result.Link;
import dev.parallax.engine.result.Passage;
import dev.parallax.engine.text.Article;
import dev.parallax.engine.text.Furniture;
import dev.parallax.engine.text.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;

/**
 * Compares two articles: aligns their sentences wherever they stand, joins verbatim multi-sentence copies
 * into blocks, and classifies each link as agree or conflict with typed word-level differences.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()} and reuse it.
 * <pre>{@code
 * Comparison c = ComparisonEngine.builder().build().compare(left, right);
 * }</pre>
 */
public final class ComparisonEngine {

    private final AlignOptions options;
    private final Aliases aliases;
    private final SentenceSimilarity similarity;
    /** Whether WordNet synonyms count (the bundled table, loaded in the background from construction). */
    private final boolean synonyms;
    private final long heapLimit;
    private final long maxChars;
    private final boolean parallel;

    private ComparisonEngine(Builder b) {
        this.options = b.options;
        this.aliases = b.aliases;
        this.similarity = b.similarity != null ? b.similarity : SentenceSimilarity.fitted();
        this.synonyms = b.synonyms;
        if (synonyms) {
            Synonyms.preloadBundled();
        }
        this.heapLimit = b.heapLimit;
        this.maxChars = b.maxChars;
        this.parallel = b.parallel;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** An engine with the default options and the bundled aliases. */
    public static ComparisonEngine standard() {
        return builder().build();
    }

    public AlignOptions options() {
        return options;
    }

    public Comparison compare(Article left, Article right) {
        return compare(left, right, ProgressListener.NONE);
    }

    /**
     * Compares {@code left} with {@code right}.
     *
     * @throws java.util.concurrent.CancellationException when the listener cancels
     * @throws TooLargeToCompareException before any work, when the two texts are too long for this JVM's heap
     */
    public Comparison compare(Article left, Article right, ProgressListener progress) {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(progress, "progress");
        checkFits(left, right, heapLimit > 0 ? heapLimit : Runtime.getRuntime().maxMemory(), maxChars);
        long t0 = System.nanoTime();
        progress.progress(0, "Reading");
        Aliases a = aliases.plusDefinitionsIn(left.text(), right.text());
        ArticleTokens[] both = tokenize(left, right, a);
        boolean[][] furniture = furniture(left, right);
        return compare(left, right, both[0], both[1], furniture[0], furniture[1], progress, t0);
    }

    /** Which sentences of each side are page furniture: of two long texts, on two threads (the same result). */
    private boolean[][] furniture(Article left, Article right) {
        if (!parallel || left.text().length() + right.text().length() < PARALLEL_CHARS) {
            return new boolean[][] {Furniture.of(left), Furniture.of(right)};
        }
        CompletableFuture<boolean[]> r = CompletableFuture.supplyAsync(() -> Furniture.of(right));
        boolean[] l = Furniture.of(left);
        try {
            return new boolean[][] {l, r.join()};
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
    }

    /**
     * An article made ready for comparing with this engine many times (a folder scan compares each article with
     * several): its acronym definitions and, when the other article defines none either, its tokens are worked
     * out once, on first use. Comparing prepared articles gives the same result as comparing the articles.
     */
    public final class Prepared {
        private final Article article;
        private volatile List<List<String>> definitions;
        private volatile ArticleTokens tokens;
        private volatile boolean[] furniture;

        private Prepared(Article article) {
            this.article = Objects.requireNonNull(article, "article");
        }

        private ComparisonEngine engine() {
            return ComparisonEngine.this;
        }

        public Article article() {
            return article;
        }

        private List<List<String>> definitions() {
            List<List<String>> d = definitions;
            if (d == null) {
                d = List.copyOf(Aliases.definitionsIn(article.text()));
                definitions = d;
            }
            return d;
        }

        /** Which of its sentences are page furniture (read only). */
        private boolean[] furniture() {
            boolean[] f = furniture;
            if (f == null) {
                f = Furniture.of(article);
                furniture = f;
            }
            return f;
        }

        /** The tokens under the engine's own aliases (no definitions added). */
        private ArticleTokens tokens() {
            ArticleTokens t = tokens;
            if (t == null) {
                t = new Analyzer().tokenize(article, aliases);
                tokens = t;
            }
            return t;
        }
    }

    /** Prepares an article for {@link #compare(Prepared, Prepared, ProgressListener)} (cheap: the work is lazy). */
    public Prepared prepare(Article article) {
        return new Prepared(article);
    }

    /** The same as {@link #compare(Article, Article, ProgressListener)}, reusing what each side has worked out. */
    public Comparison compare(Prepared left, Prepared right, ProgressListener progress) {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(progress, "progress");
        if (left.engine() != this || right.engine() != this) {
            throw new IllegalArgumentException("prepared by another engine");
        }
        Article l = left.article;
        Article r = right.article;
        checkFits(l, r, heapLimit > 0 ? heapLimit : Runtime.getRuntime().maxMemory(), maxChars);
        long t0 = System.nanoTime();
        progress.progress(0, "Reading");
        List<List<String>> found = new ArrayList<>(left.definitions());
        found.addAll(right.definitions());
        if (found.isEmpty()) {
            return compare(l, r, left.tokens(), right.tokens(), left.furniture(), right.furniture(), progress, t0);
        }
        ArticleTokens[] both = tokenize(l, r, aliases.plusDefinitions(found));
        return compare(l, r, both[0], both[1], left.furniture(), right.furniture(), progress, t0);
    }

    private Comparison compare(Article left, Article right, ArticleTokens lt, ArticleTokens rt, boolean[] lFurniture,
                               boolean[] rFurniture, ProgressListener progress, long t0) {
        Aligner.checkCancel(progress);
        progress.progress(0.1, "Matching sentences");
        // page furniture (slugs, credits, labels, teasers, bylines) is not part of the story: never linked
        List<Aligner.Pair> pairs = new ArrayList<>(aligner().align(lt, rt, progress));
        pairs.removeIf(p -> lFurniture[p.left()] || rFurniture[p.right()]);
        pairs = withCopiesInContext(pairs, lt, rt, lFurniture, rFurniture);

        // group sentences into passages: verbatim runs become one block
        int[] lGroup = new int[lt.sentences()];
        int[] rGroup = new int[rt.sentences()];
        List<int[]> links = blocks(pairs, lt, rt, lGroup, rGroup);
        List<int[]> lRanges = ranges(lGroup);
        List<int[]> rRanges = ranges(rGroup);

        Classifier classifier = new Classifier(options.factGate());
        Kind[] lKind = new Kind[lRanges.size()];
        Kind[] rKind = new Kind[rRanges.size()];
        Arrays.fill(lKind, Kind.UNIQUE);
        Arrays.fill(rKind, Kind.UNIQUE);
        // each link's verdict depends on its two passages alone: long comparisons classify in parallel, in
        // chunks between which this thread reports progress and checks for cancelling
        int n = links.size();
        Classifier.Verdict[] verdicts = new Classifier.Verdict[n];
        boolean inParallel = parallel && n >= PARALLEL_LINKS;
        int chunk = inParallel ? 4 * PARALLEL_LINKS : 64;
        for (int from = 0; from < n; from += chunk) {
            Aligner.checkCancel(progress);
            progress.progress(0.85 + 0.15 * from / Math.max(1, n), "Classifying");
            int to = Math.min(n, from + chunk);
            IntStream range = IntStream.range(from, to);
            (inParallel ? range.parallel() : range).forEach(k -> {
                int[] lr = lRanges.get(links.get(k)[0]);
                int[] rr = rRanges.get(links.get(k)[1]);
                verdicts[k] = classifier.classify(lt, span(left, lr), lt.ofSentences(lr[0], lr[1]), rt,
                        span(right, rr), rt.ofSentences(rr[0], rr[1]));
            });
        }
        List<Link> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            int[] link = links.get(k);
            Classifier.Verdict v = verdicts[k];
            double sim = link[2] / 1e6;
            out.add(new Link("L" + link[0], "R" + link[1], v.kind(), sim, v.differences()));
            lKind[link[0]] = merge(lKind[link[0]], v.kind());
            rKind[link[1]] = merge(rKind[link[1]], v.kind());
        }
        List<Passage> lp = passages("L", left, lRanges, lKind, lFurniture);
        List<Passage> rp = passages("R", right, rRanges, rKind, rFurniture);
        progress.progress(1, "Done");
        return new Comparison(left, right, lp, rp, out, System.nanoTime() - t0);
    }

    /**
     * Heap a comparison needs per character of the two texts (tokens, term vectors, the index, the candidates):
     * a 5 MB text and its near copy ({@code bench/growth.sh near-copy}, 10 million characters) run out of memory
     * in a 250 MB heap and finish in 400 MB; a 22 MB pair (45 bytes a character) did not finish in 300 s in a
     * 2 GB heap, the collector running most of the time. So a third more, to be refused rather than crawl.
     */
    /** Two texts this long together are analyzed on two threads (one analyzer each; the result is the same). */
    static final int PARALLEL_CHARS = 200_000;

    private ArticleTokens[] tokenize(Article left, Article right, Aliases a) {
        if (!parallel || left.text().length() + right.text().length() < PARALLEL_CHARS) {
            Analyzer analyzer = new Analyzer();
            return new ArticleTokens[] {analyzer.tokenize(left, a), analyzer.tokenize(right, a)};
        }
        CompletableFuture<ArticleTokens> r = CompletableFuture.supplyAsync(() -> new Analyzer().tokenize(right, a));
        ArticleTokens l = new Analyzer().tokenize(left, a);
        try {
            return new ArticleTokens[] {l, r.join()};
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
    }

    /** A comparison with this many links classifies them on several threads (a news pair has far fewer). */
    static final int PARALLEL_LINKS = 256;

    static final long HEAP_PER_CHAR = 60;

    /**
     * The longest the shorter of two texts may be, in characters, by default. Aligning costs about the length of
     * the pair when one side is short (a 40 MB page vs a seed article), but grows with both when both are long:
     * a text and its near copy ({@code bench/growth.sh near-copy}, the slowest shape measured) take 28 s of CPU
     * at 4 MB a side, 41-51 s at 8 MB, 58 s at 12 MB and 144 s at 23 MB (wall time up to half as much again on
     * a loaded machine), while 200,000 short paragraphs a side (6.4 million characters) take 16 s. So past 10
     * million characters on both sides a pair is refused up front rather than run for minutes. The system
     * property {@code parallax.maxChars} raises (or lowers) it.
     */
    public static final long MAX_CHARS = 10_000_000;

    /**
     * The limit a new builder starts with: the system property {@code parallax.maxChars} of this JVM when it is a
     * positive number (read now, so a job can read it where it starts and hand it to its workers), else
     * {@link #MAX_CHARS}.
     */
    public static long maxCharsSetting() {
        String p = System.getProperty("parallax.maxChars");
        if (p != null) {
            try {
                long v = Long.parseLong(p.strip().replace("_", ""));
                if (v > 0) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // not a number: the default
            }
        }
        return MAX_CHARS;
    }

    /**
     * Refuses, before any work, two articles whose comparison would not fit in {@code maxHeap} bytes, or both
     * longer than {@code maxChars}: a clear sentence up front instead of minutes of work, or an OutOfMemoryError
     * at the end of them.
     *
     * @throws TooLargeToCompareException when they do not fit
     */
    static void checkFits(Article left, Article right, long maxHeap, long maxChars) {
        long chars = (long) left.text().length() + right.text().length();
        long needed = chars * HEAP_PER_CHAR;
        // the time first: more heap would not help it, so its advice comes before the heap's
        long shorter = Math.min(left.text().length(), right.text().length());
        if (shorter > maxChars) {
            throw TooLargeToCompareException.tooLong(shorter, maxChars, needed, maxHeap);
        }
        if (maxHeap != Long.MAX_VALUE && needed > maxHeap) {
            throw new TooLargeToCompareException(chars, needed, maxHeap);
        }
    }

    Aligner aligner() {
        return new Aligner(options, similarity, synonyms ? Synonyms.bundled() : Synonyms.none(), parallel);
    }

    /** The candidate sentence pairs of two articles with their evidence (for fitting and inspecting a similarity). */
    List<Evidence> evidence(Article left, Article right) {
        Aliases a = aliases.plusDefinitionsIn(left.text(), right.text());
        Analyzer analyzer = new Analyzer();
        return aligner().evidence(analyzer.tokenize(left, a), analyzer.tokenize(right, a), ProgressListener.NONE);
    }

    /**
     * Most sentences in one verbatim block: a copied book becomes blocks of this size, so that classifying one
     * block (a word diff) stays small however long the copy.
     */
    static final int MAX_BLOCK = 100;

    /**
     * Joins runs of links between consecutive sentences on both sides whose words are identical into blocks.
     * Fills each sentence's group number; returns links as {leftGroup, rightGroup, similarity * 1e6}.
     */
    private static List<int[]> blocks(List<Aligner.Pair> pairs, ArticleTokens lt, ArticleTokens rt, int[] lGroup,
                                      int[] rGroup) {
        int[] lLinks = new int[lGroup.length];
        int[] rLinks = new int[rGroup.length];
        for (Aligner.Pair p : pairs) {
            lLinks[p.left()]++;
            rLinks[p.right()]++;
        }
        // a pair may join the previous one's block when both are sole, verbatim and consecutive
        boolean[] joinsPrevious = new boolean[pairs.size()];
        java.util.Map<Long, Integer> index = new java.util.HashMap<>();
        for (int k = 0; k < pairs.size(); k++) {
            Aligner.Pair p = pairs.get(k);
            index.put(((long) p.left() << 32) | p.right(), k);
        }
        int[] run = new int[pairs.size()]; // sentences in the block so far (pairs are in left order: prev < k)
        for (int k = 0; k < pairs.size(); k++) {
            Aligner.Pair p = pairs.get(k);
            Integer prev = index.get(((long) (p.left() - 1) << 32) | (p.right() - 1));
            run[k] = 1;
            if (prev != null && run[prev] < MAX_BLOCK && verbatim(p, lt, rt, lLinks, rLinks)
                    && verbatim(pairs.get(prev), lt, rt, lLinks, rLinks)) {
                joinsPrevious[k] = true;
                run[k] = run[prev] + 1;
            }
        }
        // left groups: a sentence joins the previous sentence's group when its pair joins
        boolean[] lJoin = new boolean[lGroup.length];
        boolean[] rJoin = new boolean[rGroup.length];
        for (int k = 0; k < pairs.size(); k++) {
            if (joinsPrevious[k]) {
                lJoin[pairs.get(k).left()] = true;
                rJoin[pairs.get(k).right()] = true;
            }
        }
        number(lJoin, lGroup);
        number(rJoin, rGroup);
        List<int[]> out = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (Aligner.Pair p : pairs) {
            int lg = lGroup[p.left()];
            int rg = rGroup[p.right()];
            if (seen.add(((long) lg << 32) | rg)) {
                out.add(new int[] {lg, rg, (int) Math.round(p.similarity() * 1e6)});
            }
        }
        return out;
    }

    /**
     * Adds the word-for-word copies that have no content term of their own ("What could I do?", "He was not
     * there."): the aligner cannot weigh them, so alone they are never linked (two unrelated articles may both
     * say it), but next to a link, facing the same sentence next to its counterpart, they are part of the copy.
     * Without this an article compared with itself showed a dozen such sentences as only in one source.
     * Sentences already linked and page furniture stay as they are; a run of them is followed both ways.
     */
    static List<Aligner.Pair> withCopiesInContext(List<Aligner.Pair> pairs, ArticleTokens lt, ArticleTokens rt,
                                                  boolean[] lFurniture, boolean[] rFurniture) {
        int nl = lt.sentences();
        int nr = rt.sentences();
        int[] lTo = new int[nl]; // a right sentence each left one is linked to, or -1
        boolean[] rLinked = new boolean[nr];
        Arrays.fill(lTo, -1);
        for (Aligner.Pair p : pairs) {
            lTo[p.left()] = lTo[p.left()] < 0 ? p.right() : lTo[p.left()];
            rLinked[p.right()] = true;
        }
        List<Aligner.Pair> added = new ArrayList<>();
        // forward from a link at (i-1, j-1), then backward from a link at (i+1, j+1)
        for (int step : new int[] {1, -1}) {
            for (int i = step > 0 ? 1 : nl - 2; i >= 0 && i < nl; i += step) {
                int prev = lTo[i - step];
                int j = prev < 0 ? -1 : prev + step;
                if (j < 0 || j >= nr || lTo[i] >= 0 || rLinked[j] || lFurniture[i] || rFurniture[j]
                        || !sameWords(lt.ofSentence(i), rt.ofSentence(j))) {
                    continue;
                }
                added.add(new Aligner.Pair(i, j, 1.0, 0));
                lTo[i] = j;
                rLinked[j] = true;
            }
        }
        if (added.isEmpty()) {
            return pairs;
        }
        List<Aligner.Pair> out = new ArrayList<>(pairs);
        out.addAll(added);
        out.sort(java.util.Comparator.comparingInt(Aligner.Pair::left).thenComparingInt(Aligner.Pair::right));
        return out;
    }

    private static boolean sameWords(List<Token> a, List<Token> b) {
        if (a.size() != b.size() || a.isEmpty()) {
            return false;
        }
        for (int k = 0; k < a.size(); k++) {
            if (!a.get(k).key().equals(b.get(k).key())) {
                return false;
            }
        }
        return true;
    }

    private static boolean verbatim(Aligner.Pair p, ArticleTokens lt, ArticleTokens rt, int[] lLinks, int[] rLinks) {
        if (lLinks[p.left()] != 1 || rLinks[p.right()] != 1) {
            return false;
        }
        return sameWords(lt.ofSentence(p.left()), rt.ofSentence(p.right()));
    }

    private static void number(boolean[] join, int[] group) {
        int g = -1;
        for (int s = 0; s < group.length; s++) {
            if (!join[s] || s == 0) {
                g++;
            }
            group[s] = g;
        }
    }

    /** Sentence ranges {first, last} of each group. */
    private static List<int[]> ranges(int[] group) {
        List<int[]> out = new ArrayList<>();
        for (int s = 0; s < group.length; s++) {
            if (group[s] == out.size()) {
                out.add(new int[] {s, s});
            } else {
                out.get(group[s])[1] = s;
            }
        }
        return out;
    }

    private static Span span(Article a, int[] range) {
        return new Span(a.sentences().get(range[0]).start(), a.sentences().get(range[1]).end());
    }

    private static List<Passage> passages(String prefix, Article a, List<int[]> ranges, Kind[] kinds,
                                          boolean[] furniture) {
        List<Passage> out = new ArrayList<>(ranges.size());
        for (int g = 0; g < ranges.size(); g++) {
            int[] r = ranges.get(g);
            boolean f = kinds[g] == Kind.UNIQUE;
            for (int s = r[0]; s <= r[1] && f; s++) {
                f = furniture[s];
            }
            out.add(new Passage(prefix + g, span(a, r), kinds[g], f));
        }
        return out;
    }

    private static Kind merge(Kind current, Kind link) {
        return current == Kind.CONFLICT || link == Kind.CONFLICT ? Kind.CONFLICT : Kind.AGREE;
    }

    /** Builds a {@link ComparisonEngine}; the builder is single-use and the engine immutable. */
    public static final class Builder {
        private AlignOptions options = AlignOptions.DEFAULT;
        private Aliases aliases = Aliases.defaults();
        private SentenceSimilarity similarity;
        private boolean synonyms = true;
        private long heapLimit;
        private long maxChars = maxCharsSetting();
        private boolean parallel = true;

        private Builder() {
        }

        public Builder options(AlignOptions options) {
            this.options = Objects.requireNonNull(options, "options");
            return this;
        }

        /** Sensitivity from 0 (near-verbatim links only) to 1 (loose paraphrase); 0.5 is the default. */
        public Builder sensitivity(double sensitivity) {
            this.options = AlignOptions.withSensitivity(sensitivity);
            return this;
        }

        public Builder aliases(Aliases aliases) {
            this.aliases = Objects.requireNonNull(aliases, "aliases");
            return this;
        }

        /** How sentence pairs are scored; {@link SentenceSimilarity#fitted()} by default. */
        public Builder similarity(SentenceSimilarity similarity) {
            this.similarity = Objects.requireNonNull(similarity, "similarity");
            return this;
        }

        /** Whether WordNet synonyms count as evidence (on by default). */
        public Builder synonyms(boolean synonyms) {
            this.synonyms = synonyms;
            return this;
        }

        /**
         * The heap, in bytes, that a comparison's up-front size check measures against (default: this JVM's
         * largest heap). Lower it to refuse long pairs sooner, for example to leave room for other work.
         */
        public Builder heapLimit(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("heap limit must be positive");
            }
            this.heapLimit = bytes;
            return this;
        }

        /**
         * The longest, in characters, the shorter of two texts may be before the pair is refused up front as too
         * slow to compare (default {@link #MAX_CHARS}, or the system property {@code parallax.maxChars}).
         */
        public Builder maxChars(long chars) {
            if (chars < 1) {
                throw new IllegalArgumentException("max chars must be positive");
            }
            this.maxChars = chars;
            return this;
        }

        /** Whether long comparisons use several threads (default yes; the result is the same either way). */
        Builder parallel(boolean parallel) {
            this.parallel = parallel;
            return this;
        }

        public ComparisonEngine build() {
            return new ComparisonEngine(this);
        }
    }
}
