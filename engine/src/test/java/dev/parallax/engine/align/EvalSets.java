package dev.parallax.engine.align;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.engine.result.Comparison;
import dev.parallax.engine.result.Link;
import dev.parallax.engine.text.Article;
import dev.parallax.engine.text.ArticleLoader;
import dev.parallax.engine.text.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Gold sentence-link sets in the shape {@code score_pairs.py} reads, and a port of that scorer: a predicted
 * passage covers a gold sentence when it overlaps at least half of it; a link yields every pair of covered
 * sentences, counted only where both are annotated (when the gold says which are).
 */
final class EvalSets {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EvalSets() {
    }

    /** One gold pair: the two articles, their gold sentence spans, the links and the annotated sentences. */
    record GoldPair(String name, Article left, Article right, List<int[]> leftSents, List<int[]> rightSents,
                    Set<Long> links, Set<Integer> leftAnnotated, Set<Integer> rightAnnotated) {

        /** The ECB+ topic ("16" of "16-10ecbplus-16-2ecbplus"), or the whole name. */
        String topic() {
            int dash = name.indexOf('-');
            return dash < 0 ? name : name.substring(0, dash);
        }
    }

    /** Micro counts. */
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

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format("R %.3f P %.3f F1 %.3f (tp %d fp %d fn %d)", recall(), precision(), f1(), tp, fp, fn);
        }
    }

    static long key(int i, int j) {
        return ((long) i << 32) | j;
    }

    /** Reads {@code base/gold.json} with the texts in {@code base/pairs/NAME/{left,right}.txt}. */
    static List<GoldPair> load(Path base) throws IOException {
        JsonNode gold = JSON.readTree(base.resolve("gold.json").toFile());
        ArticleLoader loader = ArticleLoader.create();
        List<GoldPair> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Path dir = base.resolve("pairs").resolve(e.getKey());
            JsonNode g = e.getValue();
            Set<Long> links = new HashSet<>();
            for (JsonNode l : g.get("links")) {
                links.add(key(l.get(0).asInt(), l.get(1).asInt()));
            }
            List<int[]> ls = sents(g.get("left_sents"));
            List<int[]> rs = sents(g.get("right_sents"));
            try {
                out.add(new GoldPair(e.getKey(), loader.load(dir.resolve("left.txt")), loader.load(dir.resolve("right.txt")),
                        ls, rs, links, annotated(g.get("left_annotated"), ls.size()),
                        annotated(g.get("right_annotated"), rs.size())));
            } catch (dev.parallax.engine.text.UnreadableInputException ex) {
                throw new IOException(ex);
            }
        }
        return out;
    }

    /**
     * The {@code news_synth} pairs of ABCD-Link (Wikinews original against a model-written rewrite) rebuilt as
     * the Wikinews set is (rewrite on the left; headline and second sentence on their own lines, the body in
     * paragraphs of three sentences), leaving out the pairs whose slug is in {@code exclude}.
     */
    static List<GoldPair> newsSynth(Path dir, Set<String> exclude) throws IOException {
        JsonNode docs = JSON.readTree(dir.resolve("docs.json").toFile());
        JsonNode links = JSON.readTree(dir.resolve("news_synth_links.json").toFile());
        List<GoldPair> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = links.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String slug = slug(e.getKey());
            // the Wikinews folder names are cut at 60 characters
            if (exclude.contains(slug) || exclude.stream().anyMatch(w -> w.length() >= 59
                    && slug.startsWith(w.replaceAll("-$", "")))) {
                continue;
            }
            JsonNode p = e.getValue();
            List<int[]> ls = new ArrayList<>();
            List<int[]> rs = new ArrayList<>();
            String lt = layout(docs.get(p.get("doc1").asText()), ls);
            String rt = layout(docs.get(p.get("doc2").asText()), rs);
            Set<Long> gl = new HashSet<>();
            for (Iterator<Map.Entry<String, JsonNode>> l = p.get("links").fields(); l.hasNext(); ) {
                Map.Entry<String, JsonNode> x = l.next();
                for (JsonNode r : x.getValue()) {
                    gl.add(key(Integer.parseInt(x.getKey()), Integer.parseInt(r.asText())));
                }
            }
            out.add(new GoldPair(slug, Article.ofText(slug + "/left.txt", lt), Article.ofText(slug + "/right.txt", rt),
                    ls, rs, gl, all(ls.size()), all(rs.size())));
        }
        return out;
    }

    /** The Wikinews set's folder name for a title: runs of other characters become one hyphen. */
    static String slug(String title) {
        return title.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static String layout(JsonNode doc, List<int[]> spans) {
        TreeMap<Integer, String> sents = new TreeMap<>();
        doc.fields().forEachRemaining(f -> sents.put(Integer.parseInt(f.getKey()), f.getValue().asText().strip()));
        StringBuilder sb = new StringBuilder();
        int k = 0;
        for (String s : sents.values()) {
            if (k > 0) {
                sb.append(k <= 2 || (k - 2) % 3 == 0 ? "\n\n" : " ");
            }
            spans.add(new int[] {sb.length(), sb.length() + s.length()});
            sb.append(s);
            k++;
        }
        return sb.append('\n').toString();
    }

    /** Scores one comparison against its gold, as score_pairs.py does. */
    static Counts score(Comparison c, GoldPair g) {
        Set<Long> predicted = new HashSet<>();
        for (Link l : c.links()) {
            for (int i : covered(c.passage(l.left()).span(), g.leftSents())) {
                for (int j : covered(c.passage(l.right()).span(), g.rightSents())) {
                    if (g.leftAnnotated().contains(i) && g.rightAnnotated().contains(j)) {
                        predicted.add(key(i, j));
                    }
                }
            }
        }
        int tp = 0;
        for (long p : predicted) {
            tp += g.links().contains(p) ? 1 : 0;
        }
        return new Counts(tp, predicted.size() - tp, g.links().size() - tp);
    }

    static List<Integer> covered(Span span, List<int[]> sents) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < sents.size(); i++) {
            int s = sents.get(i)[0];
            int e = sents.get(i)[1];
            if (Math.max(0, Math.min(span.end(), e) - Math.max(span.start(), s)) * 2 >= e - s) {
                out.add(i);
            }
        }
        return out;
    }

    private static List<int[]> sents(JsonNode arr) {
        List<int[]> out = new ArrayList<>();
        for (JsonNode s : arr) {
            out.add(new int[] {s.get(0).asInt(), s.get(1).asInt()});
        }
        return out;
    }

    private static Set<Integer> annotated(JsonNode arr, int n) {
        if (arr == null) {
            return all(n);
        }
        Set<Integer> out = new HashSet<>();
        arr.forEach(x -> out.add(x.asInt()));
        return out;
    }

    private static Set<Integer> all(int n) {
        Set<Integer> out = new HashSet<>();
        for (int i = 0; i < n; i++) {
            out.add(i);
        }
        return out;
    }
}
