package dev.parallax.engine.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;

/**
 * Finds which sentences of two articles say the same thing, wherever they stand.
 *
 * <p>Three stages. <b>Candidates</b>: each sentence becomes a TF-IDF vector of its content stems
 * ({@link TermWeights}); an inverted index proposes the pairs that share terms (terms shared by too many
 * sentences are left out of candidate generation on long texts, so the cost stays close to linear) and keeps
 * the best {@value #KEEP_PER_SENTENCE} per sentence. <b>Evidence</b>: for each candidate, the cosine and what
 * else tells a restatement from a same-topic sentence ({@link Evidence}). <b>Selection</b>: the
 * {@link SentenceSimilarity} scores each candidate; pairs at or above the threshold are linked best first, each
 * sentence to at most {@link AlignOptions#maxPartners()} others, so a sentence restated over two, or a
 * headline summing up a lead, keeps each partner. A verbatim copy is linked to its copy alone.
 */
final class Aligner {

    /** A linked sentence pair with its similarity score. */
    record Pair(int left, int right, double similarity, int shared) {
    }

    /** A cosine this high means the same words. */
    static final double VERBATIM = 0.999;
    /** A sentence restated over several: its partners stand this close together. */
    static final int PARTNER_WINDOW = 1;
    /** A term in more than this share of the pair's sentences is one of the story's running words. */
    static final double RUNNING_SHARE = 0.25;
    /** A link must score at least this share of the best score either of its sentences has. */
    static final double FALLBACK_RATIO = 0.7;
    /** A link with this cosine is a copy: whatever else, the two articles share it. */
    static final double COPIED = 0.9;
    /** A link with this cosine is strong evidence that two articles with common names tell one story. */
    static final double STRONG_LINK = 0.7;
    /** Two articles whose content words have this TF-IDF cosine may tell one story ... */
    static final double SAME_STORY_DOCUMENT = 0.1;
    /** ... and share this share of their distinctive terms (names, places: see {@link Evidence#documentRare()}) ... */
    static final double SAME_STORY_RARE = 0.15;
    /** ... when one link has this cosine ... */
    static final double SAME_STORY_LINK = 0.3;
    /** ... or there are this many links. */
    static final int SAME_STORY_LINKS = 3;
    /** Largest bonus for an anchor pair at the same relative place in both articles (rewrites keep the order). */
    static final double PLACE_BONUS = 0.1;
    /** Content terms an anchor pair shares. */
    static final int ANCHOR_SHARED = 3;
    /** A second anchor partner needs this much more than the anchor threshold. */
    static final double SECOND_ANCHOR_GAP = 0.1;
    /** A link's sentences share at least this TF-IDF cosine. */
    static final double MIN_COSINE = 0.1;
    /** Specific shared terms plus synonym matches a link needs. */
    static final int MIN_EVIDENCE = 2;
    /** Right sentences scored exactly per left sentence; more than a news article has, few for a book. */
    private static final int KEEP_PER_SENTENCE = 64;

    private final AlignOptions options;
    private final SentenceSimilarity similarity;
    private final Synonyms synonyms;
    private final boolean parallel;

    Aligner(AlignOptions options, SentenceSimilarity similarity, Synonyms synonyms, boolean parallel) {
        this.options = options;
        this.similarity = similarity;
        this.synonyms = synonyms;
        this.parallel = parallel;
    }

    List<Pair> align(ArticleTokens left, ArticleTokens right, ProgressListener progress) {
        List<Evidence> evidence = evidence(left, right, progress);
        progress.progress(0.8, "Choosing links");
        List<Pair> links = choose(evidence, left.sentences(), right.sentences());
        return sameStory(links, evidence, Math.min(left.sentences(), right.sentences())) ? links : List.of();
    }

