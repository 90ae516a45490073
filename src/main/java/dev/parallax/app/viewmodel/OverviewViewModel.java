package dev.parallax.app.viewmodel;

import dev.parallax.app.task.Job;
import dev.parallax.app.task.TaskRunner;
import dev.parallax.app.task.TaskTracker;
import dev.parallax.engine.EngineFactory;
import dev.parallax.engine.corpus.Candidates;
import dev.parallax.engine.corpus.Document;
import dev.parallax.engine.corpus.FolderScan;
import dev.parallax.engine.corpus.PairScore;
import dev.parallax.engine.corpus.ScanListener;
import dev.parallax.engine.corpus.ScanResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The folder overview's state: the articles the reader has loaded (never read again) and the pairs a scan of
 * them scores, filled in while the scan runs as a job on the app's {@link TaskRunner}, with the engine the
 * reader compares with ({@link EngineFactory}: its sensitivity and aliases). FX thread only.
 */
public final class OverviewViewModel {

    private final TaskTracker task;
    private final ObservableList<Document> documents = FXCollections.observableArrayList();
    private final ObservableList<PairScore> pairs = FXCollections.observableArrayList();
    // one read-only view each: such a view listens to its list weakly, so a view made per call could be
    // collected with the pane's listener on it
    private final ObservableList<Document> documentsView = FXCollections.unmodifiableObservableList(documents);
    private final ObservableList<PairScore> pairsView = FXCollections.unmodifiableObservableList(pairs);
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper(this, "complete");
    private Path folder;
    /** The last scan's pairs on their way to the FX thread; null once it was cancelled. */
    private Queue<PairScore> inbox;
    private ScanResult result;

    public OverviewViewModel(TaskRunner runner) {
        this.task = new TaskTracker(runner, "No folder scanned");
    }

    /** The documents of the reader's list: its readable entries, named by their path inside {@code folder}. */
    public static List<Document> documents(Path folder, List<ArticleEntry> entries) {
        List<Document> out = new ArrayList<>();
        Path base = folder.toAbsolutePath().normalize();
        for (ArticleEntry e : entries) {
            if (e.readable()) {
                out.add(new Document(FolderScan.idOf(base, e.path().toAbsolutePath().normalize()), e.article()));
            }
        }
        return out;
    }

    /** Scans the reader's entries of {@code folder} with the engine {@code factory} assembles. */
    public Job scan(Path folder, List<ArticleEntry> entries, EngineFactory factory) {
        int skipped = (int) entries.stream().filter(e -> !e.readable()).count();
        return scan(folder, documents(folder, entries), skipped, factory.scan());
    }

    /**
     * Scans {@code docs} (already read; {@code skipped} more could not be) with {@code scanner} in a background
     * job: the pairs arrive in batches while it runs. Returns the job (already started).
     */
    public Job scan(Path folder, List<Document> docs, int skipped, FolderScan scanner) {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(scanner, "scanner");
        List<Document> input = List.copyOf(docs);
        task.cancel();
        this.folder = folder;
        complete.set(false);
        result = null;
        pairs.clear();
        documents.setAll(input);
        Queue<PairScore> box = new ConcurrentLinkedQueue<>();
        inbox = box;
        AtomicBoolean drainScheduled = new AtomicBoolean();
        return task.run(progress -> scanner.scan(input, new ScanListener() {
            @Override
            public void progress(double done, String stage) {
                progress.progress(done, stage);
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }

            @Override
            public void pairScored(PairScore pair) {
                box.add(pair);
                // one hand-over per batch, not one per pair: the FX thread stays free
                if (drainScheduled.compareAndSet(false, true)) {
                    Platform.runLater(() -> {
                        drainScheduled.set(false);
                        drain(box);
                    });
                }
            }
        }), r -> {
            drain(box);
            result = r;
            complete.set(true);
            return summary(r, skipped);
        }, () -> {
            inbox = null; // what it scored late is not shown
            return "Scan cancelled; " + pairs.size() + " pairs shown";
        }, "Scan failed");
    }

    private void drain(Queue<PairScore> box) {
        if (box != inbox) {
            return; // a scan replaced or cancelled: what it scored late is not shown
        }
        List<PairScore> batch = new ArrayList<>();
        for (PairScore p; (p = box.poll()) != null; ) {
            batch.add(p);
        }
        if (!batch.isEmpty()) {
            pairs.addAll(batch);
        }
    }

    /** The status line of a finished scan. */
    static String summary(ScanResult r, int skipped) {
        int n = r.documents().size();
        String how = n == 2 ? "the one pair compared passage by passage"
                : n <= Candidates.COMPARE_ALL_UP_TO
                ? String.format(Locale.ROOT, "all %d pairs compared passage by passage", n * (n - 1) / 2)
                : String.format(Locale.ROOT, "%d pairs compared passage by passage", r.pairs().size());
        return String.format(Locale.ROOT, "%d articles, %d skipped; %s, %d of them share text; %d groups of"
                        + " related articles; %.1f s%s", n, skipped + r.skipped().size(), how,
                r.pairsAbove(0.01).size(), r.groups().size(), r.timings().total() / 1e9,
                r.skippedPairs().isEmpty() ? "" : "; " + r.skippedPairs().size()
                        + " pairs too long to compare left out (" + r.skippedPairs().get(0).reason() + ")");
    }

    /**
     * Why a pair of {@code documents} articles has no score, in words: still running, or left out by the scan
     * of a large folder (which compares only pairs that share distinctive words; the reader compares any pair).
     */
    public static String unscored(boolean complete, int documents) {
        if (!complete) {
            return "not compared yet";
        }
        if (documents <= Candidates.COMPARE_ALL_UP_TO) {
            return "not compared (the scan stopped before it)";
        }
        return "not compared by the scan: in a folder of more than " + Candidates.COMPARE_ALL_UP_TO
                + " articles it compares only pairs that share distinctive words (names, places, numbers), and"
                + " these two share too few; click to compare them in the reader";
    }

    /** Cancels the running scan, if any. */
    public void cancel() {
        task.cancel();
    }

    public TaskTracker task() {
        return task;
    }

    /** The folder of the last scan, or null. */
    public Path folder() {
        return folder;
    }

    /** The articles of the last scan, in the reader's order. */
    public ObservableList<Document> documents() {
        return documentsView;
    }

    /** The pairs scored so far (a batch at a time). */
    public ObservableList<PairScore> pairs() {
        return pairsView;
    }

    /** The last scan's result once it finished, else null. */
    public ScanResult result() {
        return result;
    }

    /** Whether the last scan finished, so every pair it compares is in {@link #pairs()}. */
    public ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }
}
