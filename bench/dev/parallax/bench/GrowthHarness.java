package dev.parallax.bench;

import dev.parallax.engine.align.ComparisonEngine;
import dev.parallax.engine.export.ComparisonJson;
import dev.parallax.engine.export.HtmlReport;
import dev.parallax.engine.export.ReportInfo;
import dev.parallax.engine.result.Comparison;
import dev.parallax.engine.text.Article;
import dev.parallax.engine.text.ArticleLoader;
import dev.parallax.engine.text.Segmenter;
import dev.parallax.engine.text.Span;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The size and growth shapes of issue 12 ("robust under hostile and huge input"), run on purpose, never by
 * {@code mvn verify}: each shape at size n and 2n, each run in its own JVM (so memory is that run's alone), with a
 * deadline after which the run is killed and reported as such. Prints, per run, the time to read both files, to
 * compare them and to write the JSON and the HTML report, the CPU time (steadier than wall time on a shared
 * machine), the peak heap and the process's peak RSS, and the growth ratio from n to 2n (about 2 is linear, about 4
 * quadratic). A pair the engine refuses up front as too large for the heap is reported as refused, with its line.
 *
 * <pre>
 * bench/growth.sh                       # every shape (about 15-30 minutes on 2 cores)
 * bench/growth.sh html-export deep-html # some shapes
 * bench/growth.sh --list                # the shapes and their sizes
 * </pre>
 *
 * Options (system properties of the driver): {@code -Dparallax.growth.deadline=SECONDS} (default 180),
 * {@code -Dparallax.growth.xmx=2g} (the heap of each run; {@code default} for none, the JVM's own), {@code -Dparallax.growth.scale=0.5} (shrinks every
 * size, for a quick look). Inputs are generated deterministically from the sentences of the seeds and the
 * Wikinews evaluation pairs in {@code src/test/resources/eval} (run from the repository root).
 */
public final class GrowthHarness {

    /** A shape: how to make the two inputs at a size, and what to run on them. */
    record Shape(String name, String unit, int n, boolean html, String what, Maker maker) {
    }

    /** Writes the left and right file for size {@code n} into {@code dir}; returns them. */
    @FunctionalInterface
    interface Maker {
        Path[] make(Path dir, int n) throws IOException;
    }

    private static final String[] NAMES = {"Barroso", "Merkel", "Obama", "Hollande", "Campbell", "Taylor"};

    static final Map<String, Shape> SHAPES = new LinkedHashMap<>();

