package dev.parallax.engine.result;

import dev.parallax.engine.text.Span;
import java.util.Objects;

/**
 * A sentence, or a block of sentences copied together, on one side of a comparison.
 *
 * @param id   {@code L0, L1, ...} on the left, {@code R0, ...} on the right, in text order
 * @param span where it is in its article's text
 * @param kind agree or conflict when it has a counterpart, unique otherwise
 */
public record Passage(String id, Span span, Kind kind) {

    public Passage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }
}
