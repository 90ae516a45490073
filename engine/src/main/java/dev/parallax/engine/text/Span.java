package dev.parallax.engine.text;

/**
 * A half-open range {@code [start, end)} of UTF-16 code units in an article's text.
 *
 * @param start first index, inclusive
 * @param end   last index, exclusive; {@code end >= start}
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return end == start;
    }

    /** Number of code units this span shares with {@code other}. */
    public int overlap(Span other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
    }

    public boolean contains(int index) {
        return index >= start && index < end;
    }

    /** The text this span covers. */
    public String of(String text) {
        return text.substring(start, end);
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