    static {
        add(new Shape("near-copy", "MB", 23, false, "a text vs a near copy (one word in 20 sentences dropped)",
                (dir, n) -> {
                    List<String> s = distinctChars(n * 1_000_000L);
                    return write(dir, paragraphs(s), paragraphs(nearCopy(s)), "txt");
                }));
        add(new Shape("single-line", "MB", 10, false, "one line without a break vs the same text in paragraphs",
                (dir, n) -> {
                    List<String> s = distinctChars(n * 1_000_000L);
                    return write(dir, String.join(" ", s), paragraphs(s), "txt");
                }));
        add(new Shape("no-stops", "MB", 10, false, "one line of words with no sentence end vs the text in paragraphs",
                (dir, n) -> {
                    List<String> s = distinctChars(n * 1_000_000L);
                    return write(dir, String.join(" ", s).replaceAll("[.!?]", ""), paragraphs(s), "txt");
                }));
        add(new Shape("repeated-sentence", "MB", 2, false, "one sentence repeated vs the same file (aligner)",
                (dir, n) -> {
                    String one = sentences().get(3) + " ";
                    String t = one.repeat(Math.max(1, n * 1_000_000 / one.length()));
                    return write(dir, t, t, "txt");
                }));
        add(new Shape("shuffled", "sentences", 10_000, false, "distinct sentences vs the same shuffled (aligner)",
                (dir, n) -> {
                    List<String> s = distinct(n);
                    List<String> shuffled = new ArrayList<>(s);
                    Collections.shuffle(shuffled, new Random(3));
                    return write(dir, paragraphs(s), paragraphs(shuffled), "txt");
                }));
        add(new Shape("quotes", "sentences", 1_000, false, "quoted sentences vs the same (aligner: quotes all-pairs)",
                (dir, n) -> {
                    List<String> s = distinct(n);
                    List<String> q = new ArrayList<>();
                    for (int i = 0; i < s.size(); i++) {
                        String body = s.get(i).replaceAll("[.!?]+$", "");
                        q.add("“" + body + ",” said " + NAMES[i % NAMES.length] + ".");
                    }
                    String t = paragraphs(q);
                    return write(dir, t, t, "txt");
                }));
        add(new Shape("deep-html", "levels", 15_000, false, "a page nested n deep with text at every level vs a seed",
                (dir, n) -> {
                    StringBuilder h = new StringBuilder("<!DOCTYPE html><html><head><title>Deep</title></head><body>");
                    List<String> s = distinct(n);
                    for (int i = 0; i < n; i++) {
                        h.append("<div>").append(s.get(i));
                    }
                    h.append("</div>".repeat(n)).append("</body></html>");
                    return pairWithSeed(dir, h.toString(), "html");
                }));
        add(new Shape("big-html", "MB", 20, false, "a web page of n MB (article of <p>s) vs a seed",
                (dir, n) -> {
                    List<String> s = distinctChars(n * 1_000_000L);
                    StringBuilder h = new StringBuilder("<!DOCTYPE html><html><head><title>Big</title></head><body>"
                            + "<article>");
                    for (int i = 0; i < s.size(); i += 4) {
                        h.append("<p>").append(String.join(" ", s.subList(i, Math.min(s.size(), i + 4))))
                                .append("</p>\n");
                    }
                    h.append("</article></body></html>");
                    return pairWithSeed(dir, h.toString(), "html");
                }));
        add(new Shape("html-export", "paragraphs", 100_000, true,
                "HTML report of n short paragraphs vs a copy with every 10th changed",
                (dir, n) -> {
                    StringBuilder l = new StringBuilder();
                    StringBuilder r = new StringBuilder();
                    for (int i = 0; i < n; i++) {
                        String p = "Item " + i + " was filed at " + (i % 24) + " hours.\n\n";
                        l.append(p);
                        r.append(i % 10 == 0 ? p.replace(" hours", " hours sharp") : p);
                    }
                    return write(dir, l.toString(), r.toString(), "txt");
                }));
    }

    private static void add(Shape s) {
        SHAPES.put(s.name(), s);
    }