    /**
     * Whether the links show two tellings of one story rather than chance: unrelated news articles often hold
     * one loosely similar sentence ("winds hover near 40 mph"), and two reports of different earthquakes share
     * the genre's formulas. The articles are one story when one link is a copy ({@link #COPIED}); otherwise they
     * must share their distinctive names ({@link #SAME_STORY_RARE}: two tropical storms share the genre's words,
     * not the storm's name) and have a strong link ({@link #STRONG_LINK}), or content words alike ({@link #SAME_STORY_DOCUMENT}) and two links, one reaching
     * {@link #SAME_STORY_LINK}, or {@link #SAME_STORY_LINKS} links: one loose link alone is chance (unless a side has only a sentence or two
     * to link). Otherwise the comparison has no
     * links: the reader and the folder scan then agree that the two share nothing.
     */
    static boolean sameStory(List<Pair> links, List<Evidence> evidence, int shorter) {
        if (links.isEmpty()) {
            return true;
        }
        // the cosine of each link's evidence (the last one when a pair had several)
        Map<Long, Integer> linkAt = new HashMap<>();
        for (int k = 0; k < links.size(); k++) {
            linkAt.put(((long) links.get(k).left() << 32) | links.get(k).right(), k);
        }
        double[] cos = new double[links.size()];
        for (Evidence e : evidence) {
            Integer k = linkAt.get(((long) e.left() << 32) | e.right());
            if (k != null) {
                cos[k] = e.cosine();
            }
        }
        double strongest = 0;
        for (double c : cos) {
            strongest = Math.max(strongest, c);
        }
        double document = evidence.isEmpty() ? 0 : evidence.get(0).documentCosine();
        double rare = evidence.isEmpty() ? 0 : evidence.get(0).documentRare();
        // a side without names cannot tell, nor can a sentence or two (where a changed name is a conflict)
        boolean names = rare < 0 || rare >= SAME_STORY_RARE || shorter <= 2;
        return strongest >= COPIED || names && (strongest >= STRONG_LINK
                || document >= SAME_STORY_DOCUMENT && (strongest >= SAME_STORY_LINK && (links.size() >= 2 || shorter <= 2)
                || links.size() >= SAME_STORY_LINKS));
    }

