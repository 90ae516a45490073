package dev.parallax.engine.result;

import dev.parallax.engine.text.Article;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of comparing two articles: each side's passages, the links between them and a summary.
 * Immutable; lookups by id are precomputed.
 */
public final class Comparison {

    private final Article left;
    private final Article right;
    private final List<Passage> leftPassages;
    private final List<Passage> rightPassages;
    private final List<Link> links;
    private final Summary summary;
    private final long elapsedNanos;
    private final Map<String, Passage> byId = new HashMap<>();
    private final Map<String, List<Link>> linksById = new HashMap<>();

    public Comparison(Article left, Article right, List<Passage> leftPassages, List<Passage> rightPassages,
                      List<Link> links, long elapsedNanos) {
        this.left = Objects.requireNonNull(left, "left");
        this.right = Objects.requireNonNull(right, "right");
        this.leftPassages = List.copyOf(leftPassages);
        this.rightPassages = List.copyOf(rightPassages);
        this.links = List.copyOf(links);
        this.elapsedNanos = elapsedNanos;
        for (Passage p : this.leftPassages) {
            byId.put(p.id(), p);
        }
        for (Passage p : this.rightPassages) {
            byId.put(p.id(), p);
        }
        Map<String, List<Link>> tmp = new HashMap<>();
        for (Link l : this.links) {
            if (!byId.containsKey(l.left()) || !byId.containsKey(l.right())) {
                throw new IllegalArgumentException("link names a missing passage: " + l);
            }
            tmp.computeIfAbsent(l.left(), k -> new java.util.ArrayList<>()).add(l);
            tmp.computeIfAbsent(l.right(), k -> new java.util.ArrayList<>()).add(l);
        }
        tmp.forEach((k, v) -> linksById.put(k, List.copyOf(v)));
        this.summary = summarize();
    }

    public Article left() {
        return left;
    }

    public Article right() {
        return right;
    }

    public List<Passage> leftPassages() {
        return leftPassages;
    }

    public List<Passage> rightPassages() {
        return rightPassages;
    }

    public List<Link> links() {
        return links;
    }

    public Summary summary() {
        return summary;
    }

    /** Wall time the comparison took, in nanoseconds (loading excluded). */
    public long elapsedNanos() {
        return elapsedNanos;
    }

    /** The passage with this id on either side, or null. */
    public Passage passage(String id) {
        return byId.get(id);
    }

    /** The links that name this passage id (empty for a unique passage). */
    public List<Link> linksOf(String passageId) {
        return linksById.getOrDefault(passageId, List.of());
    }

    /** Ids of the passages linked to this one, in link order. */
    public List<String> counterparts(String passageId) {
        return linksOf(passageId).stream().map(l -> l.left().equals(passageId) ? l.right() : l.left()).toList();
    }

    private Summary summarize() {
        int agree = 0;
        int conflict = 0;
        for (Link l : links) {
            if (l.kind() == Kind.CONFLICT) {
                conflict++;
            } else {
                agree++;
            }
        }
        long shared = 0;
        long total = 0;
        int[] l = count(leftPassages);
        int[] r = count(rightPassages);
        for (List<Passage> side : List.of(leftPassages, rightPassages)) {
            for (Passage p : side) {
                if (!p.furniture()) {
                    total += p.span().length();
                    shared += p.kind() == Kind.UNIQUE ? 0 : p.span().length();
                }
            }
        }
        double share = total == 0 ? 0 : (double) shared / total;
        return new Summary(agree, conflict, l[2], r[2], share, l[0], l[1], r[0], r[1], l[3], r[3]);
    }

    private static int[] count(List<Passage> ps) {
        int[] c = new int[4]; // agree, conflict, unique, furniture
        for (Passage p : ps) {
            c[p.furniture() ? 3 : p.kind().ordinal()]++;
        }
        return c;
    }
}
