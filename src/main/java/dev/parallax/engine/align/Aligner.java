package dev.parallax.engine.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

/**
 * Finds which sentences of two articles say the same thing, wherever they stand.
 *
 * <p>Each sentence becomes a TF-IDF vector of its content stems (function words dropped, aliases and numbers
 * normalized), with document frequencies taken over the sentences of both articles. Candidate pairs come from
 * an inverted index (terms shared by too many sentences are left out of candidate generation on long texts, so
 * the cost stays close to linear), then exact cosines are computed. Links are chosen greedily, best first: a
 * one-to-one pass over pairs at or above the threshold, then a pass that lets a sentence restated as two keep
 * its second partner when they are each other's best match.
 */
final class Aligner {

    /** A scored sentence pair. */
    record Pair(int left, int right, double similarity, int shared) {
    }

    private final AlignOptions options;
    /** Numbers anchor news facts ("1,200 hectares"), so they weigh more than words of the same rarity. */
    private static final double NUMBER_WEIGHT = 1.5;
    /** A cosine this high means the same words: such pairs skip the evidence rules. */
    private static final double VERBATIM = 0.999;
    /** Terms a pair must share before it counts as a sentence's best match. */
    private static final int BEST_MIN_SHARED = 2;
    /** Right sentences scored exactly per left sentence; more than a news article has, few for a book. */
    private static final int KEEP_PER_SENTENCE = 64;

    Aligner(AlignOptions options) {
        this.options = options;
    }