    /** The candidate pairs of two articles with their evidence, in no particular order. */
    List<Evidence> evidence(ArticleTokens left, ArticleTokens right, ProgressListener progress) {
        Map<String, Integer> ids = new HashMap<>();
        List<int[]> lCounts = counts(left, ids);
        List<int[]> rCounts = counts(right, ids);
        int vocab = ids.size();
        String[] stems = new String[vocab];
        ids.forEach((stem, id) -> stems[id] = stem);
        boolean[] name = names(left, right, ids, vocab);
        int[] df = new int[vocab];
        for (List<int[]> side : List.of(lCounts, rCounts)) {
            for (int[] c : side) {
                for (int k = 0; k < c.length; k += 2) {
                    df[c[k]]++;
                }
            }
        }
        // the story's running words: in more than a quarter of the pair's sentences
        boolean[] running = new boolean[vocab];
        int sentences = lCounts.size() + rCounts.size();
        for (int t = 0; t < vocab; t++) {
            running[t] = df[t] > Math.max(2, RUNNING_SHARE * sentences);
        }
        TermWeights weights = TermWeights.of(stems, df, lCounts.size() + rCounts.size(), BackgroundStats.get());
        SparseVector[] lv = vectors(lCounts, weights.idf());
        SparseVector[] rv = vectors(rCounts, weights.idf());
        SparseVector[] lb = vectors(lCounts, weights.backgroundIdf());
        SparseVector[] rb = vectors(rCounts, weights.backgroundIdf());
        double documentCosine = SparseVector.of(total(lCounts), weights.idf())
                .dot(SparseVector.of(total(rCounts), weights.idf()));
        double documentRare = rareOverlap(lCounts, rCounts, weights, name, vocab);
        int[][] termGroups = synonyms.groupsOf(stems);
        int[][] lSyn = Synonyms.sentenceGroups(lv, termGroups);
        int[][] rSyn = Synonyms.sentenceGroups(rv, termGroups);
        checkCancel(progress);
        progress.progress(0.2, "Indexing");

        // word-for-word copies are paired first, one to one: a sentence made only of common terms (skipped
        // below) still finds its copy, and no copy is compared with another copy, so a text compared with
        // itself, or one sentence repeated, costs about its length
        int[] copyOf = copies(left, right, lv, rv);
        boolean[] rCopied = new boolean[rv.length];
        for (int j : copyOf) {
            if (j >= 0) {
                rCopied[j] = true;
            }
        }

        // inverted index of the right side
        int cap = Math.max(64, (int) (2 * Math.sqrt(rv.length + 1.0)));
        int[] postingSize = new int[vocab];
        for (SparseVector v : rv) {
            for (int t : v.terms()) {
                postingSize[t]++;
            }
        }
        int[][] postings = new int[vocab][];
        float[][] postingW = new float[vocab][];
        for (int t = 0; t < vocab; t++) {
            postings[t] = new int[postingSize[t]];
            postingW[t] = new float[postingSize[t]];
        }
        int[] fill = new int[vocab];
        for (int j = 0; j < rv.length; j++) {
            for (int k = 0; k < rv[j].size(); k++) {
                int t = rv[j].terms()[k];
                postingW[t][fill[t]] = rv[j].weights()[k];
                postings[t][fill[t]++] = j;
            }
        }

        // Per left sentence: accumulate the dot product over terms that are not too common, keep the
        // best-scoring right sentences, then score those exactly (common terms included). Left sentences are
        // independent: a long text's runs of them are matched on several threads, the runs kept in order.
        double floor = options.candidateFloor();
        int nL = lv.length;
        int nR = rv.length;
        boolean parallel = this.parallel && (long) nL * nR >= PARALLEL_CELLS;
        int run = parallel ? 256 : Math.max(1, nL);
        int runs = (nL + run - 1) / run;
        Candidates[] found = new Candidates[runs];
        int round = parallel ? 8 : 1; // runs per round; between rounds this thread reports progress
        for (int r0 = 0; r0 < runs; r0 += round) {
            checkCancel(progress);
            progress.progress(0.2 + 0.6 * r0 / runs, "Matching sentences");
            IntStream each = IntStream.range(r0, Math.min(runs, r0 + round));
            (parallel ? each.parallel() : each).forEach(r -> found[r] = candidates(r * run, Math.min(nL, (r + 1) * run),
                    lv, rv, copyOf, rCopied, postings, postingW, cap, floor, progress));
        }
        int m = 0;
        for (Candidates c : found) {
            m += c.size;
        }
        int[] pl = new int[m];
        int[] pr = new int[m];
        double[] pc = new double[m];
        int at = 0;
        for (Candidates c : found) {
            System.arraycopy(c.left, 0, pl, at, c.size);
            System.arraycopy(c.right, 0, pr, at, c.size);
            System.arraycopy(c.cosine, 0, pc, at, c.size);
            at += c.size;
        }
        double[] bestOfL = new double[nL];
        double[] bestOfR = new double[nR];
        for (int k = 0; k < m; k++) {
            bestOfL[pl[k]] = Math.max(bestOfL[pl[k]], pc[k]);
            bestOfR[pr[k]] = Math.max(bestOfR[pr[k]], pc[k]);
        }
        // a candidate pair per two sentences or more (books, news that share text): each sentence's terms with a
        // synonym in it, among those the other side has, are listed once, and a pair's matches are a merge;
        // fewer (unrelated news): searched per pair
        boolean indexed = (long) SYNONYM_INDEX_RATIO * m >= (long) nL + nR;
        int[][] lSynTerms = indexed ? Synonyms.synonymTerms(lSyn, termGroups, present(rCounts, vocab)) : null;
        int[][] rSynTerms = indexed ? Synonyms.synonymTerms(rSyn, termGroups, present(lCounts, vocab)) : null;
        Evidence[] out = new Evidence[m];
        IntStream each = IntStream.range(0, m);
        (parallel ? each.parallel() : each).forEach(k -> {
            int i = pl[k];
            int j = pr[k];
            double cos = pc[k];
            int[] sh = sharedKinds(lv[i], rv[j], weights, name, stems, running);
            double place = 1 - Math.abs((i + 0.5) / nL - (j + 0.5) / nR);
            out[k] = new Evidence(i, j, cos, cos / bestOfL[i], cos / bestOfR[j],
                    cos >= bestOfL[i] && cos >= bestOfR[j], place, i < 2 && j < 2, sh[0], sh[1], sh[2], sh[3],
                    indexed ? Synonyms.matches(lv[i], lSyn[i], lSynTerms[i], rv[j], rSyn[j], rSynTerms[j])
                            : Synonyms.matches(lv[i], lSyn[i], rv[j], rSyn[j], termGroups),
                    Math.min(lv[i].size(), rv[j].size()), documentCosine,
                    2.0 * sh[0] / Math.max(1, lv[i].size() + rv[j].size()), lb[i].dot(rb[j]), sh[4], documentRare);
        });
        return new ArrayList<>(Arrays.asList(out));
    }

