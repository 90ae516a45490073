package dev.parallax.engine.align;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Synonym groups of content stems from WordNet 3.1 ({@code synonyms.tsv}, derived by {@code BuildSynonyms} in
 * the test sources): two stems match when they share a group, or when one names a kind of the other (its
 * main sense is a direct hyponym: "jet" of "plane"). Two kinds of one thing ("Monday", "Tuesday") do not
 * match. Immutable; the bundled table is loaded once.
 */
final class Synonyms {

    private static final int[] NONE = new int[0];
    private static volatile Synonyms bundled;

    private final Map<String, int[]> groups;
    /** Hypernym groups are numbered after the synonym groups: {@code group + OFFSET} is "a kind of group". */
    private static final int KIND_OF = 1 << 24;

    private Synonyms(Map<String, int[]> groups) {
        this.groups = groups;
    }

    /** The bundled WordNet table. */
    static Synonyms bundled() {
        Synonyms s = bundled;
        if (s == null) {
            synchronized (Synonyms.class) {
                if (bundled == null) {
                    bundled = load("synonyms.tsv");
                }
                s = bundled;
            }
        }
        return s;
    }

    /**
     * Starts loading the bundled table on a thread of its own, unless it is loaded already: an engine is built
     * before its texts are read and analyzed, which do not need the table, so the loading (a third of a second
     * on a cold JVM) overlaps them instead of delaying them. {@link #bundled()} waits for it.
     */
    static void preloadBundled() {
        if (bundled == null) {
            Thread t = new Thread(Synonyms::bundled, "parallax-synonyms");
            t.setDaemon(true);
            t.start();
        }
    }

    /** No synonyms at all (for measuring what they bring). */
    static Synonyms none() {
        return new Synonyms(Map.of());
    }

    /** The groups of each stem, sorted (empty when it has none). */
    int[][] groupsOf(String[] stems) {
        int[][] out = new int[stems.length][];
        for (int t = 0; t < stems.length; t++) {
            out[t] = groups.getOrDefault(stems[t], NONE);
        }
        return out;
    }

    /** The sorted, distinct groups of each sentence's terms. */
    static int[][] sentenceGroups(SparseVector[] sentences, int[][] termGroups) {
        int[][] out = new int[sentences.length][];
        for (int s = 0; s < sentences.length; s++) {
            int n = 0;
            for (int t : sentences[s].terms()) {
                n += termGroups[t].length;
            }
            int[] g = new int[n];
            int k = 0;
            for (int t : sentences[s].terms()) {
                for (int x : termGroups[t]) {
                    g[k++] = x;
                }
            }
            Arrays.sort(g);
            int d = 0;
            for (int x = 0; x < g.length; x++) {
                if (x == 0 || g[x] != g[x - 1]) {
                    g[d++] = g[x];
                }
            }
            out[s] = Arrays.copyOf(g, d);
        }
        return out;
    }

    /**
     * How many terms of one sentence are not in the other but have a synonym there (the mean of both
     * directions, rounded down). {@code aSynonymTerms} are the terms with a synonym in {@code a}
     * ({@link #synonymTerms}), and so for {@code b}.
     */
    static int matches(SparseVector a, int[] aGroups, int[] aSynonymTerms, SparseVector b, int[] bGroups,
                       int[] bSynonymTerms) {
        if (aGroups.length == 0 || bGroups.length == 0) {
            return 0;
        }
        return (oneWay(a.terms(), b.terms(), bSynonymTerms) + oneWay(b.terms(), a.terms(), aSynonymTerms)) / 2;
    }

    /**
     * The same as {@link #matches(SparseVector, int[], int[], SparseVector, int[], int[])}, searching the groups
     * of each term: cheaper when a pair of texts has few candidate pairs per sentence (news articles).
     */
    static int matches(SparseVector a, int[] aGroups, SparseVector b, int[] bGroups, int[][] termGroups) {
        if (aGroups.length == 0 || bGroups.length == 0) {
            return 0;
        }
        return (oneWay(a, b, bGroups, termGroups) + oneWay(b, a, aGroups, termGroups)) / 2;
    }

