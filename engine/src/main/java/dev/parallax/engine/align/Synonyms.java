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
     * directions, rounded down).
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
        Map<String, int[]> out = new HashMap<>(m.size() * 2);
        m.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).sorted().distinct().toArray()));
        return new Synonyms(out);
    }
}