    /** Candidate pairs of a run of left sentences, in the order found: left, right and cosine of each. */
    private static final class Candidates {
        int size;
        int[] left = new int[64];
        int[] right = new int[64];
        double[] cosine = new double[64];

        void add(int i, int j, double cos) {
            if (size == left.length) {
                left = Arrays.copyOf(left, 2 * size);
                right = Arrays.copyOf(right, 2 * size);
                cosine = Arrays.copyOf(cosine, 2 * size);
            }
            left[size] = i;
            right[size] = j;
            cosine[size++] = cos;
        }
    }

    /** Listing each sentence's synonym terms pays from one candidate pair per this many sentences. */
    static final int SYNONYM_INDEX_RATIO = 2;

    /** A pair of texts with this many sentence pairs (a book's, not a news article's) is matched on several threads. */
    static final long PARALLEL_CELLS = 1_000_000;

    private static Candidates candidates(int from, int to, SparseVector[] lv, SparseVector[] rv, int[] copyOf,
                                         boolean[] rCopied, int[][] postings, float[][] postingW, int cap,
                                         double floor, ProgressListener progress) {
        Candidates out = new Candidates();
        int[] seen = new int[rv.length];
        Arrays.fill(seen, -1);
        int[] touched = new int[rv.length];
        double[] acc = new double[rv.length];
        double[] sorted = new double[rv.length];
        for (int i = from; i < to; i++) {
            if (((i - from) & 255) == 255) {
                checkCancel(progress);
            }
            // a copied sentence is linked to its copy alone, and so is every copy on the right: a copied sentence
            // is looked for only among the right sentences that have no copy (a second partner it may take)
            boolean copied = copyOf[i] >= 0;
            if (copied) {
                int j = copyOf[i];
                out.add(i, j, lv[i].dot(rv[j]));
            }
            int nt = 0;
            int[] terms = lv[i].terms();
            float[] w = lv[i].weights();
            for (int x = 0; x < terms.length; x++) {
                int t = terms[x];
                if (postings[t].length > cap) {
                    continue;
                }
                int[] post = postings[t];
                float[] pw = postingW[t];
                for (int k = 0; k < post.length; k++) {
                    int j = post[k];
                    if (copied && rCopied[j]) {
                        continue;
                    }
                    if (seen[j] != i) {
                        seen[j] = i;
                        acc[j] = 0;
                        touched[nt++] = j;
                    }
                    acc[j] += w[x] * pw[k];
                }
            }
            double keepFrom = Double.NEGATIVE_INFINITY;
            if (nt > KEEP_PER_SENTENCE) {
                for (int k = 0; k < nt; k++) {
                    sorted[k] = acc[touched[k]];
                }
                keepFrom = kthLargest(sorted, nt, KEEP_PER_SENTENCE);
            }
            for (int k = 0; k < nt; k++) {
                int j = touched[k];
                if (acc[j] < keepFrom) {
                    continue;
                }
                double sim = lv[i].dot(rv[j]);
                if (sim >= floor) {
                    out.add(i, j, sim);
                }
            }
        }
        return out;
    }

