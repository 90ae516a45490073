package dev.parallax.engine.align;

/**
 * A sparse term vector: term ids in ascending order with their weights. The one sparse-vector utility of the
 * engine (sentence vectors, document vectors).
 *
 * @param terms   term ids, ascending, distinct
 * @param weights the weight of each term, usually L2-normalized
 */
public record SparseVector(int[] terms, float[] weights) {

    static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

    int size() {
        return terms.length;
    }

    /** The dot product: the cosine when both vectors are normalized. */
    public double dot(SparseVector o) {
        int[] at = terms;
        int[] bt = o.terms;
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < at.length && j < bt.length) {
            if (at[i] == bt[j]) {
                sum += weights[i++] * o.weights[j++];
            } else if (at[i] < bt[j]) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    /** How many terms the two vectors share. */
    int shared(SparseVector o) {
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < terms.length && j < o.terms.length) {
            if (terms[i] == o.terms[j]) {
                n++;
                i++;
                j++;
            } else if (terms[i] < o.terms[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    /**
     * Builds a normalized vector from term counts: weight (1 + log tf) * idf, scaled to unit length.
     *
     * @param counts term id and count, interleaved, in any order
     */
    public static SparseVector of(int[] counts, double[] idf) {
        int m = counts.length / 2;
        long[] packed = new long[m];
        for (int k = 0; k < m; k++) {
            packed[k] = ((long) counts[2 * k] << 32) | counts[2 * k + 1];
        }
        java.util.Arrays.sort(packed);
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
        return new SparseVector(t, w);
    }
}
