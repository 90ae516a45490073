package dev.parallax.engine.claims;

import dev.parallax.engine.corpus.Document;
import dev.parallax.engine.corpus.Scan;
import dev.parallax.engine.result.Comparison;
import dev.parallax.engine.result.Difference;
import dev.parallax.engine.result.DifferenceType;
import dev.parallax.engine.result.Kind;
import dev.parallax.engine.result.Link;
import dev.parallax.engine.text.Article;
import dev.parallax.engine.text.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Joins the pairwise comparisons of a collection into claims (see the package description for the design and
 * the guard against chains). A pure function: documents and comparisons in, claims out.
 */
public final class Claims {

    private Claims() {
    }

    /** One sentence-to-sentence link taken from a pairwise link. */
    private record Edge(int u, int v, double similarity, int pair, int link, int leftSentence, int rightSentence) {
    }

    /**
     * The claims of {@code docs} from the comparisons in {@code pairs}: every group of passages from at least
     * two articles, most sources first (then by where the main wording stands), numbered {@code C1, C2, ...}.
     */
    public static List<Claim> join(List<Document> docs, List<PairComparison> pairs, JoinRules rules) {
        Objects.requireNonNull(docs, "docs");
        Objects.requireNonNull(pairs, "pairs");
        Objects.requireNonNull(rules, "rules");
        int n = docs.size();
        int[] base = new int[n + 1];
        for (int i = 0; i < n; i++) {
            base[i + 1] = base[i] + docs.get(i).article().sentences().size();
        }
        int nodes = base[n];
        int[] articleOf = new int[nodes];
        for (int i = 0; i < n; i++) {
            for (int s = base[i]; s < base[i + 1]; s++) {
                articleOf[s] = i;
            }
        }
        boolean[][] compared = new boolean[n][n];
        Map<Long, Edge> edges = new HashMap<>();
        for (int p = 0; p < pairs.size(); p++) {
            PairComparison pc = pairs.get(p);
            compared[pc.a()][pc.b()] = true;
            compared[pc.b()][pc.a()] = true;
            Comparison c = pc.comparison();
            List<Link> links = c.links();
            for (int k = 0; k < links.size(); k++) {
                Link l = links.get(k);
                List<Integer> ls = covered(c.left(), c.passage(l.left()).span());
                List<Integer> rs = covered(c.right(), c.passage(l.right()).span());
                for (int[] st : sentencePairs(ls, rs)) {
                    int u = base[pc.a()] + st[0];
                    int v = base[pc.b()] + st[1];
                    long key = u < v ? ((long) u << 32) | v : ((long) v << 32) | u;
                    Edge e = new Edge(u, v, l.similarity(), p, k, st[0], st[1]);
                    edges.merge(key, e, (x, y) -> x.similarity() >= y.similarity() ? x : y);
                }
            }
        }
        List<Edge> sorted = new ArrayList<>(edges.values());
        sorted.sort(Comparator.comparingDouble(Edge::similarity).reversed()
                .thenComparingInt(Edge::u).thenComparingInt(Edge::v));
        List<List<Integer>> adjacency = new ArrayList<>(nodes);
        for (int x = 0; x < nodes; x++) {
            adjacency.add(new ArrayList<>(2));
        }
        for (Edge e : sorted) {
            adjacency.get(e.u()).add(e.v());
            adjacency.get(e.v()).add(e.u());
        }

        // agglomerate: strongest links first, each merge guarded
        int[] parent = new int[nodes];
        List<List<Integer>> members = new ArrayList<>(nodes);
        for (int x = 0; x < nodes; x++) {
            parent[x] = x;
            List<Integer> m = new ArrayList<>(1);
            m.add(x);
            members.add(m);
        }
        Wording wording = rules.wording() > 0 ? Wording.of(docs) : null;
        boolean merged = true;
        for (int pass = 0; pass < 3 && merged; pass++) {
            merged = false;
            for (Edge e : sorted) {
                int x = find(parent, e.u());
                int y = find(parent, e.v());
                if (x == y || !mayMerge(members.get(x), members.get(y), articleOf, compared, adjacency, parent, y,
                        rules, wording)) {
                    continue;
                }
                if (members.get(x).size() < members.get(y).size()) {
                    int t = x;
                    x = y;
                    y = t;
                }
                parent[y] = x;
                members.get(x).addAll(members.get(y));
                members.set(y, List.of());
                merged = true;
            }
        }

        Map<Long, Edge> byKey = edges;
        List<Draft> drafts = new ArrayList<>();
        for (int x = 0; x < nodes; x++) {
            if (parent[x] != x || members.get(x).size() < 2) {
                continue;
            }
            List<Integer> m = new ArrayList<>(members.get(x));
            m.sort(null);
            long articles = m.stream().mapToInt(v -> articleOf[v]).distinct().count();
            if (articles < 2) {
                continue;
            }
            drafts.add(draft(m, docs, pairs, base, articleOf, byKey));
        }
        // a link the guard kept out of every claim still says that its two passages state the same thing:
        // it is a claim of its own (so the claims keep every pairwise link; a passage may then be in two)
        for (Edge e : sorted) {
            if (find(parent, e.u()) != find(parent, e.v())) {
                drafts.add(draft(List.of(Math.min(e.u(), e.v()), Math.max(e.u(), e.v())), docs, pairs, base,
                        articleOf, byKey));
            }
        }
        drafts.sort(Comparator.comparingInt((Draft d) -> -d.sources).thenComparing(d -> d.main));
        List<Claim> out = new ArrayList<>(drafts.size());
        for (int k = 0; k < drafts.size(); k++) {
            Draft d = drafts.get(k);
            out.add(new Claim("C" + (k + 1), d.passages, d.main, d.variants, d.first));
        }
        return out;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /** The guard: the per-article cap, and enough direct links for the pairs that could have one. */
    private static boolean mayMerge(List<Integer> xs, List<Integer> ys, int[] articleOf, boolean[][] compared,
                                    List<List<Integer>> adjacency, int[] parent, int yRoot, JoinRules rules,
                                    Wording wording) {
        Map<Integer, Integer> perArticle = new HashMap<>();
        for (int v : xs) {
            perArticle.merge(articleOf[v], 1, Integer::sum);
        }
        for (int v : ys) {
            if (perArticle.merge(articleOf[v], 1, Integer::sum) > rules.maxPerArticle()) {
                return false;
            }
        }
        // passage level: of the pairs of passages (one in each group) whose articles were compared, enough are
        // linked directly
        int comparable = 0;
        double overlap = 0;
        for (int u : xs) {
            for (int v : ys) {
                if (compared[articleOf[u]][articleOf[v]]) {
                    comparable++;
                    if (wording != null) {
                        overlap += wording.cosine(u, v);
                    }
                }
            }
        }
        // a claim grows beyond a pair only on shared detail: enough wording in common between the groups, and
        // no passage that says only the story's names (a headline, a name line), whose links rest on the names
        if (wording != null && xs.size() + ys.size() > 2) {
            if (overlap < rules.wording() * comparable) {
                return false;
            }
            if (xs.stream().anyMatch(wording::namesOnly) || ys.stream().anyMatch(wording::namesOnly)) {
                return false;
            }
        }
        int links = 0;
        for (int u : xs) {
            for (int v : adjacency.get(u)) {
                if (find(parent, v) == yRoot) {
                    links++;
                }
            }
        }
        return links >= 1 && links >= rules.support() * comparable;
    }

    /** A claim before it is numbered. */
    private record Draft(List<PassageRef> passages, PassageRef main, List<Claim.Variant> variants, int first,
                         int sources) {
    }

    private static Draft draft(List<Integer> m, List<Document> docs, List<PairComparison> pairs, int[] base,
                               int[] articleOf, Map<Long, Edge> edges) {
        List<PassageRef> refs = new ArrayList<>();
        for (int v : m) {
            refs.add(new PassageRef(articleOf[v], v - base[articleOf[v]]));
        }
        // main wording: the member most similar to the others; the edges inside the claim
        double[] weight = new double[m.size()];
        List<Edge> inside = new ArrayList<>();
        for (int i = 0; i < m.size(); i++) {
            for (int j = i + 1; j < m.size(); j++) {
                Edge e = edges.get(((long) m.get(i) << 32) | m.get(j));
                if (e != null) {
                    weight[i] += e.similarity();
                    weight[j] += e.similarity();
                    inside.add(e);
                }
            }
        }
        int best = 0;
        for (int i = 1; i < m.size(); i++) {
            if (weight[i] > weight[best]) {
                best = i;
            }
        }
        PassageRef main = refs.get(best);
        TreeSet<Integer> articles = new TreeSet<>();
        refs.forEach(r -> articles.add(r.article()));
        List<Claim.Variant> variants = variants(refs, main, inside, docs, pairs);
        return new Draft(refs, main, variants, first(articles, docs), articles.size());
    }

    /** The earliest carrier by publication date, or -1 when fewer than two carriers have dates or it is a tie. */
    static int first(java.util.Collection<Integer> articles, List<Document> docs) {
        int best = -1;
        LocalDate bestDate = null;
        boolean tie = false;
        int dated = 0;
        for (int a : articles) {
            LocalDate d = Scan.date(docs.get(a).article().date());
            if (d == null) {
                continue;
            }
            dated++;
            if (bestDate == null || d.isBefore(bestDate)) {
                bestDate = d;
                best = a;
                tie = false;
            } else if (d.equals(bestDate)) {
                tie = true;
            }
        }
        return dated >= 2 && !tie ? best : -1;
    }

    private static final Pattern SPACE = Pattern.compile("\\s+");

    /** The key two spellings of one value share: lower case, no white space. */
    static String valueKey(String text) {
        return SPACE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /**
     * The differing slots: the factual differences of the conflicting links inside the claim, values joined
     * into one slot when a difference sets them against each other; an article that gives no value in a
     * conflict but whose passage contains exactly one of the slot's values gives that one.
     */
    private static List<Claim.Variant> variants(List<PassageRef> refs, PassageRef main, List<Edge> inside,
                                                List<Document> docs, List<PairComparison> pairs) {
        // value node: type + key; union-find over nodes
        Map<String, Integer> node = new LinkedHashMap<>();
        List<String> display = new ArrayList<>();
        List<DifferenceType> types = new ArrayList<>();
        List<TreeSet<Integer>> givers = new ArrayList<>();
        List<Integer> parent = new ArrayList<>();
        for (Edge e : inside) {
            PairComparison pc = pairs.get(e.pair());
            Link l = pc.comparison().links().get(e.link());
            if (l.kind() != Kind.CONFLICT) {
                continue;
            }
            Article left = pc.comparison().left();
            Article right = pc.comparison().right();
            Span ls = left.sentences().get(e.leftSentence());
            Span rs = right.sentences().get(e.rightSentence());
            for (Difference d : l.conflicts()) {
                if (!within(d.left(), ls) || !within(d.right(), rs)) {
                    continue;
                }
                int x = valueNode(d.type(), d.left().of(left.text()), node, display, types, givers, parent);
                int y = valueNode(d.type(), d.right().of(right.text()), node, display, types, givers, parent);
                givers.get(x).add(pc.a());
                givers.get(y).add(pc.b());
                int rx = root(parent, x);
                int ry = root(parent, y);
                if (rx != ry) {
                    parent.set(ry, rx);
                }
            }
        }
        if (node.isEmpty()) {
            return List.of();
        }
        Map<Integer, List<Integer>> slots = new TreeMap<>();
        for (int k = 0; k < parent.size(); k++) {
            slots.computeIfAbsent(root(parent, k), z -> new ArrayList<>()).add(k);
        }
        List<Claim.Variant> out = new ArrayList<>();
        for (List<Integer> slot : slots.values()) {
            if (slot.size() < 2) {
                continue;
            }
            // articles that carry the claim without a conflict on this slot: a value their passage contains
            TreeSet<Integer> given = new TreeSet<>();
            slot.forEach(k -> given.addAll(givers.get(k)));
            for (PassageRef r : refs) {
                if (given.contains(r.article())) {
                    continue;
                }
                String text = docs.get(r.article()).article().sentences().get(r.sentence())
                        .of(docs.get(r.article()).article().text());
                String key = valueKey(text);
                int found = -1;
                int count = 0;
                for (int k : slot) {
                    String vk = valueKey(display.get(k));
                    if (!vk.isEmpty() && key.contains(vk)) {
                        found = k;
                        count++;
                    }
                }
                if (count == 1) {
                    givers.get(found).add(r.article());
                    given.add(r.article());
                }
            }
            List<Integer> order = new ArrayList<>(slot);
            order.sort(Comparator.comparingInt((Integer k) -> -givers.get(k).size())
                    .thenComparing(k -> givers.get(k).contains(main.article()) ? 0 : 1)
                    .thenComparing(k -> givers.get(k).first()));
            List<Claim.Variant.Value> values = new ArrayList<>();
            for (int k : order) {
                values.add(new Claim.Variant.Value(display.get(k), List.copyOf(givers.get(k))));
            }
            out.add(new Claim.Variant(types.get(slot.get(0)), values));
        }
        out.sort(Comparator.comparing(Claim.Variant::type));
        return out;
    }

    private static boolean within(Span d, Span sentence) {
        return d.isEmpty() || d.overlap(sentence) > 0;
    }

    private static int valueNode(DifferenceType type, String text, Map<String, Integer> node, List<String> display,
                                 List<DifferenceType> types, List<TreeSet<Integer>> givers, List<Integer> parent) {
        String t = SPACE.matcher(text.strip()).replaceAll(" ");
        String key = type.id() + "\u0000" + valueKey(t);
        Integer k = node.get(key);
        if (k == null) {
            k = display.size();
            node.put(key, k);
            display.add(t);
            types.add(type);
            givers.add(new TreeSet<>());
            parent.add(k);
        }
        return k;
    }

    private static int root(List<Integer> parent, int x) {
        while (parent.get(x) != x) {
            x = parent.get(x);
        }
        return x;
    }

    /** The sentences of {@code a} a passage covers: those it overlaps by at least half. */
    static List<Integer> covered(Article a, Span span) {
        List<Span> sents = a.sentences();
        int lo = 0;
        int hi = sents.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sents.get(mid).end() <= span.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<Integer> out = new ArrayList<>(1);
        for (int i = lo; i < sents.size() && sents.get(i).start() < span.end(); i++) {
            Span s = sents.get(i);
            if (s.overlap(span) * 2 >= s.length() && s.length() > 0) {
                out.add(i);
            }
        }
        return out;
    }

    /** A verbatim block pairs its sentences in order; otherwise every sentence with every other. */
    private static List<int[]> sentencePairs(List<Integer> ls, List<Integer> rs) {
        List<int[]> out = new ArrayList<>();
        if (ls.size() == rs.size()) {
            for (int k = 0; k < ls.size(); k++) {
                out.add(new int[] {ls.get(k), rs.get(k)});
            }
        } else {
            for (int l : ls) {
                for (int r : rs) {
                    out.add(new int[] {l, r});
                }
            }
        }
        return out;
    }
}
