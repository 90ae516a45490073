package dev.parallax.engine.corpus;

import dev.parallax.engine.export.OwnReports;
import dev.parallax.engine.align.ComparisonEngine;
import dev.parallax.engine.align.ProgressListener;
import dev.parallax.engine.align.TooLargeToCompareException;
import dev.parallax.engine.result.Comparison;
import dev.parallax.engine.text.ArticleLoader;
import dev.parallax.engine.text.Format;
import dev.parallax.engine.text.UnreadableInputException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Scans a folder (or a list of documents) on this machine: reads every article, fingerprints it, finds
 * candidate pairs and aligns only those, on a few threads. The steps are the pure functions of {@link Scan},
 * {@link Candidates} and {@link Groups}; this class only schedules them. Immutable and reusable; each scan owns
 * its threads and stops them when it ends.
 *
 * <pre>{@code
 * ScanResult r = FolderScan.builder().build().scan(folder, ScanListener.NONE);
 * }</pre>
 */
public final class FolderScan {

    private final ComparisonEngine engine;
    private final ArticleLoader loader;
    private final Candidates.Options options;
    private final CandidateStage stage;
    private final int threads;
    private final Groups.Linking linking;

    private FolderScan(Builder b) {
        this.engine = b.engine;
        this.loader = b.loader;
        this.options = b.options;
        this.stage = b.stage;
        this.threads = b.threads;
        this.linking = b.linking;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The article files under {@code folder} (any depth), sorted by relative path. */
    public static List<Path> articleFiles(Path folder) throws IOException {
        return listing(folder).files();
    }

    /**
     * What a walk of a folder found: the article files to read, the entries it could not use with the reason
     * (an unreadable subfolder, a dangling symbolic link, a link loop, a FIFO or device named like an article),
     * and the other visible regular files (not named like an article: an image, a PDF; not a backup ending in
     * {@code ~}), each sorted by path. The one listing policy: the scan reads {@code files}; the reader's list
     * shows all three, so a pair the scan or the claims table names is always one the reader has.
     */
    public record Listing(List<Path> files, List<ScanResult.Skipped> skipped, List<Path> others) {
        public Listing {
            files = List.copyOf(files);
            skipped = List.copyOf(skipped);
            others = List.copyOf(others);
        }
    }

    /**
     * Walks {@code folder} (any depth, not following links to folders, so a link loop cannot trap it); entries
     * whose path inside the folder starts with a dot are left out, and so are the reports Parallax wrote
     * ({@link OwnReports}).
     *
     * @throws IOException when {@code folder} itself cannot be listed
     */
    public static Listing listing(Path folder) throws IOException {
        Objects.requireNonNull(folder, "folder");
        List<Path> files = new ArrayList<>();
        List<ScanResult.Skipped> skipped = new ArrayList<>();
        List<Path> others = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(folder) && hidden(folder, dir) ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (hidden(folder, file) || OwnReports.isOwnReport(file)) {
                    return FileVisitResult.CONTINUE;
                }
                if (!Format.isArticleName(file)) {
                    if (attrs.isRegularFile() && !file.getFileName().toString().endsWith("~")) {
                        others.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isRegularFile()) {
                    files.add(file);
                } else if (attrs.isSymbolicLink()) {
                    String why = brokenLink(file);
                    if (why == null) {
                        files.add(file);
                    } else if (!why.isEmpty()) {
                        skipped.add(new ScanResult.Skipped(file, why));
                    }
                } else if (!attrs.isDirectory()) {
                    skipped.add(new ScanResult.Skipped(file, "not a regular file (a FIFO, socket or device)"));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (file.equals(folder)) {
                    throw e;
                }
                if (!hidden(folder, file)) {
                    skipped.add(new ScanResult.Skipped(file, (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)
                            ? "folder cannot be read (" : "cannot be read (") + words(e) + ")"));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        skipped.sort(java.util.Comparator.comparing(ScanResult.Skipped::file));
        others.sort(null);
        return new Listing(files, skipped, others);
    }

    private static boolean hidden(Path folder, Path p) {
        return folder.relativize(p).toString().startsWith(".");
    }

    /** Null for a link to a regular file, "" for a link to a folder (not an article), else why it is unusable. */
    private static String brokenLink(Path link) {
        try {
            Path real = link.toRealPath();
            if (Files.isRegularFile(real)) {
                return null;
            }
            return Files.isDirectory(real) ? "" : "symbolic link to something that is not a regular file";
        } catch (NoSuchFileException e) {
            return "dangling symbolic link (its target does not exist)";
        } catch (FileSystemException e) {
            String r = e.getReason() == null ? "" : e.getReason();
            return r.toLowerCase(java.util.Locale.ROOT).contains("levels of symbolic links")
                    ? "symbolic link loop" : "symbolic link cannot be followed (" + words(e) + ")";
        } catch (IOException e) {
            return "symbolic link cannot be followed (" + words(e) + ")";
        }
    }

    private static String words(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Relative id of a file in a folder, '/'-separated. */
    public static String idOf(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    /**
     * Reads and scans every article file under {@code folder}. Unreadable files are reported to the listener
     * and left out.
     *
     * @throws IOException when the folder itself cannot be listed
     * @throws CancellationException when the listener cancels
     */
    public ScanResult scan(Path folder, ScanListener listener) throws IOException {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(listener, "listener");
        long t0 = System.nanoTime();
        Listing listing = listing(folder);
        List<Path> files = listing.files();
        Document[] docs = new Document[files.size()];
        String[] reasons = new String[files.size()];
        AtomicInteger read = new AtomicInteger();
        runAll(files.size(), i -> {
            Path f = files.get(i);
            try {
                docs[i] = new Document(idOf(folder, f), loader.load(f));
            } catch (UnreadableInputException e) {
                reasons[i] = e.reason();
            }
            report(listener, 0.1 * read.incrementAndGet() / files.size(), "Reading articles");
        }, listener);
        List<Document> ok = new ArrayList<>();
        List<ScanResult.Skipped> skipped = new ArrayList<>();
        for (ScanResult.Skipped s : listing.skipped()) {
            skipped.add(s);
            synchronized (listener) {
                listener.skipped(s.file(), s.reason());
            }
        }
        for (int i = 0; i < docs.length; i++) {
            if (docs[i] != null) {
                ok.add(docs[i]);
            } else {
                skipped.add(new ScanResult.Skipped(files.get(i), reasons[i]));
                synchronized (listener) {
                    listener.skipped(files.get(i), reasons[i]);
                }
            }
        }
        return scan(ok, skipped, System.nanoTime() - t0, listener);
    }

    /**
     * Scans documents already read.
     *
     * @throws CancellationException when the listener cancels
     */
    public ScanResult scan(List<Document> documents, ScanListener listener) {
        return scan(List.copyOf(documents), List.of(), 0, listener);
    }

    private ScanResult scan(List<Document> docs, List<ScanResult.Skipped> skipped, long readNanos,
                            ScanListener listener) {
        synchronized (listener) {
            listener.documentsRead(docs);
        }
        long t1 = System.nanoTime();
        Fingerprint[] prints = new Fingerprint[docs.size()];
        AtomicInteger done = new AtomicInteger();
        runAll(docs.size(), i -> {
            prints[i] = Scan.fingerprint(docs.get(i));
            report(listener, 0.1 + 0.05 * done.incrementAndGet() / docs.size(), "Fingerprinting");
        }, listener);
        List<Fingerprint> fps = List.of(prints);
        long t2 = System.nanoTime();
        report(listener, 0.15, "Finding candidate pairs");
        DocumentFrequencies df = DocumentFrequencies.of(fps);
        List<CandidatePair> candidates = stage.pairs(fps, df, options, listener::isCancelled);
        long t3 = System.nanoTime();

        PairScore[] scores = new PairScore[candidates.size()];
        ScanResult.SkippedPair[] refused = new ScanResult.SkippedPair[candidates.size()];
        AtomicInteger aligned = new AtomicInteger();
        ProgressListener quiet = new ProgressListener() {
            @Override
            public void progress(double d, String stage) {
            }

            @Override
            public boolean isCancelled() {
                return listener.isCancelled();
            }
        };
        // an article is in several pairs: what the engine works out for it alone is worked out once
        ComparisonEngine.Prepared[] prepared = new ComparisonEngine.Prepared[docs.size()];
        for (int i = 0; i < prepared.length; i++) {
            prepared[i] = engine.prepare(docs.get(i).article());
        }
        runAll(candidates.size(), k -> {
            CandidatePair c = candidates.get(k);
            Document a = docs.get(c.a());
            Document b = docs.get(c.b());
            Comparison compared;
            try {
                compared = engine.compare(prepared[c.a()], prepared[c.b()], quiet);
            } catch (TooLargeToCompareException e) {
                // refused up front, before any work: say so and align the rest
                refused[k] = new ScanResult.SkippedPair(a.id(), b.id(), e.getMessage());
                synchronized (listener) {
                    listener.pairSkipped(a.id(), b.id(), e.getMessage());
                    listener.progress(0.2 + 0.8 * aligned.incrementAndGet() / candidates.size(), "Aligning pairs");
                }
                return;
            }
            PairScore s = Scan.summarize(a.id(), b.id(), compared, c.similarity());
            scores[k] = s;
            synchronized (listener) {
                listener.compared(c.a(), c.b(), compared);
                listener.pairScored(s);
                listener.progress(0.2 + 0.8 * aligned.incrementAndGet() / candidates.size(), "Aligning pairs");
            }
        }, listener);
        long t4 = System.nanoTime();
        List<PairScore> ranked = new ArrayList<>();
        List<ScanResult.SkippedPair> skippedPairs = new ArrayList<>();
        for (int k = 0; k < scores.length; k++) {
            if (scores[k] != null) {
                ranked.add(scores[k]);
            } else if (refused[k] != null) {
                skippedPairs.add(refused[k]);
            }
        }
        ranked.sort(PairScore::byRank);
        List<String> ids = docs.stream().map(Document::id).toList();
        java.util.Set<PairScore> mutual = Groups.mutualBest(ranked);
        List<List<String>> groups = Groups.of(ids, ranked, p -> linking.links(p, mutual.contains(p)));
        report(listener, 1, "Done");
        return new ScanResult(docs, ranked, groups, skipped, skippedPairs, candidates.size(),
                new ScanResult.Timings(readNanos, t2 - t1, t3 - t2, t4 - t3));
    }

    private static void report(ScanListener listener, double done, String stage) {
        synchronized (listener) {
            listener.progress(done, stage);
        }
    }

    private interface IndexTask {
        void run(int index);
    }

    /** Runs {@code task} for 0..n-1 on the scan's threads; stops all at the first failure or cancellation. */
    private void runAll(int n, IndexTask task, ProgressListener listener) {
        if (n == 0) {
            return;
        }
        int workers = Math.min(threads, n);
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "parallax-scan");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                futures.add(pool.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < n; ) {
                        if (listener.isCancelled()) {
                            throw new CancellationException("scan cancelled");
                        }
                        task.run(i);
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    next.set(n);
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException re) {
                        throw re;
                    }
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(cause);
                } catch (InterruptedException e) {
                    next.set(n);
                    Thread.currentThread().interrupt();
                    throw new CancellationException("scan interrupted");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The candidate stage: which pairs of fingerprinted documents are aligned. A pure function. */
    @FunctionalInterface
    public interface CandidateStage {
        List<CandidatePair> pairs(List<Fingerprint> docs, DocumentFrequencies df, Candidates.Options options,
                                  java.util.function.BooleanSupplier cancelled);
    }

    /** Builds a {@link FolderScan}. */
    public static final class Builder {
        private ComparisonEngine engine = ComparisonEngine.standard();
        private ArticleLoader loader = ArticleLoader.create();
        private Candidates.Options options = Candidates.Options.DEFAULT;
        private CandidateStage stage = Candidates::generate;
        private int threads = Runtime.getRuntime().availableProcessors();
        private Groups.Linking linking = Groups.Linking.DEFAULT;

        private Builder() {
        }

        public Builder engine(ComparisonEngine engine) {
            this.engine = Objects.requireNonNull(engine, "engine");
            return this;
        }

        public Builder loader(ArticleLoader loader) {
            this.loader = Objects.requireNonNull(loader, "loader");
            return this;
        }

        public Builder candidates(Candidates.Options options) {
            this.options = Objects.requireNonNull(options, "options");
            return this;
        }

        /** How candidate pairs are chosen (default {@link Candidates#generate}); the scan aligns exactly those. */
        public Builder candidateStage(CandidateStage stage) {
            this.stage = Objects.requireNonNull(stage, "stage");
            return this;
        }

        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1");
            }
            this.threads = threads;
            return this;
        }

        /**
         * Related pairs join a group when they share at least this share of text or are at least this similar;
         * two articles that are each other's best match join at half that similarity (default
         * {@link Groups.Linking#DEFAULT}).
         */
        public Builder grouping(double share, double similarity) {
            this.linking = new Groups.Linking(share, similarity);
            return this;
        }

        public FolderScan build() {
            return new FolderScan(this);
        }
    }
}
