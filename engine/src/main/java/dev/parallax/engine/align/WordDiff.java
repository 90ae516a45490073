package dev.parallax.engine.align;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The word diff of two token runs: the deltas of java-diff-utils' {@code DiffUtils.diff(a, b, equalizer)} (its
 * greedy Myers diff, equal parts left out), the same deltas in the same order, computed on int ids in arrays.
 *
 * <p>The library's search allocates one or two path nodes per step and compares through a lambda; classifying
 * the links of a book pair spent most of its time there. This walks the same search (the same diagonals in the
 * same order, the same tie-break between an insertion and a deletion, the first end point found) and builds
 * the same changes from the path, so its deltas equal the library's; {@code WordDiffTest} checks that on real
 * passages and on random runs. The common prefix, which the search's first snake walks anyway, is matched on the
 * strings before the rest is mapped to ids. A search whose path records would pass {@link #MAX_RECORDS} (two
 * long runs with little in common) is handed to the library itself.
 */
final class WordDiff {

    /** A delta: tokens {@code [sourceStart, sourceEnd)} of the left run against {@code [targetStart, targetEnd)}. */
    record Delta(DeltaType type, int sourceStart, int sourceEnd, int targetStart, int targetEnd) {

        int sourceSize() {
            return sourceEnd - sourceStart;
        }

        int targetSize() {
            return targetEnd - targetStart;
        }
    }

    /** Path records (snakes) kept before falling back to the library: 5 ints each, about 20 MB. */
    static final int MAX_RECORDS = 1 << 20;

    private WordDiff() {
    }

    /** The deltas between {@code a} and {@code b}, tokens being equal when their {@code key} forms are. */
    static List<Delta> diff(List<Token> a, List<Token> b, Function<Token, String> key) {
        return diff(a, b, key, MAX_RECORDS);
    }

    /** {@link #diff(List, List, Function)}, handing the search to the library past {@code maxRecords}. */
    static List<Delta> diff(List<Token> a, List<Token> b, Function<Token, String> key, int maxRecords) {
        int n = a.size();
        int m = b.size();
        int p = 0;
        while (p < n && p < m && key.apply(a.get(p)).equals(key.apply(b.get(p)))) {
            p++;
        }
        if (p == n && p == m) {
            return List.of();
        }
        // ids from the left run's keys; a right key the left run lacks matches nothing (-1)
        int na = n - p;
        int nb = m - p;
        int[] x = new int[na];
        int[] y = new int[nb];
        Map<String, Integer> ids = new HashMap<>(Math.max(16, na * 2));
        for (int i = 0; i < na; i++) {
            Integer id = ids.get(key.apply(a.get(p + i)));
            if (id == null) {
                id = ids.size();
                ids.put(key.apply(a.get(p + i)), id);
            }
            x[i] = id;
        }
        for (int j = 0; j < nb; j++) {
            Integer id = ids.get(key.apply(b.get(p + j)));
            y[j] = id == null ? -1 : id;
        }
        List<Delta> out = search(x, y, p, maxRecords);
        if (out == null) {
            return library(a, b, key);
        }
        return out;
    }