    List<Pair> align(ArticleTokens left, ArticleTokens right, ProgressListener progress) {
        Map<String, Integer> ids = new HashMap<>();
        int[][] lTerms = new int[left.sentences()][];
        float[][] lW = new float[left.sentences()][];
        int[][] rTerms = new int[right.sentences()][];
        float[][] rW = new float[right.sentences()][];
        List<int[]> lCounts = counts(left, ids);
        List<int[]> rCounts = counts(right, ids);
        int vocab = ids.size();
        int[] df = new int[vocab];
        for (int[] c : lCounts) {
            for (int k = 0; k < c.length; k += 2) {
                df[c[k]]++;
            }
        }
        for (int[] c : rCounts) {
            for (int k = 0; k < c.length; k += 2) {
                df[c[k]]++;
            }
        }
        // document frequencies of this pair plus those of news prose at large
        BackgroundStats bg = BackgroundStats.get();
        String[] stems = new String[vocab];
        ids.forEach((stem, id) -> stems[id] = stem);
        int n = lCounts.size() + rCounts.size();
        double[] idf = new double[vocab];
        for (int t = 0; t < vocab; t++) {
            double pair = Math.log(1.0 + (double) n / df[t]);
            double background = Math.log(1.0 + (double) bg.sentences() / (1 + bg.df(stems[t])));
            idf[t] = pair * Math.sqrt(background);
            if (Character.isDigit(stems[t].charAt(0))) {
                idf[t] *= NUMBER_WEIGHT;
            }
        }
        weigh(lCounts, idf, lTerms, lW);
        weigh(rCounts, idf, rTerms, rW);
        checkCancel(progress);
        progress.progress(0.2, "Indexing");

        // inverted index of the right side
        int cap = Math.max(64, (int) (2 * Math.sqrt(rTerms.length + 1.0)));
        int[] postingSize = new int[vocab];
        for (int[] terms : rTerms) {
            for (int t : terms) {
                postingSize[t]++;
            }
        }
        int[][] postings = new int[vocab][];
        for (int t = 0; t < vocab; t++) {
            postings[t] = new int[postingSize[t]];
        }
        int[] fill = new int[vocab];
        for (int j = 0; j < rTerms.length; j++) {
            for (int t : rTerms[j]) {
                postings[t][fill[t]++] = j;
            }
        }

        float[][] postingW = new float[vocab][];
        for (int t = 0; t < vocab; t++) {
            postingW[t] = new float[postings[t].length];
        }
        Arrays.fill(fill, 0);
        for (int j = 0; j < rTerms.length; j++) {
            for (int k = 0; k < rTerms[j].length; k++) {
                int t = rTerms[j][k];
                postingW[t][fill[t]++] = rW[j][k];
            }
        }

        // Per left sentence: accumulate the dot product over terms that are not too common, keep the
        // best-scoring right sentences, then score those exactly (common terms included).
        List<Pair> candidates = new ArrayList<>();
        int[] seen = new int[rTerms.length];
        Arrays.fill(seen, -1);
        int[] touched = new int[rTerms.length];
        double[] acc = new double[rTerms.length];
        double[] sorted = new double[rTerms.length];
        double floor = options.candidateFloor();
        for (int i = 0; i < lTerms.length; i++) {
            if ((i & 255) == 0) {
                checkCancel(progress);
                progress.progress(0.2 + 0.6 * i / Math.max(1, lTerms.length), "Matching sentences");
            }
            int nt = 0;
            for (int x = 0; x < lTerms[i].length; x++) {
                int t = lTerms[i][x];
                if (postings[t].length > cap) {
                    continue;
                }
                float w = lW[i][x];
                int[] post = postings[t];
                float[] pw = postingW[t];
                for (int k = 0; k < post.length; k++) {
                    int j = post[k];
                    if (seen[j] != i) {
                        seen[j] = i;
                        acc[j] = 0;
                        touched[nt++] = j;
                    }
                    acc[j] += w * pw[k];
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
                double sim = dot(lTerms[i], lW[i], rTerms[j], rW[j]);
                if (sim >= floor) {
                    candidates.add(new Pair(i, j, sim, shared(lTerms[i], rTerms[j])));
                }
            }
        }
        progress.progress(0.8, "Choosing links");
        return choose(candidates, left.sentences(), right.sentences());
    }

    /**
     * Chooses links, best first. A pair's score is its cosine plus a small bonus for standing at the same
     * relative place in both articles (rewrites and copies mostly keep the original order; the bonus is at most
     * {@code positionPrior}, so a clear match anywhere still wins). Pairs sharing fewer than
     * {@code minShared} content terms are never linked unless verbatim. The first pass links mutual best
     * matches one-to-one; the second lets a sentence restated as two keep a second partner when one of them
     * prefers the other.
     */
    private List<Pair> choose(List<Pair> candidates, int nLeft, int nRight) {
        int m = candidates.size();
        double[] score = new double[m];
        for (int k = 0; k < m; k++) {
            Pair p = candidates.get(k);
            double place = Math.abs((double) p.left() / nLeft - (double) p.right() / nRight);
            score[k] = p.similarity() >= VERBATIM ? p.similarity() + 1 : p.similarity() + options.positionPrior() * (1 - place);
        }
        // best first: sort (quantized descending score, index) packed in longs, no boxing
        long[] packed = new long[m];
        for (int k = 0; k < m; k++) {
            long q = (long) ((4.0 - Math.min(score[k], 4.0)) * 1e9);
            packed[k] = (q << 31) | k;
        }
        Arrays.sort(packed);
        int[] order = new int[m];
        for (int k = 0; k < m; k++) {
            order[k] = (int) (packed[k] & 0x7FFFFFFFL);
        }
        int[] bestOfL = new int[nLeft];
        int[] bestOfR = new int[nRight];
        Arrays.fill(bestOfL, -1);
        Arrays.fill(bestOfR, -1);
        for (int k : order) {
            Pair p = candidates.get(k);
            if (p.shared() < BEST_MIN_SHARED && p.similarity() < VERBATIM) {
                continue;
            }
            if (bestOfL[p.left()] < 0) {
                bestOfL[p.left()] = p.right();
            }
            if (bestOfR[p.right()] < 0) {
                bestOfR[p.right()] = p.left();
            }
        }
        boolean[] usedL = new boolean[nLeft];
        boolean[] usedR = new boolean[nRight];
        boolean[] taken = new boolean[m];
        List<Pair> chosen = new ArrayList<>();
        for (int k : order) {
            Pair p = candidates.get(k);
            if (score[k] < options.threshold()) {
                break;
            }
            if (!eligible(p)) {
                continue;
            }
            boolean mutual = bestOfL[p.left()] == p.right() && bestOfR[p.right()] == p.left();
            if (mutual && !usedL[p.left()] && !usedR[p.right()]) {
                usedL[p.left()] = true;
                usedR[p.right()] = true;
                taken[k] = true;
                chosen.add(p);
            }
        }
        for (int k : order) {
            Pair p = candidates.get(k);
            if (score[k] < options.secondPartnerThreshold()) {
                break;
            }
            if (taken[k] || !eligible(p) || usedL[p.left()] == usedR[p.right()]) {
                continue;
            }
            if (bestOfL[p.left()] == p.right() || bestOfR[p.right()] == p.left()) {
                usedL[p.left()] = true;
                usedR[p.right()] = true;
                chosen.add(p);
            }
        }
        chosen.sort(Comparator.comparingInt(Pair::left).thenComparingInt(Pair::right));
        return chosen;
    }

    private boolean eligible(Pair p) {
        return p.shared() >= options.minShared() || p.similarity() >= VERBATIM;
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

    private static void weigh(List<int[]> counts, double[] idf, int[][] terms, float[][] weights) {
        for (int s = 0; s < counts.size(); s++) {
            int[] c = counts.get(s);
            int m = c.length / 2;
            long[] packed = new long[m];
            for (int k = 0; k < m; k++) {
                packed[k] = ((long) c[2 * k] << 32) | c[2 * k + 1];
            }
            Arrays.sort(packed);
            int[] t = new int[m];
            float[] w = new float[m];
            double norm = 0;
            for (int k = 0; k < m; k++) {
                t[k] = (int) (packed[k] >>> 32);
                int count = (int) packed[k];
                double v = (1 + Math.log(count)) * idf[t[k]];
                w[k] = (float) v;
                norm += v * v;
            }
            norm = Math.sqrt(norm);
            for (int k = 0; k < m; k++) {
                w[k] = norm == 0 ? 0 : (float) (w[k] / norm);
            }
            terms[s] = t;
            weights[s] = w;
        }
    }

    private static double dot(int[] at, float[] aw, int[] bt, float[] bw) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < at.length && j < bt.length) {
            if (at[i] == bt[j]) {
                sum += aw[i++] * bw[j++];
            } else if (at[i] < bt[j]) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
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

    private static int shared(int[] a, int[] b) {
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    static void checkCancel(ProgressListener progress) {
        if (progress.isCancelled()) {
            throw new CancellationException("comparison cancelled");
        }
    }
}
