package dev.parallax.engine.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.engine.result.Comparison;
import dev.parallax.engine.result.Link;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores sentence pairs against a topic's gold as {@code score_pairs.py} does: a passage covers a gold
 * sentence it overlaps by at least half; a pair of covered sentences counts only where both are annotated, and
 * only for the gold pairs of files.
 */
final class ClaimsScoring {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ClaimsScoring() {
    }

    record Counts(int tp, int fp, int fn) {
        Counts plus(Counts o) {
            return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
        }

        double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "R %.3f P %.3f (tp %d fp %d fn %d)", recall(), precision(),
                    tp, fp, fn);
        }
    }

    /** A passage as the claims JSON gives it. */
    record Span(String article, int start, int end) {
    }

    /** The claims of a claims JSON, each as its passages. */
    static List<List<Span>> claimsOf(String json) throws IOException {
        List<List<Span>> out = new ArrayList<>();
        for (JsonNode c : JSON.readTree(json).get("claims")) {
            List<Span> ps = new ArrayList<>();
            for (JsonNode p : c.get("passages")) {
                ps.add(new Span(p.get("article").asText(), p.get("start").asInt(), p.get("end").asInt()));
            }
            out.add(ps);
        }
        return out;
    }

    /** The sentence pairs the claims put together, scored on every gold pair of the topic. */
    static Counts claims(List<List<Span>> claims, EcbTopics.Gold gold) {
        Map<String, Set<Long>> predicted = new HashMap<>();
        for (List<Span> claim : claims) {
            for (Span x : claim) {
                for (Span y : claim) {
                    if (!x.article().equals(y.article())) {
                        add(predicted, gold, x.article(), x.start(), x.end(), y.article(), y.start(), y.end());
                    }
                }
            }
        }
        return count(predicted, gold);
    }

    /** The pairwise engine's links on the same gold pairs, from the comparisons the claims were joined from. */
    static Counts pairwise(ClaimsResult r, EcbTopics.Gold gold) {
        Map<String, Set<Long>> predicted = new HashMap<>();
        for (PairComparison p : r.pairs()) {
            Comparison c = p.comparison();
            String a = r.documents().get(p.a()).id();
            String b = r.documents().get(p.b()).id();
            for (Link l : c.links()) {
                var ls = c.passage(l.left()).span();
                var rs = c.passage(l.right()).span();
                add(predicted, gold, a, ls.start(), ls.end(), b, rs.start(), rs.end());
                add(predicted, gold, b, rs.start(), rs.end(), a, ls.start(), ls.end());
            }
        }
        return count(predicted, gold);
    }

    private static void add(Map<String, Set<Long>> predicted, EcbTopics.Gold gold, String a, int as, int ae,
                            String b, int bs, int be) {
        EcbTopics.GoldArticle ga = gold.articles().get(a);
        EcbTopics.GoldArticle gb = gold.articles().get(b);
        if (ga == null || gb == null) {
            return;
        }
        for (int i : EcbTopics.covered(as, ae, ga.sents())) {
            for (int j : EcbTopics.covered(bs, be, gb.sents())) {
                if (ga.annotated().contains(i) && gb.annotated().contains(j)) {
                    predicted.computeIfAbsent(a + "\u0000" + b, k -> new HashSet<>()).add(EcbTopics.key(i, j));
                }
            }
        }
    }

    private static Counts count(Map<String, Set<Long>> predicted, EcbTopics.Gold gold) {
        Counts all = new Counts(0, 0, 0);
        for (EcbTopics.GoldPair g : gold.pairs()) {
            Set<Long> p = predicted.getOrDefault(g.a() + "\u0000" + g.b(), Set.of());
            int tp = 0;
            for (long k : p) {
                tp += g.links().contains(k) ? 1 : 0;
            }
            all = all.plus(new Counts(tp, p.size() - tp, g.links().size() - tp));
        }
        return all;
    }
}