    /**
     * For each left sentence, the right sentence that is its word-for-word copy (the same token keys, with at
     * least one content term), or -1. The k-th occurrence of a sentence on the left is paired with the k-th on
     * the right; occurrences one side has more of stay unpaired.
     */
    static int[] copies(ArticleTokens left, ArticleTokens right, SparseVector[] lv, SparseVector[] rv) {
        Map<String, int[]> rightCopies = new HashMap<>(); // key -> {count, indices...} grown as needed
        for (int j = 0; j < rv.length; j++) {
            if (rv[j].size() == 0) {
                continue;
            }
            String key = sentenceKey(right, j);
            int[] at = rightCopies.get(key);
            if (at == null) {
                at = new int[] {0, 0, -1};
            } else if (at[1] + 2 >= at.length) {
                at = Arrays.copyOf(at, at.length * 2);
            }
            at[2 + at[1]++] = j;
            rightCopies.put(key, at);
        }
        int[] out = new int[lv.length];
        Arrays.fill(out, -1);
        for (int i = 0; i < lv.length; i++) {
            if (lv[i].size() == 0) {
                continue;
            }
            int[] at = rightCopies.get(sentenceKey(left, i));
            if (at != null && at[0] < at[1]) {
                out[i] = at[2 + at[0]++];
            }
        }
        return out;
    }

    private static String sentenceKey(ArticleTokens at, int s) {
        StringBuilder b = new StringBuilder();
        for (Token t : at.ofSentence(s)) {
            b.append(t.key()).append('\u0001');
        }
        return b.toString();
    }

    /**
     * Links best first: verbatim copies to their copy alone, then every pair the similarity scores at or above
     * the threshold while both sentences have fewer than {@code maxPartners} links.
     */
    private List<Pair> choose(List<Evidence> evidence, int nLeft, int nRight) {
        int m = evidence.size();
        double[] score = new double[m];
        for (int k = 0; k < m; k++) {
            Evidence e = evidence.get(k);
            score[k] = e.cosine() >= VERBATIM ? 1 + e.cosine() : similarity.score(e);
        }
        int[] order = descending(score);
        // each sentence's best score: a link far below either side's best is a fallback, not a counterpart
        double[] topL = new double[nLeft];
        double[] topR = new double[nRight];
        for (int k = 0; k < m; k++) {
            Evidence e = evidence.get(k);
            if (eligible(e)) {
                topL[e.left()] = Math.max(topL[e.left()], score[k]);
                topR[e.right()] = Math.max(topR[e.right()], score[k]);
            }
        }
        int[] partnersL = new int[nLeft];
        int[] partnersR = new int[nRight];
        boolean[] taken = new boolean[m];
        boolean[] closedL = new boolean[nLeft];
        boolean[] closedR = new boolean[nRight];
        Map<Integer, List<Integer>> linksL = new HashMap<>();
        Map<Integer, List<Integer>> linksR = new HashMap<>();
        double[] bestL = new double[nLeft];
        double[] bestR = new double[nRight];
        List<Pair> chosen = new ArrayList<>();
        int max = options.maxPartners();
        for (int k : anchors(evidence, nLeft, nRight)) {
            Evidence e = evidence.get(k);
            int i = e.left();
            int j = e.right();
            if (score[k] > 1) {
                closedL[i] = true;
                closedR[j] = true;
            }
            partnersL[i]++;
            partnersR[j]++;
            linksL.computeIfAbsent(i, x -> new ArrayList<>()).add(j);
            linksR.computeIfAbsent(j, x -> new ArrayList<>()).add(i);
            bestL[i] = Math.max(bestL[i], score[k]);
            bestR[j] = Math.max(bestR[j], score[k]);
            taken[k] = true;
            chosen.add(new Pair(i, j, Math.min(1, score[k] > 1 ? e.cosine() : Math.max(score[k], e.cosine())), e.shared()));
        }
        for (int k : order) {
            if (taken[k]) {
                continue;
            }
            if (score[k] < options.threshold()) {
                break;
            }
            Evidence e = evidence.get(k);
            int i = e.left();
            int j = e.right();
            if (!eligible(e)) {
                continue; // one shared word ("want"), or only the story's names, is chance, however the rest scores
            }
            if (score[k] < FALLBACK_RATIO * Math.max(topL[i], topR[j])) {
                continue; // its counterpart is elsewhere: this pair is only second best
            }
            if (closedL[i] || closedR[j] || partnersL[i] >= max || partnersR[j] >= max) {
                continue;
            }
            if ((partnersL[i] > 0 || partnersR[j] > 0) && (score[k] < options.partnerRatio() * Math.max(bestL[i], bestR[j])
                    || score[k] < options.partnerThreshold() && !(near(linksL.get(i), j) || near(linksR.get(j), i)))) {
                continue; // a later partner is nearly as good as the best, and next to a partner or strong
            }
            if (score[k] > 1) { // verbatim: this copy is the counterpart
                if (partnersL[i] > 0 || partnersR[j] > 0) {
                    continue;
                }
                closedL[i] = true;
                closedR[j] = true;
            }
            partnersL[i]++;
            partnersR[j]++;
            linksL.computeIfAbsent(i, x -> new ArrayList<>()).add(j);
            linksR.computeIfAbsent(j, x -> new ArrayList<>()).add(i);
            bestL[i] = Math.max(bestL[i], score[k]);
            bestR[j] = Math.max(bestR[j], score[k]);
            chosen.add(new Pair(i, j, Math.min(1, score[k] > 1 ? e.cosine() : score[k]), e.shared()));
        }
        chosen.sort(Comparator.comparingInt(Pair::left).thenComparingInt(Pair::right));
        return chosen;
    }

