package dev.parallax.engine.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.concurrent.CancellationException;

/**
 * The candidate stage: finds the few pairs of documents worth aligning without looking at every pair.
 *
 * <p>Two generators, united: LSH banding over MinHash signatures (catches copies and light edits: documents
 * sharing a band key), and an inverted index over rare content stems (catches paraphrases, which share few
 * shingles but keep the names, places and numbers of the story: each document looks up its most distinctive
 * stems, those in at most {@code maxDocumentShare} of the documents). Each candidate gets a TF-IDF cosine; a pair
 * survives when it is among the {@code perDocument} most similar of either of its documents and reaches
 * {@code minSimilarity}. Pure functions; no state between calls.
 */
public final class Candidates {

    /**
     * @param bands            LSH bands (their count times {@code rows} must not exceed the signature length)
     * @param rows             MinHash rows per band
     * @param maxBucket        band buckets with more documents than this are boilerplate and skipped
     * @param signatureTerms   rare stems each document looks up
     * @param maxDocumentShare a stem is rare when it occurs in at most this share of documents (at least 2)
     * @param probes           documents per document kept from the rare-stem lookup before the cosine
     * @param perDocument      pairs per document that survive
     * @param minSimilarity    pairs with a lower cosine are dropped
     */
    public record Options(int bands, int rows, int maxBucket, int signatureTerms, double maxDocumentShare, int probes,
                          int perDocument, double minSimilarity) {

        public static final Options DEFAULT = new Options(20, 3, 50, 30, 0.02, 10, 4, 0.10);

        public Options {
            if (bands * rows > Scan.SIGNATURE_LENGTH || bands < 0 || rows < 1) {
                throw new IllegalArgumentException("bands * rows must be at most " + Scan.SIGNATURE_LENGTH);
            }
        }

        public Options withMinSimilarity(double s) {
            return new Options(bands, rows, maxBucket, signatureTerms, maxDocumentShare, probes, perDocument, s);
        }

        public Options withPerDocument(int n) {
            return new Options(bands, rows, maxBucket, signatureTerms, maxDocumentShare, probes, n, minSimilarity);
        }

        /**
         * The most documents a stem may occur in and still count as rare: {@code maxDocumentShare} of the
         * collection, but never more than {@value Candidates#MAX_RARE_POSTINGS}. Each document looks up to
         * {@code signatureTerms} stems, each touching up to this many documents, so a share alone made the
         * rare-stem stage grow with the square of the archive (the Spark job shuffled 1.2 million records for
         * 2,000 articles, 30.5 million for 20,000); with the cap it grows linearly past 50,000 documents, and
         * smaller collections are unaffected. (A cap of 200 lost 7% of the pairs that share text among the
         * 20,000 short articles of {@code bench/spark.sh 20000}: stems in 200 to 400 of them still find copies.)
         */
        public int maxDf(int documents) {
            return Math.max(2, (int) Math.min(MAX_RARE_POSTINGS, Math.ceil(maxDocumentShare * documents)));
        }
    }

    /** The most documents a rare stem may be in, however large the collection (see {@link Options#maxDf}). */
    public static final int MAX_RARE_POSTINGS = 1_000;

    private Candidates() {
    }

    /** The LSH band keys of one document (the map step's output keys); empty without a signature. */
    public static long[] bandKeys(Fingerprint f, Options o) {
        if (f.minHash().length == 0) {
            return new long[0];
        }
        long[] keys = new long[o.bands()];
        for (int band = 0; band < o.bands(); band++) {
            long h = Terms.mix(band + 1L);
            for (int r = 0; r < o.rows(); r++) {
                h = Terms.mix(h ^ f.minHash()[band * o.rows() + r]);
            }
            keys[band] = h;
        }
        return keys;
    }