    /**
     * The library's greedy search on {@code x} and {@code y} (offset by the matched prefix {@code p}), or null
     * past {@code maxRecords} records.
     *
     * <p>Each diagonal holds the furthest point reached and the path record a step from it continues: the last
     * snake on its path (a record: where the snake started, where it ended, and the record before it), record 0
     * being the start and the common prefix. A step without a snake continues its predecessor's record, which is
     * how the library joins consecutive edits into one change.
     */
    private static List<Delta> search(int[] x, int[] y, int p, int maxRecords) {
        final int n = x.length;
        final int m = y.length;
        final int max = n + m + 1;
        final int size = 1 + 2 * max;
        final int middle = size / 2;
        int[] vi = new int[size];
        int[] vrec = new int[size];
        int cap = 64;
        int[] startI = new int[cap];
        int[] startJ = new int[cap];
        int[] endI = new int[cap];
        int[] endJ = new int[cap];
        int[] parent = new int[cap];
        // record 0: the start, after the prefix (coordinates here are relative to it)
        int records = 1;
        parent[0] = -1;
        // the bootstrap node on diagonal +1: i = 0
        vi[middle + 1] = 0;
        vrec[middle + 1] = -1;
        for (int d = 0; d < max; d++) {
            for (int k = -d; k <= d; k += 2) {
                final int km = middle + k;
                final int kplus = km + 1;
                final int kminus = km - 1;
                int from;
                int i;
                if (k == -d || (k != d && vi[kminus] < vi[kplus])) {
                    i = vi[kplus];
                    from = kplus;
                } else {
                    i = vi[kminus] + 1;
                    from = kminus;
                }
                // the record a step from `from` continues (the bootstrap's is the start, record 0)
                int rec = d == 0 ? 0 : vrec[from];
                int j = i - k;
                int i0 = i;
                int j0 = j;
                while (i < n && j < m && x[i] == y[j]) {
                    i++;
                    j++;
                }
                boolean snake = false;
                if (d == 0) {
                    // the start: record 0 ends where the first snake does (none: the prefix is matched already)
                    startI[0] = i0;
                    startJ[0] = j0;
                    endI[0] = i;
                    endJ[0] = j;
                } else if (i != i0) {
                    if (records == cap) {
                        if (cap >= maxRecords) {
                            return null;
                        }
                        cap *= 2;
                        startI = Arrays.copyOf(startI, cap);
                        startJ = Arrays.copyOf(startJ, cap);
                        endI = Arrays.copyOf(endI, cap);
                        endJ = Arrays.copyOf(endJ, cap);
                        parent = Arrays.copyOf(parent, cap);
                    }
                    startI[records] = i0;
                    startJ[records] = j0;
                    endI[records] = i;
                    endJ[records] = j;
                    parent[records] = rec;
                    rec = records++;
                    snake = true;
                }
                vi[km] = i;
                vrec[km] = rec;
                if (i >= n && j >= m) {
                    return changes(snake, i, j, rec, d, startI, startJ, endI, endJ, parent, p);
                }
            }
        }
        throw new IllegalStateException("could not find a diff path");
    }

    /**
     * The library's changes from the path ending at {@code (i, j)}: one from each record's end (a snake's end,
     * or the start) to the start of the snake after it, or to the end point; in source order.
     */
    private static List<Delta> changes(boolean endsInSnake, int i, int j, int rec, int d, int[] startI,
                                       int[] startJ, int[] endI, int[] endJ, int[] parent, int p) {
        List<Delta> out = new ArrayList<>();
        int toI;
        int toJ;
        int anchor;
        if (d == 0) {
            return out; // equal after the prefix: no step was taken
        }
        if (endsInSnake) {
            toI = startI[rec];
            toJ = startJ[rec];
            anchor = parent[rec];
        } else {
            toI = i;
            toJ = j;
            anchor = rec;
        }
        while (true) {
            int fromI = endI[anchor];
            int fromJ = endJ[anchor];
            DeltaType type = fromI == toI && fromJ != toJ ? DeltaType.INSERT
                    : fromI != toI && fromJ == toJ ? DeltaType.DELETE : DeltaType.CHANGE;
            out.add(new Delta(type, p + fromI, p + toI, p + fromJ, p + toJ));
            if (anchor == 0) {
                break;
            }
            toI = startI[anchor];
            toJ = startJ[anchor];
            anchor = parent[anchor];
        }
        java.util.Collections.reverse(out);
        return out;
    }

    /** The library's own deltas, as {@link Delta}s. */
    static List<Delta> library(List<Token> a, List<Token> b, Function<Token, String> key) {
        List<AbstractDelta<Token>> deltas = DiffUtils.diff(a, b, (s, t) -> key.apply(s).equals(key.apply(t)))
                .getDeltas();
        List<Delta> out = new ArrayList<>(deltas.size());
        for (AbstractDelta<Token> d : deltas) {
            out.add(new Delta(d.getType(), d.getSource().getPosition(),
                    d.getSource().getPosition() + d.getSource().size(), d.getTarget().getPosition(),
                    d.getTarget().getPosition() + d.getTarget().size()));
        }
        return out;
    }
}