    /**
     * The anchor links, as indices into {@code evidence}: mutual best lexical matches (TF-IDF cosine plus a bonus
     * of {@value #PLACE_BONUS} for the same relative place) sharing at least {@value #ANCHOR_SHARED} content
     * terms, one-to-one, then a second partner for a sentence restated as two when one of them prefers the other.
     * Copies and close rewrites are found here; the similarity adds what rewording hides.
     */
    private List<Integer> anchors(List<Evidence> evidence, int nLeft, int nRight) {
        int m = evidence.size();
        double[] core = new double[m];
        for (int k = 0; k < m; k++) {
            Evidence e = evidence.get(k);
            core[k] = e.cosine() >= VERBATIM ? 1 + e.cosine() : e.cosine() + PLACE_BONUS * e.place();
        }
        int[] order = descending(core);
        int[] bestOfL = new int[nLeft];
        int[] bestOfR = new int[nRight];
        Arrays.fill(bestOfL, -1);
        Arrays.fill(bestOfR, -1);
        for (int k : order) {
            Evidence e = evidence.get(k);
            if (e.shared() < 2 && e.cosine() < VERBATIM) {
                continue;
            }
            if (bestOfL[e.left()] < 0) {
                bestOfL[e.left()] = e.right();
            }
            if (bestOfR[e.right()] < 0) {
                bestOfR[e.right()] = e.left();
            }
        }
        boolean[] usedL = new boolean[nLeft];
        boolean[] usedR = new boolean[nRight];
        boolean[] taken = new boolean[m];
        List<Integer> out = new ArrayList<>();
        for (int k : order) {
            Evidence e = evidence.get(k);
            if (core[k] < options.anchorThreshold()) {
                break;
            }
            boolean strong = e.shared() >= ANCHOR_SHARED || e.cosine() >= VERBATIM;
            if (strong && bestOfL[e.left()] == e.right() && bestOfR[e.right()] == e.left() && !usedL[e.left()]
                    && !usedR[e.right()]) {
                usedL[e.left()] = true;
                usedR[e.right()] = true;
                taken[k] = true;
                out.add(k);
            }
        }
        for (int k : order) {
            Evidence e = evidence.get(k);
            if (core[k] < options.anchorThreshold() + SECOND_ANCHOR_GAP) {
                break;
            }
            if (taken[k] || e.shared() < ANCHOR_SHARED || usedL[e.left()] == usedR[e.right()]) {
                continue;
            }
            if (bestOfL[e.left()] == e.right() || bestOfR[e.right()] == e.left()) {
                usedL[e.left()] = true;
                usedR[e.right()] = true;
                out.add(k);
            }
        }
        return out;
    }

