package dev.parallax.engine.result;

import java.util.List;
import java.util.Objects;

/**
 * A left passage matched with a right passage.
 *
 * @param left        id of the left passage
 * @param right       id of the right passage
 * @param kind        {@link Kind#AGREE} or {@link Kind#CONFLICT}
 * @param similarity  0 to 1
 * @param differences every word-level difference, typed; a conflict has at least one factual one
 */
public record Link(String left, String right, Kind kind, double similarity, List<Difference> differences) {

    public Link {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.UNIQUE) {
            throw new IllegalArgumentException("a link is agree or conflict");
        }
        differences = List.copyOf(differences);
    }

    /** The differences that make this link a conflict. */
    public List<Difference> conflicts() {
        return differences.stream().filter(d -> d.type().isFactual()).toList();
    }
}
