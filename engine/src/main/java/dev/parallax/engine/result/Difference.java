package dev.parallax.engine.result;

import dev.parallax.engine.text.Span;
import java.util.Objects;

/**
 * One typed difference between two matched passages.
 *
 * @param type  what it changes
 * @param left  the span in the left article's text (empty where the left side has nothing)
 * @param right the span in the right article's text (empty where the right side has nothing)
 */
public record Difference(DifferenceType type, Span left, Span right) {

    public Difference {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }

    /** A readable line such as {@code number: 200,000 vs 250,000}. */
    public String describe(String leftText, String rightText) {
        String l = left.isEmpty() ? "(nothing)" : left.of(leftText);
        String r = right.isEmpty() ? "(nothing)" : right.of(rightText);
        return type.id() + ": " + l + " vs " + r;
    }
}