    /** Indices of {@code score}, highest score first (in {@link Double#compare} order), ties in index order. */
    static int[] descending(double[] score) {
        int m = score.length;
        // a long whose signed order is Double.compare's order, negated for highest first
        long[] key = new long[m];
        int[] order = new int[m];
        for (int k = 0; k < m; k++) {
            long bits = Double.doubleToLongBits(score[k]);
            key[k] = -1 - (bits ^ ((bits >> 63) & Long.MAX_VALUE));
            order[k] = k;
        }
        // a stable sort (equal scores keep index order), so its order is the one order by (key, index). The keys
        // move with their indices, so that merging reads both arrays in sequence rather than a key per index
        // at random (which cost most of choosing Darwin's links); runs of RUN are sorted by insertion first.
        for (int lo = 0; lo < m; lo += RUN) {
            int hi = Math.min(lo + RUN, m);
            for (int a = lo + 1; a < hi; a++) {
                long k = key[a];
                int o = order[a];
                int b = a - 1;
                while (b >= lo && key[b] > k) {
                    key[b + 1] = key[b];
                    order[b + 1] = order[b];
                    b--;
                }
                key[b + 1] = k;
                order[b + 1] = o;
            }
        }
        long[] keyTmp = new long[m];
        int[] tmp = new int[m];
        for (int width = RUN; width < m; width *= 2) {
            for (int lo = 0; lo < m; lo += 2 * width) {
                int mid = Math.min(lo + width, m);
                int hi = Math.min(lo + 2 * width, m);
                int a = lo;
                int b = mid;
                int o = lo;
                if (mid < hi && key[mid - 1] > key[mid]) {
                    while (a < mid && b < hi) {
                        if (key[b] < key[a]) {
                            keyTmp[o] = key[b];
                            tmp[o++] = order[b++];
                        } else {
                            keyTmp[o] = key[a];
                            tmp[o++] = order[a++];
                        }
                    }
                }
                System.arraycopy(key, a, keyTmp, o, mid - a);
                System.arraycopy(order, a, tmp, o, mid - a);
                o += mid - a;
                System.arraycopy(key, b, keyTmp, o, hi - b);
                System.arraycopy(order, b, tmp, o, hi - b);
            }
            long[] kt = key;
            key = keyTmp;
            keyTmp = kt;
            int[] t = order;
            order = tmp;
            tmp = t;
        }
        return order;
    }

    /** The run length {@link #descending} sorts by insertion before merging. */
    private static final int RUN = 32;

    private static boolean eligible(Evidence e) {
        return (e.sharedSpecific() + e.synonyms() >= MIN_EVIDENCE && e.cosine() >= MIN_COSINE) || e.cosine() >= VERBATIM;
    }

    /** Which terms occur in a side's sentences. */
    private static boolean[] present(List<int[]> counts, int vocab) {
        boolean[] in = new boolean[vocab];
        for (int[] c : counts) {
            for (int k = 0; k < c.length; k += 2) {
                in[c[k]] = true;
            }
        }
        return in;
    }

    /** The share of the side with fewer rare names whose rare names the other side also has; -1 when a side has none. */
    private static double rareOverlap(List<int[]> lCounts, List<int[]> rCounts, TermWeights weights, boolean[] name,
                                      int vocab) {
        boolean[] inL = new boolean[vocab];
        boolean[] inR = new boolean[vocab];
        for (int[] c : lCounts) {
            for (int k = 0; k < c.length; k += 2) {
                inL[c[k]] = true;
            }
        }
        for (int[] c : rCounts) {
            for (int k = 0; k < c.length; k += 2) {
                inR[c[k]] = true;
            }
        }
        int l = 0;
        int r = 0;
        int both = 0;
        for (int t = 0; t < vocab; t++) {
            if (weights.rare(t) && name[t]) {
                l += inL[t] ? 1 : 0;
                r += inR[t] ? 1 : 0;
                both += inL[t] && inR[t] ? 1 : 0;
            }
        }
        return Math.min(l, r) == 0 ? -1 : (double) both / Math.min(l, r);
    }

