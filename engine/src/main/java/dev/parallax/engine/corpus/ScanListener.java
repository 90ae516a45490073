package dev.parallax.engine.corpus;

import dev.parallax.engine.align.ProgressListener;
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

    /** A file that was left out, with a one-line reason. */
    default void skipped(Path file, String reason) {
    }
}
