package dev.parallax.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.parallax.engine.EngineFactory;
import dev.parallax.engine.align.ComparisonEngine;
import dev.parallax.engine.align.ProgressListener;
import dev.parallax.engine.align.TooLargeToCompareException;
import dev.parallax.engine.corpus.Candidates;
import dev.parallax.engine.corpus.Document;
import dev.parallax.engine.corpus.DocumentFrequencies;
import dev.parallax.engine.corpus.FolderScan;
import dev.parallax.engine.corpus.Groups;
import dev.parallax.engine.corpus.Scan;
import dev.parallax.engine.corpus.ScanResult;
import dev.parallax.engine.export.ScanJson;
import dev.parallax.engine.text.ArticleLoader;
import dev.parallax.spark.Rows.Cand;
import dev.parallax.spark.Rows.Fp;
import dev.parallax.spark.Rows.Pair;
import dev.parallax.spark.Rows.Raw;
import dev.parallax.spark.Rows.Skip;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;
import scala.Tuple3;

/**
 * The folder scan on Apache Spark: the same pairs (shared share, conflicts, likely source) and groups as
 * {@code parallax scan --json}, computed as Spark transformations over the engine's pure scan functions, so an
 * archive of millions of articles spreads over a cluster.
 *
 * <pre>
 * java -jar parallax-spark.jar INPUT OUT [--master local[*]] [--partitions N]
 * spark-submit --master yarn parallax-spark.jar INPUT OUT
 * </pre>
 * INPUT is a folder of articles (read as the desktop reads them; on a cluster it must be at the same path on every
 * machine) or a table of articles, {@code *.parquet} or {@code *.jsonl}/{@code *.json} (JSON Lines), with columns
 * {@code id, text} and optionally {@code title, source, date}. Writes OUT/pairs.jsonl, OUT/groups.jsonl,
 * OUT/skipped.jsonl, the same as Parquet (OUT/pairs.parquet, OUT/groups.parquet) and OUT/metrics.json. Exit 0 when
 * done, 3 when some articles or pairs were skipped (a pair too large to compare, refused as the desktop scan
 * refuses it: the limit is the driver's {@code -Dparallax.maxChars}), 2 on bad arguments, 1 when the job failed.
 *
 * <p>Stages: read and fingerprint (map); document frequencies (reduce by stem, broadcast); candidate keys, LSH
 * bands and rare stems (the shuffle: grouped by key, buckets capped); pairs per document capped as on one machine;
 * align each pair with the comparison engine (map; a pair too large to compare is skipped with its reason); groups
 * as connected components by iterated min-label propagation. Nothing collects the corpus on the driver: it sees
 * the file names (folder input), the stems found in two or more articles (the broadcast), counts, and streams the
 * sorted results into the JSON Lines files.
 */
public final class ArchiveScan {

    /** The desktop scan's floor, {@code scan --min-share}. */
    static final double MIN_SHARE = 0.01;

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int SKIPPED = 3;

    private static final Candidates.Options O = Candidates.Options.DEFAULT;
    private static final JsonFactory JSON = new JsonFactory();