    /** Whether {@code s} stands within {@link #PARTNER_WINDOW} sentences of one of {@code partners}. */
    private static boolean near(List<Integer> partners, int s) {
        if (partners != null) {
            for (int p : partners) {
                if (Math.abs(p - s) <= PARTNER_WINDOW) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Shared terms: all, rare in news prose, numbers, names. */
    private static int[] sharedKinds(SparseVector a, SparseVector b, TermWeights weights, boolean[] name,
                                     String[] stems, boolean[] running) {
        int all = 0;
        int rare = 0;
        int numbers = 0;
        int names = 0;
        int specific = 0;
        int[] at = a.terms();
        int[] bt = b.terms();
        int i = 0;
        int j = 0;
        while (i < at.length && j < bt.length) {
            if (at[i] == bt[j]) {
                int t = at[i];
                all++;
                rare += weights.rare(t) ? 1 : 0;
                names += name[t] ? 1 : 0;
                numbers += Character.isDigit(stems[t].charAt(0)) ? 1 : 0;
                specific += running[t] ? 0 : 1;
                i++;
                j++;
            } else if (at[i] < bt[j]) {
                i++;
            } else {
                j++;
            }
        }
        return new int[] {all, rare, numbers, names, specific};
    }

    /** Which term ids are names: capitalised (not as a sentence's first word, not a title) somewhere. */
    private static boolean[] names(ArticleTokens left, ArticleTokens right, Map<String, Integer> ids, int vocab) {
        boolean[] name = new boolean[vocab];
        for (ArticleTokens at : List.of(left, right)) {
            for (Token t : at.tokens()) {
                if (t.isContent() && t.is(Token.CAPITAL) && !t.is(Token.TITLE_WORD) && !t.is(Token.NUMBER)) {
                    Integer id = ids.get(t.stem());
                    if (id != null) {
                        name[id] = true;
                    }
                }
            }
        }
        return name;
    }

    private static List<int[]> counts(ArticleTokens at, Map<String, Integer> ids) {
        List<int[]> out = new ArrayList<>(at.sentences());
        Map<Integer, Integer> tf = new HashMap<>();
        for (int s = 0; s < at.sentences(); s++) {
            tf.clear();
            for (Token t : at.ofSentence(s)) {
                if (!t.isContent()) {
                    continue;
                }
                Integer id = ids.computeIfAbsent(t.stem(), k -> ids.size());
                tf.merge(id, 1, Integer::sum);
            }
            int[] c = new int[tf.size() * 2];
            int k = 0;
            for (Map.Entry<Integer, Integer> e : tf.entrySet()) {
                c[k++] = e.getKey();
                c[k++] = e.getValue();
            }
            out.add(c);
        }
        return out;
    }

    /** The term counts of a whole side, summed over its sentences. */
    private static int[] total(List<int[]> counts) {
        Map<Integer, Integer> tf = new HashMap<>();
        for (int[] c : counts) {
            for (int k = 0; k < c.length; k += 2) {
                tf.merge(c[k], c[k + 1], Integer::sum);
            }
        }
        int[] out = new int[tf.size() * 2];
        int k = 0;
        for (Map.Entry<Integer, Integer> e : tf.entrySet()) {
            out[k++] = e.getKey();
            out[k++] = e.getValue();
        }
        return out;
    }

    private static SparseVector[] vectors(List<int[]> counts, double[] idf) {
        SparseVector[] out = new SparseVector[counts.size()];
        for (int s = 0; s < out.length; s++) {
            out[s] = SparseVector.of(counts.get(s), idf);
        }
        return out;
    }

    /** The k-th largest of {@code a[0..n)} (quickselect; reorders {@code a}). */
    static double kthLargest(double[] a, int n, int k) {
        int lo = 0;
        int hi = n - 1;
        int target = n - k; // index of the answer in ascending order
        java.util.concurrent.ThreadLocalRandom rnd = java.util.concurrent.ThreadLocalRandom.current();
        while (lo < hi) {
            double pivot = a[lo + rnd.nextInt(hi - lo + 1)];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (target <= j) {
                hi = j;
            } else if (target >= i) {
                lo = i;
            } else {
                return a[target];
            }
        }
        return a[target];
    }

    static void checkCancel(ProgressListener progress) {
        if (progress.isCancelled()) {
            throw new CancellationException("comparison cancelled");
        }
    }
}
