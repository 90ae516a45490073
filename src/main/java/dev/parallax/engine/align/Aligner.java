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
    record Pair(int left, int right, double similarity) {
    }

    private final AlignOptions options;

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
        int n = lCounts.size() + rCounts.size();
        double[] idf = new double[vocab];
        for (int t = 0; t < vocab; t++) {
            idf[t] = Math.log(1.0 + (double) n / df[t]);
        }
        weigh(lCounts, idf, lTerms, lW);
        weigh(rCounts, idf, rTerms, rW);
        checkCancel(progress);
        progress.progress(0.2, "Indexing");

        // inverted index of the right side
        int cap = Math.max(64, (int) (6 * Math.sqrt(rTerms.length + 1.0)));
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

        List<Pair> candidates = new ArrayList<>();
        int[] seen = new int[rTerms.length];
        Arrays.fill(seen, -1);
        int[] touched = new int[rTerms.length];
        double floor = options.candidateFloor();
        for (int i = 0; i < lTerms.length; i++) {
            if ((i & 255) == 0) {
                checkCancel(progress);
                progress.progress(0.2 + 0.6 * i / Math.max(1, lTerms.length), "Matching sentences");
            }
            int nt = 0;
            for (int t : lTerms[i]) {
                if (postings[t].length > cap) {
                    continue;
                }
                for (int j : postings[t]) {
                    if (seen[j] != i) {
                        seen[j] = i;
                        touched[nt++] = j;
                    }
                }
            }
            for (int k = 0; k < nt; k++) {
                int j = touched[k];
                double sim = dot(lTerms[i], lW[i], rTerms[j], rW[j]);
                if (sim >= floor) {
                    candidates.add(new Pair(i, j, sim));
                }
            }
        }
        progress.progress(0.8, "Choosing links");
        return choose(candidates, left.sentences(), right.sentences());
    }

    /** Greedy selection: one-to-one first, then second partners that are mutual best matches. */
    private List<Pair> choose(List<Pair> candidates, int nLeft, int nRight) {
        double threshold = options.threshold();
        candidates.sort(Comparator.comparingDouble(Pair::similarity).reversed()
                .thenComparingInt(p -> Math.abs(p.left() - p.right())));
        double[] bestL = new double[nLeft];
        double[] bestR = new double[nRight];
        int[] bestPartnerL = new int[nLeft];
        int[] bestPartnerR = new int[nRight];
        Arrays.fill(bestPartnerL, -1);
        Arrays.fill(bestPartnerR, -1);
        for (Pair p : candidates) {
            if (bestPartnerL[p.left()] < 0) {
                bestPartnerL[p.left()] = p.right();
                bestL[p.left()] = p.similarity();
            }
            if (bestPartnerR[p.right()] < 0) {
                bestPartnerR[p.right()] = p.left();
                bestR[p.right()] = p.similarity();
            }
        }
        boolean[] usedL = new boolean[nLeft];
        boolean[] usedR = new boolean[nRight];
        List<Pair> chosen = new ArrayList<>();
        List<Pair> rest = new ArrayList<>();
        for (Pair p : candidates) {
            if (p.similarity() < threshold) {
                break;
            }
            if (!usedL[p.left()] && !usedR[p.right()]) {
                usedL[p.left()] = true;
                usedR[p.right()] = true;
                chosen.add(p);
            } else {
                rest.add(p);
            }
        }
        double multi = options.secondPartnerThreshold();
        for (Pair p : rest) {
            if (p.similarity() < multi) {
                break;
            }
            boolean leftFree = !usedL[p.left()];
            boolean rightFree = !usedR[p.right()];
            if (leftFree == rightFree) {
                continue; // both taken, or both free (then the first pass would have taken it)
            }
            boolean mutual = bestPartnerL[p.left()] == p.right() || bestPartnerR[p.right()] == p.left();
            if (mutual) {
                usedL[p.left()] = true;
                usedR[p.right()] = true;
                chosen.add(p);
            }
        }
        chosen.sort(Comparator.comparingInt(Pair::left).thenComparingInt(Pair::right));
        return chosen;
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

    static void checkCancel(ProgressListener progress) {
        if (progress.isCancelled()) {
            throw new CancellationException("comparison cancelled");
        }
    }
}