    private ArchiveScan() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** What one run did, for the caller (tests, the benchmark). */
    record Outcome(long documents, long skipped, long candidates, long skippedPairs, long pairs, long groups,
                   long shuffleWrite, long shuffleRead, double seconds) {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        String master = null;
        int partitions = 0;
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if ((a.equals("--master") || a.equals("--partitions")) && i + 1 >= args.length) {
                err.println("parallax-spark: " + a + " needs a value");
                return USAGE;
            }
            if (a.equals("--master")) {
                master = args[++i];
            } else if (a.startsWith("--master=")) {
                master = a.substring("--master=".length());
            } else if (a.equals("--partitions") || a.startsWith("--partitions=")) {
                String v = a.equals("--partitions") ? args[++i] : a.substring("--partitions=".length());
                try {
                    partitions = Integer.parseInt(v);
                } catch (NumberFormatException e) {
                    partitions = -1;
                }
                if (partitions < 1) {
                    err.println("parallax-spark: --partitions must be a whole number of at least 1, not " + v);
                    return USAGE;
                }
            } else if (a.equals("-h") || a.equals("--help")) {
                out.println(usage());
                return OK;
            } else if (a.startsWith("-")) {
                err.println("parallax-spark: unknown option " + a + "\n" + usage());
                return USAGE;
            } else {
                positional.add(a);
            }
        }
        if (positional.size() != 2) {
            err.println(usage());
            return USAGE;
        }
        Path input = Path.of(positional.get(0)).toAbsolutePath().normalize();
        Path outDir = Path.of(positional.get(1)).toAbsolutePath().normalize();
        boolean table = isTable(input);
        if (!Files.exists(input)) {
            err.println("parallax-spark: " + positional.get(0) + ": no such " + (table ? "file" : "folder"));
            return SKIPPED;
        }
        if (!table && !Files.isDirectory(input)) {
            err.println("parallax-spark: " + positional.get(0) + ": not a folder (a table must end in .parquet, "
                    + ".jsonl or .json)");
            return USAGE;
        }
        if (outDir.startsWith(input) || input.startsWith(outDir)) {
            err.println("parallax-spark: OUT must lie outside INPUT (and not contain it): nothing read is ever "
                    + "written over");
            return USAGE;
        }
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            err.println("parallax-spark: " + outDir + ": cannot be created (" + e.getMessage() + ")");
            return FAILED;
        }
        if (System.getProperty("io.netty.tryReflectionSetAccessible") == null) {
            System.setProperty("io.netty.tryReflectionSetAccessible", "true");
        }
        SparkSession.Builder b = SparkSession.builder().appName("parallax-archive-scan")
                .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer");
        if (master != null) {
            b.master(master);
        } else if (System.getProperty("spark.master") == null) {
            b.master("local[*]");
        }
        String effective = master != null ? master : System.getProperty("spark.master", "local[*]");
        if (effective.startsWith("local")) {
            b.config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false");
        }
        if (partitions > 0) {
            b.config("spark.default.parallelism", partitions).config("spark.sql.shuffle.partitions", partitions);
        }
        // a session already running in this JVM (a caller's, a test's) is used and left running; one made here is
        // stopped at the end
        boolean owned = SparkSession.getActiveSession().isEmpty() && SparkSession.getDefaultSession().isEmpty();
        SparkSession spark = b.getOrCreate();
        try {
            spark.sparkContext().setLogLevel("WARN");
            Outcome o = scan(spark, input, table, outDir, partitions);
            out.printf(Locale.ROOT, "%d articles, %d skipped; %d pairs aligned, %d skipped; %d pairs share text; "
                            + "%d groups; %.1f s; shuffle %s written, %s read%n", o.documents(), o.skipped(),
                    o.candidates() - o.skippedPairs(), o.skippedPairs(), o.pairs(), o.groups(), o.seconds(),
                    bytes(o.shuffleWrite()), bytes(o.shuffleRead()));
            out.println("wrote " + outDir.resolve("pairs.jsonl") + ", groups.jsonl, skipped.jsonl, pairs.parquet, "
                    + "groups.parquet, metrics.json");
            if (o.skippedPairs() > 0) {
                err.println("parallax-spark: skipped " + o.skippedPairs()
                        + (o.skippedPairs() == 1 ? " pair" : " pairs") + " too large to compare (each with its "
                        + "reason in " + outDir.resolve("skipped.jsonl") + ")");
            }
            return o.skipped() > 0 || o.skippedPairs() > 0 ? SKIPPED : OK;
        } catch (IOException | RuntimeException e) {
            err.println("parallax-spark: the job failed: " + e);
            return FAILED;
        } finally {
            if (owned) {
                spark.stop();
            }
        }
    }

    static String usage() {
        return "usage: parallax-spark INPUT OUT [--master URL] [--partitions N]\n"
                + "  INPUT  a folder of articles (.txt, .md, .html, any depth), or a table of articles: *.parquet or\n"
                + "         *.jsonl / *.json (JSON Lines) with columns id, text and optional title, source, date\n"
                + "  OUT    folder for pairs.jsonl, groups.jsonl, skipped.jsonl, pairs.parquet, groups.parquet,\n"
                + "         metrics.json\n"
                + "  --master      Spark master (default local[*]; spark-submit sets it)\n"
                + "  --partitions  partitions of each stage (default: Spark's default parallelism)";
    }

    static boolean isTable(Path p) {
        String n = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".parquet") || n.endsWith(".jsonl") || n.endsWith(".json");
    }

    private static String bytes(long n) {
        return n >= 1 << 20 ? String.format(Locale.ROOT, "%.1f MB", n / 1048576.0)
                : String.format(Locale.ROOT, "%.1f KB", n / 1024.0);
    }

    /** Sums the shuffle bytes every task wrote and read (Spark's task metrics). */
    static final class ShuffleMeter extends SparkListener {
        final AtomicLong written = new AtomicLong();
        final AtomicLong read = new AtomicLong();
        final AtomicLong records = new AtomicLong();

        @Override
        public void onTaskEnd(SparkListenerTaskEnd end) {
            if (end.taskMetrics() != null) {
                written.addAndGet(end.taskMetrics().shuffleWriteMetrics().bytesWritten());
                records.addAndGet(end.taskMetrics().shuffleWriteMetrics().recordsWritten());
                read.addAndGet(end.taskMetrics().shuffleReadMetrics().totalBytesRead());
            }
        }
    }

    /**
     * One engine (for each character limit the driver sent), loader and document-frequency table per executor JVM
     * (all immutable, thread-safe).
     */
    static final class PerJvm {
        static final EngineFactory FACTORY = EngineFactory.defaults();
        static final ArticleLoader LOADER = FACTORY.loader();
        private static final Map<Long, ComparisonEngine> ENGINES = new ConcurrentHashMap<>();
        private static final Map<Long, DocumentFrequencies> DF = new ConcurrentHashMap<>();

        static ComparisonEngine engine(long maxChars) {
            return ENGINES.computeIfAbsent(maxChars, k -> FACTORY.maxChars(k).engine());
        }

        static DocumentFrequencies df(Broadcast<HashMap<Long, Integer>> b, int documents) {
            return DF.computeIfAbsent(b.id(), k -> DocumentFrequencies.of(b.value(), documents, 1));
        }
    }

    static Outcome scan(SparkSession spark, Path input, boolean table, Path outDir, int partitions)
            throws IOException {
        long t0 = System.nanoTime();
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        ShuffleMeter meter = new ShuffleMeter();
        sc.sc().addSparkListener(meter);
        int parts = partitions > 0 ? partitions : sc.defaultParallelism();
        sc.setCheckpointDir(outDir.resolve(".checkpoints").toString());

        // 1. Read (map): every article once, on the executors; the reason for each one that cannot be read.
        List<Raw> listingSkips = new ArrayList<>();
        JavaRDD<Raw> raw;
        if (table) {
            raw = readTable(spark, input, parts);
        } else {
            FolderScan.Listing listing = FolderScan.listing(input);
            for (ScanResult.Skipped s : listing.skipped()) {
                listingSkips.add(Raw.skipped(FolderScan.idOf(input, s.file()), s.reason()));
            }
            List<String> ids = new ArrayList<>();
            for (Path f : listing.files()) {
                ids.add(FolderScan.idOf(input, f));
            }
            String folder = input.toString();
            raw = sc.parallelize(ids, Math.max(1, Math.min(parts, ids.size()))).map(id -> read(folder, id));
        }
        raw = raw.persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaRDD<Raw> skippedRows = raw.filter(r -> r.skip != null)
                .union(sc.parallelize(listingSkips, 1));
        JavaRDD<Raw> docs = raw.filter(r -> r.skip == null);

        // 2. Fingerprint (map).
        JavaPairRDD<String, Fp> fps = docs.mapToPair(r -> new Tuple2<>(r.id,
                Fp.of(Scan.fingerprint(r.document())))).persist(StorageLevel.MEMORY_AND_DISK_SER());
        long n = fps.count();
        int documents = (int) n;

        // 3. Document frequencies (reduce by stem); only stems in two or more articles are broadcast, the others
        //    are known to occur once.
        Map<Long, Integer> common = fps.flatMapToPair(p -> {
            List<Tuple2<Long, Integer>> out = new ArrayList<>(p._2.terms.length);
            for (long t : p._2.terms) {
                out.add(new Tuple2<>(t, 1));
            }
            return out.iterator();
        }).reduceByKey(Integer::sum, parts).filter(c -> c._2 >= 2).collectAsMap();
        Broadcast<HashMap<Long, Integer>> dfB = sc.broadcast(new HashMap<>(common));

        // 4. Candidate pairs with their cosine.
        JavaRDD<Cand> candidates = documents <= Candidates.COMPARE_ALL_UP_TO
                ? everyPair(fps, dfB, documents)
                : candidatePairs(fps, dfB, documents, parts);
        candidates = candidates.persist(StorageLevel.MEMORY_AND_DISK_SER());
        long candidateCount = candidates.count();

        // 5. Align each pair (map), evenly spread. A pair too large to compare is refused before any work, as the
        //    desktop scan refuses it, and kept with its reason for skipped.jsonl: the job goes on. The limit is
        //    the driver's (-Dparallax.maxChars), sent to every executor.
        long maxChars = ComparisonEngine.maxCharsSetting();
        JavaPairRDD<String, Raw> docById = docs.mapToPair(r -> new Tuple2<>(r.id, r));
        JavaRDD<Tuple2<Pair, Skip>> aligned = candidates.mapToPair(c -> new Tuple2<>(c.a, c)).join(docById, parts)
                .mapToPair(t -> new Tuple2<>(t._2._1.b, t._2))
                .join(docById, parts)
                .values()
                .repartition(Math.max(parts, 1))
                .mapPartitions(it -> {
                    ComparisonEngine engine = PerJvm.engine(maxChars);
                    List<Tuple2<Pair, Skip>> out = new ArrayList<>();
                    while (it.hasNext()) {
                        Tuple2<Tuple2<Cand, Raw>, Raw> t = it.next();
                        Cand c = t._1._1;
                        Document a = t._1._2.document();
                        Document bDoc = t._2.document();
                        try {
                            out.add(new Tuple2<>(Pair.of(Scan.score(engine, a, bDoc, c.similarity,
                                    ProgressListener.NONE)), null));
                        } catch (TooLargeToCompareException e) {
                            out.add(new Tuple2<>(null, Skip.pair(a.id(), bDoc.id(), e.getMessage())));
                        }
                    }
                    return out.iterator();
                }).persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaRDD<Pair> scored = aligned.filter(t -> t._1 != null).map(Tuple2::_1);
        JavaRDD<Skip> refused = aligned.filter(t -> t._2 != null).map(Tuple2::_2);

        // 6. Groups: connected components of the linking pairs.
        JavaPairRDD<String, String> labels = groups(scored, parts);

        // Outputs: ranked pairs above the floor, groups by their first member, the skipped articles.
        JavaRDD<Pair> listed = scored.filter(p -> p.getSharedShare() >= MIN_SHARE && p.getSharedShare() > 0)
                .sortBy(Rows.RankKey::new, true, parts).persist(StorageLevel.MEMORY_AND_DISK_SER());
        long pairCount = writePairs(listed, outDir.resolve("pairs.jsonl"));
        spark.createDataFrame(listed, Pair.class).write().mode(SaveMode.Overwrite)
                .parquet(outDir.resolve("pairs.parquet").toString());

        JavaRDD<List<String>> groupLists = labels.mapToPair(t -> new Tuple2<>(t._2, t._1)).groupByKey(parts)
                .map(g -> {
                    List<String> members = new ArrayList<>();
                    g._2.forEach(members::add);
                    members.sort(IdOrder.INSTANCE);
                    return members;
                }).sortBy(g -> new Rows.IdKey(g.get(0)), true, parts).persist(StorageLevel.MEMORY_AND_DISK_SER());
        long groupCount = writeGroups(groupLists, outDir.resolve("groups.jsonl"));
        JavaRDD<Row> groupRows = groupLists.flatMap(g -> {
            List<Row> out = new ArrayList<>();
            for (String id : g) {
                out.add(org.apache.spark.sql.RowFactory.create(g.get(0), id));
            }
            return out.iterator();
        });
        spark.createDataFrame(groupRows, new org.apache.spark.sql.types.StructType()
                        .add("group", "string").add("path", "string"))
                .write().mode(SaveMode.Overwrite).parquet(outDir.resolve("groups.parquet").toString());

        long refusedCount = refused.count();
        long skippedCount = writeSkipped(skippedRows.map(Skip::file).union(refused).sortBy(k -> k, true, 1),
                outDir.resolve("skipped.jsonl")) - refusedCount;
        double seconds = (System.nanoTime() - t0) / 1e9;
        Outcome o = new Outcome(n, skippedCount, candidateCount, refusedCount, pairCount, groupCount,
                meter.written.get(), meter.read.get(), seconds);
        writeMetrics(o, meter, sc.defaultParallelism(), parts, spark.sparkContext().master(),
                outDir.resolve("metrics.json"));
        deleteTree(outDir.resolve(".checkpoints"));
        sc.sc().removeSparkListener(meter);
        return o;
    }

    /** Reads one file of the folder as the desktop does (the same loader, the same reasons). */
    static Raw read(String folder, String id) {
        return Raw.ofFile(id, Path.of(folder).resolve(id), PerJvm.LOADER);
    }

    static JavaRDD<Raw> readTable(SparkSession spark, Path input, int parts) {
        String name = input.getFileName().toString().toLowerCase(Locale.ROOT);
        Dataset<Row> t = name.endsWith(".parquet") ? spark.read().parquet(input.toString())
                : spark.read().json(input.toString());
        List<String> cols = Arrays.asList(t.columns());
        if (!cols.contains("id") || !cols.contains("text")) {
            throw new IllegalArgumentException(input + ": a table of articles needs the columns id and text (has "
                    + String.join(", ", cols) + ")");
        }
        boolean hasTitle = cols.contains("title");
        boolean hasSource = cols.contains("source");
        boolean hasDate = cols.contains("date");
        JavaRDD<Raw> rows = t.javaRDD().map(row -> {
            Object id = row.getAs("id");
            String text = row.getAs("text");
            if (id == null || id.toString().isBlank()) {
                return Raw.skipped("(row without id)", "no id");
            }
            if (text == null || text.isBlank()) {
                return Raw.skipped(id.toString(), "no text");
            }
            return Raw.ofRow(id.toString(), text, hasTitle ? str(row.getAs("title")) : null,
                    hasSource ? str(row.getAs("source")) : null, hasDate ? str(row.getAs("date")) : null,
                    PerJvm.LOADER);
        });
        // ids must be unique: of rows sharing one, the one with the smallest text is kept, the others skipped
        return rows.mapToPair(r -> new Tuple2<>(r.id, r)).groupByKey(parts).flatMap(g -> {
            List<Raw> same = new ArrayList<>();
            g._2.forEach(same::add);
            if (same.size() == 1) {
                return same.iterator();
            }
            same.sort((x, y) -> x.skip != null || y.skip != null ? Boolean.compare(x.skip != null, y.skip != null)
                    : x.text.compareTo(y.text));
            for (int i = 1; i < same.size(); i++) {
                if (same.get(i).skip == null) {
                    same.set(i, Raw.skipped(same.get(i).id, "duplicate id (another row with this id was kept)"));
                }
            }
            return same.iterator();
        });
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    /** A collection this small compares every pair (as on one machine). */
    static JavaRDD<Cand> everyPair(JavaPairRDD<String, Fp> fps, Broadcast<HashMap<Long, Integer>> dfB,
                                   int documents) {
        return fps.values().cartesian(fps.values())
                .filter(t -> IdOrder.INSTANCE.compare(t._1.id, t._2.id) < 0)
                .map(t -> new Cand(t._1.id, t._2.id, Candidates.cosine(t._1.fingerprint(), t._2.fingerprint(),
                        PerJvm.df(dfB, documents))));
    }

    /**
     * The candidate stage of {@link Candidates#generate}, distributed: LSH band buckets and the rare-stem index
     * are built by the shuffle (group by key), each with a bounded bucket; a document's pairs are capped as on one
     * machine (a pair survives when it is among the {@code perDocument} most similar of either of its documents,
     * which is what the single-machine greedy pass keeps).
     */
    static JavaRDD<Cand> candidatePairs(JavaPairRDD<String, Fp> fps, Broadcast<HashMap<Long, Integer>> dfB,
                                        int documents, int parts) {
        int maxBucket = O.maxBucket();
        // LSH bands: documents sharing a band key; a bucket over maxBucket (boilerplate) is dropped, and no task
        // ever holds more than maxBucket + 1 ids of one key.
        JavaPairRDD<Long, String> bandKeys = fps.flatMapToPair(p -> {
            List<Tuple2<Long, String>> out = new ArrayList<>();
            for (long k : Candidates.bandKeys(p._2.fingerprint(), O)) {
                out.add(new Tuple2<>(k, p._1));
            }
            return out.iterator();
        });
        JavaRDD<Tuple2<String, String>> byBands = bandKeys.aggregateByKey(new ArrayList<String>(),
                parts, (list, id) -> add(list, id, maxBucket), (x, y) -> merge(x, y, maxBucket))
                .flatMap(t -> {
                    List<String> ids = t._2;
                    List<Tuple2<String, String>> out = new ArrayList<>();
                    if (ids.size() >= 2 && ids.size() <= maxBucket) {
                        for (int x = 0; x < ids.size(); x++) {
                            for (int y = x + 1; y < ids.size(); y++) {
                                out.add(ordered(ids.get(x), ids.get(y)));
                            }
                        }
                    }
                    return out.iterator();
                });

        // Rare stems: postings of the stems in 2..maxDf documents, joined with each document's signature terms.
        int maxDf = O.maxDf(documents);
        JavaPairRDD<Long, String> postings = fps.flatMapToPair(p -> {
            DocumentFrequencies df = PerJvm.df(dfB, documents);
            List<Tuple2<Long, String>> out = new ArrayList<>();
            for (long t : p._2.terms) {
                int c = df.of(t);
                if (c >= 2 && c <= maxDf) {
                    out.add(new Tuple2<>(t, p._1));
                }
            }
            return out.iterator();
        });
        JavaPairRDD<Long, Tuple2<String, Integer>> signatures = fps.flatMapToPair(p -> {
            long[] sig = Candidates.signatureTerms(p._2.fingerprint(), PerJvm.df(dfB, documents), O);
            List<Tuple2<Long, Tuple2<String, Integer>>> out = new ArrayList<>(sig.length);
            for (int r = 0; r < sig.length; r++) {
                out.add(new Tuple2<>(sig[r], new Tuple2<>(p._1, r)));
            }
            return out.iterator();
        });
        int probes = O.probes();
        JavaRDD<Tuple2<String, String>> byRare = signatures.join(postings, parts)
                .filter(t -> !t._2._1._1.equals(t._2._2))
                // a touch: (rank of the rare stem in the document's signature, the other document, the stem)
                .mapToPair(t -> new Tuple2<>(t._2._1._1, new Tuple3<>(t._2._1._2, t._2._2, t._1)))
                .groupByKey(parts)
                .flatMap(g -> {
                    // as Candidates.byRareTerms: weights summed in signature-term order, ties kept in the order
                    // documents were first touched (term rank, then id), the best `probes` kept
                    List<Tuple3<Integer, String, Long>> touches = new ArrayList<>();
                    g._2.forEach(touches::add);
                    touches.sort((x, y) -> !x._1().equals(y._1()) ? Integer.compare(x._1(), y._1())
                            : IdOrder.INSTANCE.compare(x._2(), y._2()));
                    DocumentFrequencies df = PerJvm.df(dfB, documents);
                    LinkedHashMap<String, double[]> acc = new LinkedHashMap<>();
                    for (Tuple3<Integer, String, Long> t : touches) {
                        acc.computeIfAbsent(t._2(), k -> new double[1])[0] += df.idf(t._3());
                    }
                    List<Map.Entry<String, double[]>> best = new ArrayList<>(acc.entrySet());
                    best.sort((x, y) -> Double.compare(y.getValue()[0], x.getValue()[0]));
                    List<Tuple2<String, String>> out = new ArrayList<>();
                    for (int k = 0; k < Math.min(probes, best.size()); k++) {
                        out.add(ordered(g._1, best.get(k).getKey()));
                    }
                    return out.iterator();
                });

        // The cosine of each distinct pair: two joins bring its fingerprints together.
        double minSimilarity = O.minSimilarity();
        JavaRDD<Cand> scoredPairs = byBands.union(byRare).distinct(parts)
                .mapToPair(t -> new Tuple2<>(t._1, t._2)).join(fps, parts)
                .mapToPair(t -> new Tuple2<>(t._2._1, t._2._2))
                .join(fps, parts)
                .map(t -> {
                    Fp a = t._2._1;
                    Fp b = t._2._2;
                    return new Cand(a.id, b.id, Candidates.cosine(a.fingerprint(), b.fingerprint(),
                            PerJvm.df(dfB, documents)));
                })
                .filter(c -> c.similarity >= minSimilarity);

        // The cap per document: keep a pair when it is among the perDocument best of either document.
        int perDocument = O.perDocument();
        return scoredPairs.flatMapToPair(c -> List.of(new Tuple2<>(c.a, c), new Tuple2<>(c.b, c)).iterator())
                .aggregateByKey(new ArrayList<Cand>(), parts, (top, c) -> keepTop(top, c, perDocument),
                        (x, y) -> {
                            for (Cand c : y) {
                                keepTop(x, c, perDocument);
                            }
                            return x;
                        })
                .flatMap(t -> t._2.iterator())
                .mapToPair(c -> new Tuple2<>(new Tuple2<>(c.a, c.b), c))
                .reduceByKey((x, y) -> x, parts)
                .values();
    }

    private static ArrayList<String> add(ArrayList<String> list, String id, int cap) {
        if (list.size() <= cap) {
            list.add(id);
        }
        return list;
    }

    private static ArrayList<String> merge(ArrayList<String> x, ArrayList<String> y, int cap) {
        for (String id : y) {
            if (x.size() > cap) {
                break;
            }
            x.add(id);
        }
        return x;
    }

    private static ArrayList<Cand> keepTop(ArrayList<Cand> top, Cand c, int k) {
        int at = 0;
        while (at < top.size() && Cand.order(top.get(at), c) <= 0) {
            at++;
        }
        if (at < k) {
            top.add(at, c);
            if (top.size() > k) {
                top.remove(top.size() - 1);
            }
        }
        return top;
    }

    private static Tuple2<String, String> ordered(String x, String y) {
        return IdOrder.INSTANCE.compare(x, y) <= 0 ? new Tuple2<>(x, y) : new Tuple2<>(y, x);
    }

    /**
     * Groups as in FolderScan, by its rule ({@link Groups.Linking#DEFAULT}): a related pair links when it shares
     * enough or is similar enough; two documents that are each other's best pair (found here by a reduce per
     * document) link at half the similarity. Components by min-label propagation: every linked
     * document takes the smallest id among its neighbours' labels until none changes (iterations grow with a
     * story's diameter, which is small). Returns (document, group label = its smallest member).
     */
    static JavaPairRDD<String, String> groups(JavaRDD<Pair> scored, int parts) {
        JavaPairRDD<Tuple2<String, String>, Boolean> mutual = scored
                .flatMapToPair(p -> List.of(new Tuple2<>(p.getA(), p), new Tuple2<>(p.getB(), p)).iterator())
                .reduceByKey((x, y) -> Pair.rank(x, y) <= 0 ? x : y, parts)
                .mapToPair(t -> new Tuple2<>(new Tuple2<>(t._2.getA(), t._2.getB()), 1))
                .reduceByKey(Integer::sum, parts)
                .filter(t -> t._2 == 2)
                .mapToPair(t -> new Tuple2<>(t._1, Boolean.TRUE));
        JavaPairRDD<String, String> edges = scored.mapToPair(p -> new Tuple2<>(new Tuple2<>(p.getA(), p.getB()), p))
                .leftOuterJoin(mutual, parts)
                .filter(t -> {
                    Pair p = t._2._1;
                    return Groups.Linking.DEFAULT.links(p.isRelated(), p.getSharedShare(), p.getSimilarity(),
                            t._2._2.isPresent());
                })
                .mapToPair(t -> t._1)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<String, String> both = edges.union(edges.mapToPair(Tuple2::swap)).persist(
                StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<String, String> labels = both.keys().distinct(parts).mapToPair(v -> new Tuple2<>(v, v))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        for (int round = 1; ; round++) {
            JavaPairRDD<String, String> next = both.join(labels, parts)
                    .mapToPair(t -> new Tuple2<>(t._2._1, t._2._2))
                    .union(labels)
                    .reduceByKey(IdOrder::min, parts)
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
            if (round % 8 == 0) {
                next.checkpoint();
            }
            long changed = next.join(labels, parts).filter(t -> !t._2._1.equals(t._2._2)).count();
            labels.unpersist(false);
            labels = next;
            if (changed == 0) {
                return labels;
            }
        }
    }

    /** Writes one JSON value a line. */
    @FunctionalInterface
    private interface JsonLine<T> {
        void write(T row, JsonGenerator g) throws IOException;
    }

    /**
     * Streams {@code rows} in order into a JSON Lines file, a partition at a time on the driver; returns the lines
     * written.
     */
    private static <T> long writeLines(JavaRDD<T> rows, Path file, JsonLine<T> line) throws IOException {
        long n = 0;
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Iterator<T> it = rows.toLocalIterator(); it.hasNext(); n++) {
                try (JsonGenerator g = JSON.createGenerator(w)) {
                    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                    line.write(it.next(), g);
                }
                w.write('\n');
            }
        }
        return n;
    }

    /** The pairs as {@code scan --json} lists them (its writer: the same fields in the same order). */
    private static long writePairs(JavaRDD<Pair> ranked, Path file) throws IOException {
        return writeLines(ranked, file, (p, g) -> ScanJson.writePair(g, p.getA(), p.getB(), p.getSharedShare(),
                p.getConflicts(), p.getLikelySource()));
    }

    private static long writeGroups(JavaRDD<List<String>> groups, Path file) throws IOException {
        return writeLines(groups, file, (members, g) -> ScanJson.writeGroup(g, members));
    }

    /** An article: {@code kind "file", path, reason}; a pair: {@code kind "pair", a, b, reason}. */
    private static long writeSkipped(JavaRDD<Skip> skipped, Path file) throws IOException {
        return writeLines(skipped, file, (s, g) -> {
            g.writeStartObject();
            g.writeStringField("kind", s.kind);
            if (Skip.PAIR.equals(s.kind)) {
                g.writeStringField("a", s.a);
                g.writeStringField("b", s.b);
            } else {
                g.writeStringField("path", s.a);
            }
            g.writeStringField("reason", s.reason);
            g.writeEndObject();
        });
    }

    private static void writeMetrics(Outcome o, ShuffleMeter meter, int parallelism, int parts, String master,
                                     Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             JsonGenerator g = JSON.createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("master", master);
            g.writeNumberField("parallelism", parallelism);
            g.writeNumberField("partitions", parts);
            g.writeNumberField("documents", o.documents());
            g.writeNumberField("skipped", o.skipped());
            g.writeNumberField("skippedPairs", o.skippedPairs());
            g.writeNumberField("candidatePairs", o.candidates());
            g.writeNumberField("pairs", o.pairs());
            g.writeNumberField("groups", o.groups());
            g.writeNumberField("seconds", Math.round(o.seconds() * 1000) / 1000.0);
            g.writeNumberField("shuffleBytesWritten", o.shuffleWrite());
            g.writeNumberField("shuffleRecordsWritten", meter.records.get());
            g.writeNumberField("shuffleBytesRead", o.shuffleRead());
            g.writeEndObject();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