    /** Pairs sharing at least one LSH band key, as {@link #key} values. */
    public static Set<Long> byBands(List<Fingerprint> docs, Options o) {
        Map<Long, List<Integer>> buckets = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            for (long k : bandKeys(docs.get(i), o)) {
                buckets.computeIfAbsent(k, x -> new ArrayList<>(2)).add(i);
            }
        }
        Set<Long> out = new HashSet<>();
        for (List<Integer> bucket : buckets.values()) {
            if (bucket.size() < 2 || bucket.size() > o.maxBucket()) {
                continue;
            }
            for (int x = 0; x < bucket.size(); x++) {
                for (int y = x + 1; y < bucket.size(); y++) {
                    out.add(key(bucket.get(x), bucket.get(y)));
                }
            }
        }
        return out;
    }

    /** Each document's most distinctive rare stems: the terms it looks up in the inverted index. */
    public static long[] signatureTerms(Fingerprint f, DocumentFrequencies df, Options o) {
        int maxDf = o.maxDf(df.documents());
        List<long[]> scored = new ArrayList<>();
        for (int k = 0; k < f.terms().length; k++) {
            int n = df.of(f.terms()[k]);
            if (n >= 2 && n <= maxDf) {
                double w = (1 + Math.log(f.counts()[k])) * df.idf(f.terms()[k]);
                scored.add(new long[] {f.terms()[k], Double.doubleToLongBits(w)});
            }
        }
        scored.sort((x, y) -> Double.compare(Double.longBitsToDouble(y[1]), Double.longBitsToDouble(x[1])));
        long[] out = new long[Math.min(o.signatureTerms(), scored.size())];
        for (int k = 0; k < out.length; k++) {
            out[k] = scored.get(k)[0];
        }
        return out;
    }

    /** Pairs found through shared rare stems: for each document its {@code probes} best matches. */
    public static Set<Long> byRareTerms(List<Fingerprint> docs, DocumentFrequencies df, Options o,
                                        BooleanSupplier cancelled) {
        int maxDf = o.maxDf(df.documents());
        Map<Long, int[]> postings = new HashMap<>();
        Map<Long, Integer> fill = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            for (long t : docs.get(i).terms()) {
                int n = df.of(t);
                if (n >= 2 && n <= maxDf) {
                    int[] list = postings.computeIfAbsent(t, x -> new int[n]);
                    int at = fill.merge(t, 1, Integer::sum) - 1;
                    list[at] = i;
                }
            }
        }
        Set<Long> out = new HashSet<>();
        double[] acc = new double[docs.size()];
        int[] touched = new int[docs.size()];
        for (int i = 0; i < docs.size(); i++) {
            if ((i & 31) == 0 && cancelled.getAsBoolean()) {
                throw new CancellationException("scan cancelled");
            }
            int nt = 0;
            for (long t : signatureTerms(docs.get(i), df, o)) {
                double w = df.idf(t);
                for (int j : postings.getOrDefault(t, new int[0])) {
                    if (j != i) {
                        if (acc[j] == 0) {
                            touched[nt++] = j;
                        }
                        acc[j] += w;
                    }
                }
            }
            int[] best = topByWeight(touched, nt, acc, o.probes());
            for (int j : best) {
                out.add(key(i, j));
            }
            for (int k = 0; k < nt; k++) {
                acc[touched[k]] = 0;
            }
        }
        return out;
    }

    /** Folders of at most this many articles are compared in full (435 pairs, about a second). */
    public static final int COMPARE_ALL_UP_TO = 30;

    /**
     * Candidate pairs of a collection: both generators, scored by cosine, pruned per document; highest
     * similarity first. A folder of at most {@link #COMPARE_ALL_UP_TO} articles gives every pair.
     */
    public static List<CandidatePair> generate(List<Fingerprint> docs, DocumentFrequencies df, Options o,
                                               BooleanSupplier cancelled) {
        if (docs.size() <= COMPARE_ALL_UP_TO) {
            return all(docs, df);
        }
        Set<Long> keys = new HashSet<>(byBands(docs, o));
        keys.addAll(byRareTerms(docs, df, o, cancelled));
        double[] norms = new double[docs.size()];
        for (int i = 0; i < docs.size(); i++) {
            norms[i] = norm(docs.get(i), df);
        }
        List<CandidatePair> scored = new ArrayList<>(keys.size());
        for (long k : keys) {
            int a = (int) (k >>> 32);
            int b = (int) k;
            double s = cosine(docs.get(a), norms[a], docs.get(b), norms[b], df);
            if (s >= o.minSimilarity()) {
                scored.add(new CandidatePair(a, b, s));
            }
        }
        // ties by document order, not by the hash set's: the pairs kept must not depend on how they were found
        // (a distributed run finds them in another order and must keep the same ones)
        scored.sort((x, y) -> {
            int c = Double.compare(y.similarity(), x.similarity());
            return c != 0 ? c : x.a() != y.a() ? Integer.compare(x.a(), y.a()) : Integer.compare(x.b(), y.b());
        });
        int[] taken = new int[docs.size()];
        List<CandidatePair> out = new ArrayList<>();
        for (CandidatePair p : scored) {
            if (taken[p.a()] < o.perDocument() || taken[p.b()] < o.perDocument()) {
                out.add(p);
                taken[p.a()]++;
                taken[p.b()]++;
            }
        }
        return out;
    }

    /**
     * Each document's {@code k} nearest others by TF-IDF cosine, united (a pair once), most similar first; every
     * pair when {@code k} reaches the folder's size. Pairs with nothing in common (cosine 0) are left out. This
     * looks at every pair's cosine (cheap next to aligning: 200 articles are 19,900 cosines over sorted term
     * lists), so unlike {@link #generate} it misses no near neighbour; it is the candidate stage of the claims
     * table, which needs each article compared with the few that tell the most of its story.
     */
    public static List<CandidatePair> nearest(List<Fingerprint> docs, DocumentFrequencies df, int k,
                                              BooleanSupplier cancelled) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1");
        }
        int n = docs.size();
        double[] norms = new double[n];
        for (int i = 0; i < n; i++) {
            norms[i] = norm(docs.get(i), df);
        }
        double[][] sim = new double[n][n];
        for (int a = 0; a < n; a++) {
            if ((a & 15) == 0 && cancelled.getAsBoolean()) {
                throw new CancellationException("scan cancelled");
            }
            for (int b = a + 1; b < n; b++) {
                double s = cosine(docs.get(a), norms[a], docs.get(b), norms[b], df);
                sim[a][b] = s;
                sim[b][a] = s;
            }
        }
        Set<Long> keys = new HashSet<>();
        for (int a = 0; a < n; a++) {
            Integer[] others = new Integer[n - 1];
            int m = 0;
            for (int b = 0; b < n; b++) {
                if (b != a) {
                    others[m++] = b;
                }
            }
            double[] row = sim[a];
            int self = a;
            Arrays.sort(others, (x, y) -> x.equals(y) ? 0 : row[y] != row[x] ? Double.compare(row[y], row[x])
                    : Integer.compare(x, y));
            for (int r = 0; r < Math.min(k, others.length); r++) {
                if (row[others[r]] > 0) {
                    keys.add(key(self, others[r]));
                }
            }
        }
        List<CandidatePair> out = new ArrayList<>(keys.size());
        for (long key : keys) {
            int a = (int) (key >>> 32);
            int b = (int) key;
            out.add(new CandidatePair(a, b, sim[a][b]));
        }
        out.sort((x, y) -> x.similarity() != y.similarity() ? Double.compare(y.similarity(), x.similarity())
                : Long.compare(key(x.a(), x.b()), key(y.a(), y.b())));
        return out;
    }

    /** Every pair of a small folder, most similar first: comparing them all is quick, and nothing is missed. */
    private static List<CandidatePair> all(List<Fingerprint> docs, DocumentFrequencies df) {
        List<CandidatePair> out = new ArrayList<>();
        for (int a = 0; a < docs.size(); a++) {
            for (int b = a + 1; b < docs.size(); b++) {
                out.add(new CandidatePair(a, b, cosine(docs.get(a), docs.get(b), df)));
            }
        }
        out.sort((x, y) -> Double.compare(y.similarity(), x.similarity()));
        return out;
    }

    /** TF-IDF cosine of two fingerprints' content stems, 0 to 1. */
    public static double cosine(Fingerprint a, Fingerprint b, DocumentFrequencies df) {
        return cosine(a, norm(a, df), b, norm(b, df), df);
    }

    private static double cosine(Fingerprint a, double na, Fingerprint b, double nb, DocumentFrequencies df) {
        if (na == 0 || nb == 0) {
            return 0;
        }
        long[] ta = a.terms();
        long[] tb = b.terms();
        double dot = 0;
        int x = 0;
        int y = 0;
        while (x < ta.length && y < tb.length) {
            if (ta[x] < tb[y]) {
                x++;
            } else if (ta[x] > tb[y]) {
                y++;
            } else {
                double idf = df.idf(ta[x]);
                dot += (1 + Math.log(a.counts()[x])) * (1 + Math.log(b.counts()[y])) * idf * idf;
                x++;
                y++;
            }
        }
        return Math.min(1, dot / (na * nb));
    }

    private static double norm(Fingerprint f, DocumentFrequencies df) {
        double s = 0;
        for (int k = 0; k < f.terms().length; k++) {
            double w = (1 + Math.log(f.counts()[k])) * df.idf(f.terms()[k]);
            s += w * w;
        }
        return Math.sqrt(s);
    }

    private static int[] topByWeight(int[] touched, int n, double[] acc, int k) {
        Integer[] idx = new Integer[n];
        for (int x = 0; x < n; x++) {
            idx[x] = touched[x];
        }
        Arrays.sort(idx, (p, q) -> Double.compare(acc[q], acc[p]));
        int[] out = new int[Math.min(k, n)];
        for (int x = 0; x < out.length; x++) {
            out[x] = idx[x];
        }
        return out;
    }

    /** A pair of document indices as one long, smaller index in the high half. */
    public static long key(int i, int j) {
        int a = Math.min(i, j);
        int b = Math.max(i, j);
        return ((long) a << 32) | (b & 0xffffffffL);
    }
}
