package dev.parallax.engine.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Articles that tell the same story: connected components of the pairs that pass a test (union-find). Groups
 * of one are left out.
 */
public final class Groups {

    private Groups() {
    }

    /**
     * When a scored pair puts its two articles in one group: a related pair that shares at least {@code share}
     * of its text or has a cosine of at least {@code similarity}; or two articles that are each other's best pair
     * ({@link #mutualBest}) at half that cosine. The one definition of the rule, for the desktop scan and the
     * Spark job alike.
     */
    public record Linking(double share, double similarity) implements java.io.Serializable {

        /** The scan's grouping (FolderScan's default, and the Spark job's). */
        public static final Linking DEFAULT = new Linking(0.15, 0.3);

        /** Whether a pair with these scores links its two articles ({@code mutualBest}: each is the other's best). */
        public boolean links(boolean related, double sharedShare, double cosine, boolean mutualBest) {
            return related && (sharedShare >= share || cosine >= similarity)
                    || mutualBest && cosine >= similarity / 2;
        }

        /** Whether {@code p} links its two articles. */
        public boolean links(PairScore p, boolean mutualBest) {
            return links(p.related(), p.sharedShare(), p.similarity(), mutualBest);
        }
    }

    /**
     * The groups among {@code ids} linked by the pairs that pass {@code linked}; each group in the order of
     * {@code ids}, groups by their first member.
     */
    public static List<List<String>> of(List<String> ids, List<PairScore> pairs, Predicate<PairScore> linked) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        int[] parent = new int[ids.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (PairScore p : pairs) {
            Integer a = index.get(p.a());
            Integer b = index.get(p.b());
            if (a != null && b != null && linked.test(p)) {
                int ra = find(parent, a);
                int rb = find(parent, b);
                if (ra != rb) {
                    parent[Math.max(ra, rb)] = Math.min(ra, rb);
                }
            }
        }
        Map<Integer, List<String>> groups = new TreeMap<>();
        for (int i = 0; i < ids.size(); i++) {
            groups.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(ids.get(i));
        }
        List<List<String>> out = new ArrayList<>();
        for (List<String> g : groups.values()) {
            if (g.size() > 1) {
                out.add(List.copyOf(g));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The pairs that are the best-ranked pair of both their documents (mutual nearest neighbours): a
     * heavy rewrite shares few words with its source, but still more than with anything else.
     */
    public static java.util.Set<PairScore> mutualBest(List<PairScore> ranked) {
        Map<String, PairScore> best = new HashMap<>();
        for (PairScore p : ranked) {
            best.merge(p.a(), p, (x, y) -> PairScore.byRank(x, y) <= 0 ? x : y);
            best.merge(p.b(), p, (x, y) -> PairScore.byRank(x, y) <= 0 ? x : y);
        }
        java.util.Set<PairScore> out = new java.util.HashSet<>();
        for (PairScore p : ranked) {
            if (best.get(p.a()) == p && best.get(p.b()) == p) {
                out.add(p);
            }
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
