package dev.parallax.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.engine.corpus.FolderScan;
import dev.parallax.engine.corpus.PairScore;
import dev.parallax.engine.corpus.ScanListener;
import dev.parallax.engine.corpus.ScanResult;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Folder-scan benchmark (run on purpose, never by {@code mvn verify}):
 * {@code mvn -B -Pscan-bench test-compile exec:java} or
 * {@code java -Xmx2g -cp target/classes:target/test-classes:$(deps) dev.parallax.bench.ScanBenchmark [SIZES...]}.
 *
 * <p>Builds folders of 500, 1,000 and 2,000 articles from real text only, in this order of preference:
 * the Wikinews originals and heavy rewrites of {@code eval-data/abcd-link-news/news_synth/docs.json} (692; the
 * 200 files of {@code eval/wikinews-rewrites} are rebuilt from the same stories, so they are not added twice),
 * MSRP news sentences (each run of 12 paraphrase pairs makes two pseudo-articles, one from each side),
 * the 100 Clough-Stevenson short answers and sources, then news-length chunks (about 2,000 characters, at
 * paragraph ends) of Darwin's <i>Origin</i> 1859 and 1872 and <i>Frankenstein</i> 1818 and 1831 from
 * {@code eval-data/large}. Related documents (a story's two versions, an MSRP chunk's two sides, a Clough
 * task) stay together; units are shuffled with a fixed seed and the smaller folders are prefixes of the
 * larger. No text is duplicated or perturbed. Says so and stops when {@code eval-data} is absent.
 */
public final class ScanBenchmark {

