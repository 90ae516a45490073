package dev.parallax.engine.corpus;

import dev.parallax.engine.align.ProgressListener;
import dev.parallax.engine.result.Comparison;
import java.nio.file.Path;
import java.util.List;

/**
 * Hears a folder scan as it runs: progress, the documents once read, each pair as soon as it is scored, files
 * that could not be read. Calls come from the scan's worker threads, one at a time (never concurrently).
 */
public interface ScanListener extends ProgressListener {

    /** A listener that ignores everything and never cancels. */
    ScanListener NONE = (done, stage) -> { };

    /** All readable documents, in scan order, before any pair is scored. */
    default void documentsRead(List<Document> documents) {
    }

    /** One pair, scored; pairs arrive most similar first, not in final rank order. */
    default void pairScored(PairScore pair) {
    }

    /**
     * One pair's comparison, just made: {@code a} and {@code b} index the documents given to
     * {@link #documentsRead} ({@code a < b}; the comparison's left article is document {@code a}'s).
     * Arrives before {@link #pairScored} for the same pair.
     */
    default void compared(int a, int b, Comparison comparison) {
    }

    /** A file that was left out, with a one-line reason. */
    default void skipped(Path file, String reason) {
    }

    /**
     * A candidate pair that was not aligned (ids of the documents given to {@link #documentsRead}), with a
     * one-line reason: the two are too long to compare in the heap. The rest of the scan goes on.
     */
    default void pairSkipped(String a, String b, String reason) {
    }
}
