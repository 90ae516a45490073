package dev.parallax.engine.claims;

import dev.parallax.engine.result.Comparison;
import java.util.Objects;

/**
 * One comparison of two articles of a collection: {@code a} and {@code b} index the documents, and the
 * comparison's left article is document {@code a}'s.
 */
public record PairComparison(int a, int b, Comparison comparison) {

    public PairComparison {
        Objects.requireNonNull(comparison, "comparison");
        if (a < 0 || b < 0 || a == b) {
            throw new IllegalArgumentException("need two different articles: " + a + ", " + b);
        }
    }
}