    public static void main(String[] args) throws IOException {
        Path data = Path.of(System.getProperty("evalData", "/work/shared/eval-data"));
        if (!Files.isDirectory(data.resolve("abcd-link-news"))) {
            System.out.println("eval-data is absent (" + data + "): no benchmark corpus; nothing measured.");
            return;
        }
        int[] sizes = args.length == 0 ? new int[] {500, 1000, 2000}
                : Stream.of(args).mapToInt(Integer::parseInt).toArray();
        List<List<String[]>> units = units(data);
        Collections.shuffle(units, new Random(20261122));
        Path root = Path.of(System.getProperty("benchDir", "target/scan-bench"));
        System.out.printf(Locale.ROOT, "JVM max heap %d MB, %d processors%n",
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        FolderScan scan = FolderScan.builder().build();
        // warm-up: JIT the tokenizer, the aligner and the candidate stage on a small folder
        Path warm = write(root.resolve("warmup"), units, 300);
        scan.scan(warm, ScanListener.NONE);
        double base = 0;
        int baseSize = 0;
        for (int n : sizes) {
            Path folder = write(root.resolve(Integer.toString(n)), units, n);
            Map<String, String> partners = partners(units, n);
            System.gc();
            resetPeaks();
            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            long cpu0 = processCpuNanos();
            ScanResult r = scan.scan(folder, ScanListener.NONE);
            double cpu = (processCpuNanos() - cpu0) / 1e9;
            ScanResult.Timings t = r.timings();
            double seconds = t.total() / 1e9;
            if (baseSize == 0) {
                base = seconds;
                baseSize = n;
            }
            int found = 0;
            Set<String> seen = new HashSet<>();
            for (PairScore p : r.pairs()) {
                if (p.b().equals(partners.get(p.a())) && seen.add(p.a())) {
                    found++;
                }
            }
            long pairsWithPartner = partners.size() / 2;
            System.out.printf(Locale.ROOT,
                    "%5d articles (%d skipped): %6.2f s  [read %.2f, fingerprint %.2f, candidates %.2f, align %.2f]"
                            + "  aligned %d of %d pairs; two-version pairs found %d/%d; shared text in %d pairs;"
                            + " peak heap %d MB; time x%.2f for size x%.1f; process CPU %.2f s; load average before %.1f%n",
                    r.documents().size(), r.skipped().size(), seconds, t.read() / 1e9, t.fingerprint() / 1e9,
                    t.candidates() / 1e9, t.align() / 1e9, r.candidates(), (long) n * (n - 1) / 2, found,
                    pairsWithPartner, r.pairsAbove(0.01).size(), peakHeapMb(), seconds / base, (double) n / baseSize,
                    cpu, load);
        }
    }

    /** Two-version units: each document id mapped to its counterpart (only for units of exactly two). */
    private static Map<String, String> partners(List<List<String[]>> units, int n) {
        Map<String, String> out = new TreeMap<>();
        int count = 0;
        for (List<String[]> u : units) {
            if (count + u.size() > n) {
                break;
            }
            if (u.size() == 2) {
                out.put(u.get(0)[0], u.get(1)[0]);
                out.put(u.get(1)[0], u.get(0)[0]);
            }
            count += u.size();
        }
        return out;
    }

    private static Path write(Path folder, List<List<String[]>> units, int n) throws IOException {
        if (Files.isDirectory(folder)) {
            try (Stream<Path> s = Files.list(folder)) {
                for (Path p : s.toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(folder);
        int count = 0;
        for (List<String[]> u : units) {
            for (String[] doc : u) {
                if (count == n) {
                    return folder;
                }
                Files.writeString(folder.resolve(doc[0]), doc[1], StandardCharsets.UTF_8);
                count++;
            }
        }
        if (count < n) {
            System.out.printf("only %d distinct documents available for a folder of %d%n", count, n);
        }
        return folder;
    }

    /** Units of related documents, each document {name, text}. */
    static List<List<String[]>> units(Path data) throws IOException {
        List<List<String[]>> units = new ArrayList<>();
        // 1. Wikinews originals and rewrites: {doc_id: {sentence_index: text}}, ids "<title>_original"/"_generated"
        JsonNode docs = new ObjectMapper().readTree(data.resolve("abcd-link-news/news_synth/docs.json").toFile());
        Map<String, List<String[]>> stories = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = docs.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Map<Integer, String> sentences = new TreeMap<>();
            e.getValue().fields().forEachRemaining(s -> sentences.put(Integer.parseInt(s.getKey()), s.getValue().asText()));
            String text = String.join(" ", sentences.values()).strip() + "\n";
            String story = e.getKey().replaceFirst("_(original|generated)$", "");
            String name = "news-" + stories.size() + "-" + (e.getKey().endsWith("_original") ? "orig" : "rewrite") + ".txt";
            stories.computeIfAbsent(story, k -> new ArrayList<>()).add(new String[] {name, text});
        }
        int k = 0;
        for (List<String[]> s : stories.values()) {
            for (String[] d : s) {
                d[0] = d[0].replaceFirst("news-\\d+-", "news-" + k + "-");
            }
            k++;
            units.add(s);
        }
        int newsDocs = units.stream().mapToInt(List::size).sum();
        // 2. MSRP: 12 sentence pairs -> two pseudo-articles
        List<String> lines = Files.readAllLines(data.resolve("msrp/msr_paraphrase_test.txt"), StandardCharsets.UTF_8);
        StringBuilder left = new StringBuilder();
        StringBuilder right = new StringBuilder();
        int inChunk = 0;
        int chunk = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split("\t");
            if (cols.length < 5) {
                continue;
            }
            left.append(cols[3]).append(inChunk % 4 == 3 ? "\n\n" : " ");
            right.append(cols[4]).append(inChunk % 4 == 3 ? "\n\n" : " ");
            if (++inChunk == 12) {
                units.add(List.of(new String[] {"msrp-" + chunk + "-1.txt", left.toString()},
                        new String[] {"msrp-" + chunk + "-2.txt", right.toString()}));
                chunk++;
                inChunk = 0;
                left.setLength(0);
                right.setLength(0);
            }
        }
        // 3. Clough-Stevenson: one unit per task (source and answers)
        Map<String, List<String[]>> tasks = new TreeMap<>();
        try (Stream<Path> s = Files.list(data.resolve("clough-stevenson-short-answers"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String name = p.getFileName().toString();
                String task = name.replaceFirst(".*_(task.)\\.txt$", "$1");
                String text = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
                tasks.computeIfAbsent(task, t -> new ArrayList<>()).add(new String[] {"clough-" + name, text});
            }
        }
        units.addAll(tasks.values());
        // 4. book chunks of news length, one unit each
        String[][] books = {{"darwin1859", "large/darwin-origin/origin_1859_1st_ed_pg1228.txt"},
            {"darwin1872", "large/darwin-origin/origin_1872_6th_ed_pg2009.txt"},
            {"frank1818", "large/frankenstein/frankenstein_1818_paragraphs.txt"},
            {"frank1831", "large/frankenstein/frankenstein_1831_paragraphs.txt"}};
        int bookChunks = 0;
        for (String[] book : books) {
            String text = Files.readString(data.resolve(book[1]), StandardCharsets.UTF_8).replace("\r", "");
            StringBuilder c = new StringBuilder();
            int n = 0;
            for (String para : text.split("\\n\\s*\\n")) {
                c.append(para.strip()).append("\n\n");
                if (c.length() >= 2000) {
                    units.add(List.<String[]>of(new String[] {book[0] + "-" + n++ + ".txt", c.toString()}));
                    c.setLength(0);
                }
            }
            bookChunks += n;
        }
        System.out.printf(Locale.ROOT, "corpus: %d news_synth docs (%d stories), %d MSRP pseudo-articles, %d Clough texts, "
                        + "%d book chunks%n", newsDocs, stories.size(), 2 * chunk,
                tasks.values().stream().mapToInt(List::size).sum(), bookChunks);
        return units;
    }

    /** CPU time of the whole process (all threads, GC included): what the scan costs when the machine is shared. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }
}