    private GrowthHarness() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 3 && args[0].equals("child")) {
            child(SHAPES.get(args[1]), Integer.parseInt(args[2]));
            return;
        }
        List<String> names = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--list")) {
                SHAPES.values().forEach(s -> System.out.printf(Locale.ROOT, "%-18s n = %,d %s: %s%n", s.name(), s.n(),
                        s.unit(), s.what()));
                return;
            }
            if (!SHAPES.containsKey(a)) {
                System.err.println("unknown shape " + a + "; known: " + String.join(", ", SHAPES.keySet()));
                System.exit(2);
            }
            names.add(a);
        }
        if (names.isEmpty()) {
            names.addAll(SHAPES.keySet());
        }
        double scale = Double.parseDouble(System.getProperty("parallax.growth.scale", "1"));
        long deadline = Long.parseLong(System.getProperty("parallax.growth.deadline", "180"));
        String xmx = System.getProperty("parallax.growth.xmx", "2g");
        System.out.printf(Locale.ROOT, "Parallax growth harness: %s per run, deadline %d s, %d cores, %s%n",
                xmx.equals("default") ? "the default heap (" + (Runtime.getRuntime().maxMemory() >> 20) + " MB)"
                        : "-Xmx" + xmx, deadline, Runtime.getRuntime().availableProcessors(), Instant.now());
        System.out.printf(Locale.ROOT, "%-18s %12s %8s %8s %8s %8s %8s %8s %9s %9s  %s%n", "shape", "size", "read s",
                "compare", "json s", "html s", "total s", "cpu s", "heap MB", "RSS MB", "result");
        for (String name : names) {
            Shape s = SHAPES.get(name);
            int n = Math.max(1, (int) Math.round(s.n() * scale));
            double[] totals = new double[2];
            for (int k = 0; k < 2; k++) {
                int size = n * (k + 1);
                String line = runChild(s, size, xmx, deadline);
                System.out.printf(Locale.ROOT, "%-18s %,12d %s%n", k == 0 ? s.name() : "", size, line.substring(
                        line.indexOf(' ') + 1));
                totals[k] = Double.parseDouble(line.substring(0, line.indexOf(' ')));
            }
            if (totals[0] > 0 && totals[1] > 0) {
                System.out.printf(Locale.ROOT, "%-18s %12s growth n -> 2n: x%.2f (%s)%n", "", "",
                        totals[1] / totals[0], s.unit());
            }
        }
    }

    /** Runs one size in a new JVM; returns "TOTAL formatted-columns", TOTAL -1 when it failed or was killed. */
    private static String runChild(Shape s, int size, String xmx, long deadline) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (!xmx.equals("default")) { // "default": the JVM's own heap (a quarter of the RAM), as `java -jar` runs
            cmd.add("-Xmx" + xmx);
        }
        cmd.addAll(List.of("-Dparallax.repo=" + Pairs.repo(), "-cp", System.getProperty("java.class.path"),
                GrowthHarness.class.getName(), "child", s.name(), Integer.toString(size)));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        List<String> out = Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String l; (l = r.readLine()) != null; ) {
                    out.add(l);
                }
            } catch (IOException e) {
                out.add("(output lost: " + e.getMessage() + ")");
            }
        });
        reader.start();
        if (!p.waitFor(deadline, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor();
            reader.join();
            String last = out.isEmpty() ? "" : ", " + out.get(out.size() - 1);
            return "-1 " + String.format(Locale.ROOT, "%8s %8s %8s %8s %8s %8s %9s %9s  ", "", "", "", "", "> " + deadline,
                    "", "", "") + "killed at the deadline" + last;
        }
        reader.join();
        for (String l : out) {
            if (l.startsWith("RESULT ")) {
                return l.substring(7);
            }
        }
        for (String l : out) {
            if (l.startsWith("REFUSED ")) {
                return "-1 " + String.format(Locale.ROOT, "%8s %8s %8s %8s %8s %8s %9s %9s  ", "", "", "", "", "", "",
                        "", "") + "refused up front (" + l.substring(8) + ")";
            }
        }
        String last = out.isEmpty() ? "exit " + p.exitValue() : out.get(out.size() - 1);
        for (String l : out) {
            if (l.contains("OutOfMemoryError")) {
                last = "OutOfMemoryError";
            }
        }
        return "-1 " + String.format(Locale.ROOT, "%8s %8s %8s %8s %8s %8s %9s %9s  ", "", "", "", "", "", "", "", "")
                + "failed: " + last;
    }

    /** One run: generate, read, compare, write; prints one RESULT line. */
    private static void child(Shape s, int size) throws Exception {
        Path dir = Files.createTempDirectory("parallax-growth-");
        try {
            Path[] files = s.maker().make(dir, size);
            resetPeaks();
            stage("reading");
            long cpu0 = cpuNanos();
            long t0 = System.nanoTime();
            ArticleLoader loader = ArticleLoader.create();
            Article left = loader.load(files[0]);
            Article right = loader.load(files[1]);
            long t1 = System.nanoTime();
            stage(String.format(Locale.ROOT, "comparing (read in %.1f s)", (t1 - t0) / 1e9));
            Comparison c;
            try {
                c = ComparisonEngine.standard().compare(left, right);
            } catch (dev.parallax.engine.align.TooLargeToCompareException e) {
                System.out.printf(Locale.ROOT, "REFUSED after %.2f s, cpu %.2f s: %s%n", (System.nanoTime() - t0) / 1e9,
                        (cpuNanos() - cpu0) / 1e9, e.getMessage());
                return;
            }
            long t2 = System.nanoTime();
            stage(String.format(Locale.ROOT, "writing JSON (compared in %.1f s)", (t2 - t1) / 1e9));
            ComparisonJson.write(c, dir.resolve("out.json"));
            long t3 = System.nanoTime();
            double html = Double.NaN;
            if (s.html()) {
                stage("writing HTML");
                HtmlReport.write(c, new ReportInfo("bench", "", Instant.EPOCH), dir.resolve("out.html"));
                html = (System.nanoTime() - t3) / 1e9;
            }
            long t4 = System.nanoTime();
            double total = (t4 - t0) / 1e9;
            System.out.printf(Locale.ROOT, "RESULT %.3f %8.2f %8.2f %8.2f %8s %8.2f %8.2f %9d %9d  %s%n", total,
                    (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9,
                    Double.isNaN(html) ? "-" : String.format(Locale.ROOT, "%.2f", html), total,
                    (cpuNanos() - cpu0) / 1e9, peakHeapMb(),
                    peakRssMb(), String.format(Locale.ROOT, "%d/%d passages, %d links, shared %.0f%%",
                            c.leftPassages().size(), c.rightPassages().size(), c.links().size(),
                            100 * c.summary().sharedShare()));
        } finally {
            try (Stream<Path> w = Files.walk(dir)) {
                w.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** CPU time of this process (all threads, GC included): on a shared machine a steadier measure than wall time. */
    private static long cpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }

    /** Tells the driver where the run is, so that a run killed at the deadline says in which stage. */
    private static void stage(String what) {
        System.out.println("stage: " + what);
        System.out.flush();
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The heap pools' summed peaks since the reset (an upper bound of the peak heap). */
    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / (1024 * 1024);
    }

    /** The process's peak resident set (Linux VmHWM), or -1 elsewhere. */
    private static long peakRssMb() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmHWM:")) {
                    return Long.parseLong(l.replaceAll("\\D+", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return -1;
    }

    // ---- inputs

    private static List<String> sentences;

    /** Real news sentences: the seeds and the Wikinews pairs, segmented as Parallax segments them. */
    static synchronized List<String> sentences() {
        if (sentences == null) {
            List<Path> files = new ArrayList<>(List.of(Pairs.repo().resolve("seeds/000_aeb0b849679dcb8d.txt"),
                    Pairs.repo().resolve("seeds/002_865976831600feca.txt")));
            try (Stream<Path> s = Files.walk(Pairs.repo().resolve("src/test/resources/eval/wikinews-rewrites/pairs"))) {
                s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<String> out = new ArrayList<>();
            for (Path f : files) {
                try {
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    for (Span sp : Segmenter.DEFAULT.sentences(text)) {
                        String t = sp.of(text).replaceAll("\\s+", " ");
                        if (t.length() >= 60 && t.length() <= 240 && t.matches(".*[.!?]$")) {
                            out.add(t);
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            sentences = List.copyOf(out);
        }
        return sentences;
    }

    /** {@code n} distinct sentences: real ones in a fixed random order, each with its own serial number. */
    static List<String> distinct(int n) {
        List<String> base = sentences();
        Random r = new Random(42);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String s = base.get(r.nextInt(base.size()));
            out.add("In dispatch " + (100_000 + i) + ", " + Character.toLowerCase(s.charAt(0)) + s.substring(1));
        }
        return out;
    }

    /** Distinct sentences adding up to about {@code chars} characters (MB shapes: 1 MB = 1,000,000 characters). */
    static List<String> distinctChars(long chars) {
        List<String> base = sentences();
        double mean = base.stream().mapToInt(String::length).average().orElse(100) + 18; // + "In dispatch N, "
        return distinct((int) Math.max(1, chars / (mean + 1)));
    }

    /** The same sentences with one word dropped in every 20th. */
    static List<String> nearCopy(List<String> s) {
        List<String> out = new ArrayList<>(s.size());
        for (int i = 0; i < s.size(); i++) {
            String t = s.get(i);
            if (i % 20 == 7) {
                String[] w = t.split(" ");
                List<String> words = new ArrayList<>(List.of(w));
                words.remove(words.size() / 2);
                t = String.join(" ", words);
            }
            out.add(t);
        }
        return out;
    }

    /** Paragraphs of five sentences. */
    static String paragraphs(List<String> s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.size(); i++) {
            b.append(s.get(i)).append(i % 5 == 4 ? "\n\n" : " ");
        }
        return b.toString();
    }

    private static Path[] write(Path dir, String left, String right, String ext) throws IOException {
        return new Path[] {Files.writeString(dir.resolve("left." + ext), left, StandardCharsets.UTF_8),
            Files.writeString(dir.resolve("right." + ext), right, StandardCharsets.UTF_8)};
    }

    private static Path[] pairWithSeed(Path dir, String left, String ext) throws IOException {
        Path l = Files.writeString(dir.resolve("left." + ext), left, StandardCharsets.UTF_8);
        Path r = Files.copy(Pairs.repo().resolve("seeds/002_865976831600feca.txt"), dir.resolve("right.txt"));
        return new Path[] {l, r};
    }
}
