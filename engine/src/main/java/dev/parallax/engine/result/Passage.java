package dev.parallax.engine.result;

import dev.parallax.engine.text.Span;
import java.util.Objects;

/**
 * A sentence, or a block of sentences copied together, on one side of a comparison.
 *
 * @param id   {@code L0, L1, ...} on the left, {@code R0, ...} on the right, in text order
 * @param span where it is in its article's text
 * @param kind agree or conflict when it has a counterpart, unique otherwise
 * @param furniture page furniture (a slug, credit, label, teaser headline or byline, see
 *                  {@link dev.parallax.engine.text.Furniture}): shown dimmed, never linked, left out of the
 *                  counts and the shared share; always {@link Kind#UNIQUE}
 */
public record Passage(String id, Span span, Kind kind, boolean furniture) {

    public Passage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        if (furniture && kind != Kind.UNIQUE) {
            throw new IllegalArgumentException("furniture is never linked");
        }
    }

    /** A passage of the story itself (not furniture). */
    public Passage(String id, Span span, Kind kind) {
        this(id, span, kind, false);
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }
}
