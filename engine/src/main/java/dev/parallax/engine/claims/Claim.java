package dev.parallax.engine.claims;

import dev.parallax.engine.result.DifferenceType;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One claim: passages of several articles that state the same thing.
 *
 * @param id       {@code C1, C2, ...} in the order of the claims (most sources first)
 * @param passages the passages, by article then sentence; at most {@link JoinRules#maxPerArticle} per article
 * @param main     the passage whose wording is closest to all the others (the claim's main wording)
 * @param variants where the articles differ: each a slot with its values, most articles first
 * @param first    the article that carried it first by publication date, or -1 when the dates do not say
 */
public record Claim(String id, List<PassageRef> passages, PassageRef main, List<Variant> variants, int first) {

    public Claim {
        Objects.requireNonNull(id, "id");
        passages = List.copyOf(passages);
        Objects.requireNonNull(main, "main");
        variants = List.copyOf(variants);
    }

    /** The articles that carry the claim, ascending. */
    public Set<Integer> articles() {
        Set<Integer> out = new TreeSet<>();
        passages.forEach(p -> out.add(p.article()));
        return out;
    }

    /** How many articles carry it. */
    public int sources() {
        return articles().size();
    }

    /** Whether the articles disagree on a value. */
    public boolean contested() {
        return !variants.isEmpty();
    }

    /** The passages {@code article} gives, empty when it does not carry the claim. */
    public List<PassageRef> passagesOf(int article) {
        return passages.stream().filter(p -> p.article() == article).toList();
    }

    /**
     * The value {@code article} gives where it differs from the claim's main value, or null when it agrees or
     * gives none.
     */
    public Variant.Value differentValue(int article) {
        for (Variant v : variants) {
            Variant.Value main = v.values().get(0);
            for (Variant.Value val : v.values()) {
                if (val != main && val.articles().contains(article) && !main.articles().contains(article)) {
                    return val;
                }
            }
        }
        return null;
    }

    /**
     * One differing slot of a claim (the death toll, the day): its type and each value with the articles that
     * give it; the main value (most articles, ties: the main wording's) first.
     */
    public record Variant(DifferenceType type, List<Value> values) {

        public Variant {
            Objects.requireNonNull(type, "type");
            values = List.copyOf(values);
        }

        /** One value as an article writes it ("" where the article has nothing in that place). */
        public record Value(String text, List<Integer> articles) {
            public Value {
                Objects.requireNonNull(text, "text");
                articles = List.copyOf(articles);
            }
        }
    }
}