    private static int oneWay(SparseVector from, SparseVector to, int[] toGroups, int[][] termGroups) {
        int n = 0;
        for (int t : from.terms()) {
            if (termGroups[t].length == 0 || Arrays.binarySearch(to.terms(), t) >= 0) {
                continue;
            }
            for (int g : termGroups[t]) {
                // same group; t a kind of the other's word; the other's word a kind of t (not two kinds of one thing)
                boolean hit = g < KIND_OF
                        ? Arrays.binarySearch(toGroups, g) >= 0 || Arrays.binarySearch(toGroups, g + KIND_OF) >= 0
                        : Arrays.binarySearch(toGroups, g - KIND_OF) >= 0;
                if (hit) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    /** The terms of {@code from} (sorted) that are not in {@code to} (sorted) but among {@code hits} (sorted). */
    private static int oneWay(int[] from, int[] to, int[] hits) {
        int n = 0;
        int j = 0;
        int h = 0;
        for (int t : from) {
            while (h < hits.length && hits[h] < t) {
                h++;
            }
            if (h == hits.length) {
                break;
            }
            if (hits[h] != t) {
                continue;
            }
            while (j < to.length && to[j] < t) {
                j++;
            }
            if (j < to.length && to[j] == t) {
                continue;
            }
            n++;
        }
        return n;
    }

    /**
     * For each sentence, given its sorted groups, the sorted ids of the terms (of those {@code wanted}) that have a
     * synonym in it: a group of the term is one of the sentence's groups, or the term is a kind of one of the
     * sentence's words ({@code g + KIND_OF} there), or one of the sentence's words is a kind of the term (two
     * kinds of one thing do not match). Computed once per sentence, so that {@link #matches} is a merge of sorted
     * term lists rather than a search per term and group.
     */
    static int[][] synonymTerms(int[][] sentenceGroups, int[][] termGroups, boolean[] wanted) {
        // inverted index: group x -> the wanted terms t whose match test looks for x in the other sentence
        int n = 0;
        for (int t = 0; t < termGroups.length; t++) {
            if (wanted[t]) {
                for (int g : termGroups[t]) {
                    n += g < KIND_OF ? 2 : 1;
                }
            }
        }
        long[] packed = new long[n];
        int k = 0;
        for (int t = 0; t < termGroups.length; t++) {
            if (!wanted[t]) {
                continue;
            }
            for (int g : termGroups[t]) {
                if (g < KIND_OF) {
                    packed[k++] = ((long) g << 32) | t;
                    packed[k++] = ((long) (g + KIND_OF) << 32) | t;
                } else {
                    packed[k++] = ((long) (g - KIND_OF) << 32) | t;
                }
            }
        }
        Arrays.sort(packed);
        int[] keys = new int[n];
        int[] starts = new int[n + 1];
        int[] terms = new int[n];
        int d = 0;
        for (int x = 0; x < n; x++) {
            int g = (int) (packed[x] >>> 32);
            if (d == 0 || keys[d - 1] != g) {
                keys[d] = g;
                starts[d++] = x;
            }
            terms[x] = (int) packed[x];
        }
        starts[d] = n;
        int[][] out = new int[sentenceGroups.length][];
        int[] buf = new int[16];
        for (int s = 0; s < sentenceGroups.length; s++) {
            int m = 0;
            for (int g : sentenceGroups[s]) {
                int at = Arrays.binarySearch(keys, 0, d, g);
                if (at < 0) {
                    continue;
                }
                int len = starts[at + 1] - starts[at];
                if (m + len > buf.length) {
                    buf = Arrays.copyOf(buf, Math.max(2 * buf.length, m + len));
                }
                System.arraycopy(terms, starts[at], buf, m, len);
                m += len;
            }
            Arrays.sort(buf, 0, m);
            int u = 0;
            for (int x = 0; x < m; x++) {
                if (u == 0 || buf[x] != buf[u - 1]) {
                    buf[u++] = buf[x];
                }
            }
            out[s] = Arrays.copyOf(buf, u);
        }
        return out;
    }

    private static Synonyms load(String resource) {
        Map<String, List<Integer>> m = new HashMap<>();
        try (InputStream in = Synonyms.class.getResourceAsStream(resource)) {
            if (in == null) {
                return new Synonyms(Map.of());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int group = 0;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                int bar = line.indexOf(" | ");
                String own = bar < 0 ? line : line.substring(0, bar);
                for (String stem : own.split(" ")) {
                    m.computeIfAbsent(stem, k -> new ArrayList<>(2)).add(group);
                }
                if (bar >= 0) {
                    for (String stem : line.substring(bar + 3).split(" ")) {
                        m.computeIfAbsent(stem, k -> new ArrayList<>(2)).add(group + KIND_OF);
                    }
                }
                group++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // each stem's groups sorted and distinct (a loop: a stream per stem cost more than reading the table)
        Map<String, int[]> out = new HashMap<>(m.size() * 2);
        m.forEach((k, v) -> {
            int[] g = new int[v.size()];
            for (int i = 0; i < g.length; i++) {
                g[i] = v.get(i);
            }
            Arrays.sort(g);
            int n = 0;
            for (int i = 0; i < g.length; i++) {
                if (n == 0 || g[i] != g[n - 1]) {
                    g[n++] = g[i];
                }
            }
            out.put(k, n == g.length ? g : Arrays.copyOf(g, n));
        });
        return new Synonyms(out);
    }
}
