package dev.parallax.engine.align;

import java.util.Locale;

/**
 * Thrown before any work when two articles are too long to compare in this JVM's heap, or both longer than the
 * comparison does in about a minute ({@link ComparisonEngine#MAX_CHARS}): what it would need, what there is, and
 * what to do, in one sentence (the command line prints it as its one line, the window shows it).
 */
public final class TooLargeToCompareException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long neededBytes;
    private final long heapBytes;

    TooLargeToCompareException(long chars, long neededBytes, long heapBytes) {
        this(message(chars, neededBytes, heapBytes), neededBytes, heapBytes);
    }

    private TooLargeToCompareException(String message, long neededBytes, long heapBytes) {
        super(message);
        this.neededBytes = neededBytes;
        this.heapBytes = heapBytes;
    }

    /** Two texts that fit the heap but are both longer than {@code maxChars}: minutes of work. */
    static TooLargeToCompareException tooLong(long shorter, long maxChars, long neededBytes, long heapBytes) {
        return new TooLargeToCompareException(String.format(Locale.ROOT, "too long to compare in reasonable time: "
                + "both texts are over %.1f million characters (the shorter is %.1f million), which can take minutes; "
                + "compare shorter parts, or allow it and wait (java -Dparallax.maxChars=%d -jar ..., or "
                + "PARALLAX_JAVA_OPTS=-Dparallax.maxChars=%d for the installed parallax)", maxChars / 1e6,
                shorter / 1e6, shorter, shorter), neededBytes, heapBytes);
    }

    /** The heap the comparison was estimated to need, in bytes. */
    public long neededBytes() {
        return neededBytes;
    }

    /** The JVM's largest heap, in bytes. */
    public long heapBytes() {
        return heapBytes;
    }

    private static String message(long chars, long needed, long heap) {
        long gb = Math.max(1, (needed + needed / 4 + (1L << 30) - 1) >> 30); // a quarter more: room for the GC
        return String.format(Locale.ROOT, "too large to compare in this Java heap: the two texts are %.1f million "
                + "characters and need about %,d MB, the heap is %,d MB; give it more (java -Xmx%dg -jar ..., or "
                + "PARALLAX_JAVA_OPTS=-Xmx%dg for the installed parallax) or compare shorter parts",
                chars / 1e6, needed >> 20, heap >> 20, gb, gb);
    }
}
