package dev.parallax.engine.claims;

import dev.parallax.engine.corpus.Candidates;
import dev.parallax.engine.corpus.Document;
import dev.parallax.engine.corpus.FolderScan;
import dev.parallax.engine.corpus.ScanListener;
import dev.parallax.engine.corpus.ScanResult;
import dev.parallax.engine.result.Comparison;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The claims of a folder on this machine: a folder scan whose candidate stage is each article's
 * {@link #NEAREST} nearest ({@link Candidates#nearest}), its comparisons kept as they arrive, then
 * {@link Claims#join}. The listener hears the scan's progress (scaled to 0..0.95) and can cancel.
 */
public final class ClaimsScan {

    /** Each article is compared with this many of its nearest others (all of them in a folder of 13 or fewer). */
    public static final int NEAREST = 12;

    private final FolderScan.Builder scan;
    private final JoinRules rules;

    /** A claims scan over {@code scan}'s engine and loader (from {@code EngineFactory.claimsScan()}). */
    public ClaimsScan(FolderScan.Builder scan, JoinRules rules) {
        this.scan = Objects.requireNonNull(scan, "scan")
                .candidateStage((fps, df, o, cancelled) -> Candidates.nearest(fps, df, NEAREST, cancelled));
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /**
     * @throws IOException when the folder itself cannot be listed
     * @throws java.util.concurrent.CancellationException when the listener cancels
     */
    public ClaimsResult scan(Path folder, ScanListener listener) throws IOException {
        Collector c = new Collector(listener);
        ScanResult r = scan.build().scan(folder, c);
        return join(r, c.pairs);
    }

    /** The claims of documents already read. */
    public ClaimsResult scan(List<Document> documents, ScanListener listener) {
        Collector c = new Collector(listener);
        ScanResult r = scan.build().scan(documents, c);
        return join(r, c.pairs);
    }

    private ClaimsResult join(ScanResult r, List<PairComparison> pairs) {
        pairs.sort(Comparator.comparingInt(PairComparison::a).thenComparingInt(PairComparison::b));
        long t0 = System.nanoTime();
        List<Claim> claims = Claims.join(r.documents(), pairs, rules);
        return new ClaimsResult(r, pairs, claims, System.nanoTime() - t0);
    }

    /** Keeps the comparisons; passes everything else on. */
    private static final class Collector implements ScanListener {
        final ScanListener inner;
        final List<PairComparison> pairs = new ArrayList<>();

        Collector(ScanListener inner) {
            this.inner = Objects.requireNonNull(inner, "listener");
        }

        @Override
        public void progress(double done, String stage) {
            inner.progress(0.95 * done, stage);
        }

        @Override
        public boolean isCancelled() {
            return inner.isCancelled();
        }

        @Override
        public void documentsRead(List<Document> documents) {
            inner.documentsRead(documents);
        }

        @Override
        public void compared(int a, int b, Comparison comparison) {
            pairs.add(new PairComparison(a, b, comparison));
        }

        @Override
        public void skipped(Path file, String reason) {
            inner.skipped(file, reason);
        }

        @Override
        public void pairSkipped(String a, String b, String reason) {
            inner.pairSkipped(a, b, reason);
        }
    }
}
