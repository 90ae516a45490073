package dev.parallax.engine.align;

import java.util.Locale;

/**
 * Thrown before any work when two articles are too long to compare in this JVM's heap: what it would need, what
 * there is, and what to do, in one sentence (the command line prints it as its one line, the window shows it).
 */
public final class TooLargeToCompareException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long neededBytes;
    private final long heapBytes;

    TooLargeToCompareException(long chars, long neededBytes, long heapBytes) {
        super(message(chars, neededBytes, heapBytes));
        this.neededBytes = neededBytes;
        this.heapBytes = heapBytes;
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
