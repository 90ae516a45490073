package dev.parallax.bench;

import dev.parallax.engine.text.Article;
import dev.parallax.engine.text.ArticleLoader;
import dev.parallax.engine.text.UnreadableInputException;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Parallax's own HTML extraction against readability4j on saved pages with a checked expected extraction (the
 * layout of Mozilla's Readability test pages: {@code NAME/source.html}, {@code NAME/expected.html},
 * {@code NAME/expected-metadata.json}). Run by {@code bench/extractor-vs-readability4j.sh}, which fetches
 * readability4j; never part of {@code mvn verify}.
 *
 * <p>Parallax reads {@code source.html} through {@link ArticleLoader}, the entry the CLI and the window use, so
 * the text scored is the text the user sees. readability4j runs in its own class loader (it needs jsoup 1.11.2,
 * Parallax uses a newer one). Each text is scored against the text of {@code expected.html} as a multiset of
 * lower-cased words (runs of letters and digits): precision (how much of what was extracted is article),
 * recall (how much of the article was extracted) and F1; the title is compared with the expected one after
 * white space and case are folded (see {@link #titleMatch}). Time is the median of {@link #RUNS} runs after
 * {@link #WARMUPS} warm-up runs.
 *
 * <pre>java -cp target/parallax.jar bench/dev/parallax/bench/ExtractorVsReadability4j.java \
 *     --readability4j JAR:JAR:... --out DIR PAGE_DIR...</pre>
 */
public final class ExtractorVsReadability4j {

    static final int WARMUPS = 3;
    static final int RUNS = 5;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern TITLE = Pattern.compile("\"title\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    record Result(String text, String title, double ms, String error) {
    }

    record Score(int words, double precision, double recall, double f1) {
    }

    public static void main(String[] args) throws Exception {
        List<Path> pages = new ArrayList<>();
        String r4jPath = null;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--readability4j" -> r4jPath = args[++i];
                case "--out" -> out = Path.of(args[++i]);
                default -> pages.add(Path.of(args[i]));
            }
        }
        if (r4jPath == null) {
            System.err.println("usage: --readability4j JAR:JAR... [--out DIR] PAGE_DIR...");
            System.exit(2);
        }
        List<Path> usable = new ArrayList<>();
        for (Path p : pages) {
            if (Files.isRegularFile(p.resolve("source.html")) && Files.isRegularFile(p.resolve("expected.html"))) {
                usable.add(p);
            } else {
                System.out.println("skipped " + p + ": no source.html and expected.html in it");
            }
        }
        if (usable.isEmpty()) {
            System.out.println("no page folder (NAME/source.html + NAME/expected.html) given: nothing to compare");
            return;
        }
        URL[] urls = Arrays.stream(r4jPath.split(java.io.File.pathSeparator)).filter(s -> !s.isBlank())
                .map(s -> {
                    try {
                        return Path.of(s).toUri().toURL();
                    } catch (java.net.MalformedURLException e) {
                        throw new IllegalArgumentException(s, e);
                    }
                }).toArray(URL[]::new);
        try (URLClassLoader r4jLoader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
            Readability4j r4j = new Readability4j(r4jLoader);
            ArticleLoader loader = ArticleLoader.create();
            if (out != null) {
                Files.createDirectories(out);
            }
            System.out.printf(Locale.ROOT, "%-16s %-14s %6s %6s %6s %6s %-5s %8s%n",
                    "page", "extractor", "words", "prec", "recall", "F1", "title", "ms");
            double[][] sums = new double[2][5];
            String[] names = {"parallax", "readability4j"};
            for (Path page : usable) {
                String name = page.getFileName().toString();
                byte[] bytes = Files.readAllBytes(page.resolve("source.html"));
                String expectedText = blockText(Jsoup.parse(
                        Files.readString(page.resolve("expected.html"), StandardCharsets.UTF_8)).body());
                String expectedTitle = expectedTitle(page.resolve("expected-metadata.json"));
                Map<String, Integer> expected = words(expectedText);
                Result[] results = {
                    time(() -> parallax(loader, page.resolve("source.html"))),
                    time(() -> r4j.extract(new String(bytes, StandardCharsets.UTF_8)))
                };
                if (out != null) {
                    Files.writeString(out.resolve(name + ".expected.txt"), expectedText);
                }
                for (int k = 0; k < 2; k++) {
                    Result r = results[k];
                    Score s = score(expected, words(r.text()));
                    String titleMark = titleMatch(expectedTitle, r.title());
                    boolean titleOk = titleMark.startsWith("yes");
                    System.out.printf(Locale.ROOT, "%-16s %-14s %6d %6.3f %6.3f %6.3f %-5s %8.1f%s%n",
                            name, names[k], s.words(), s.precision(), s.recall(), s.f1(),
                            titleMark, r.ms(),
                            r.error() == null ? "" : "  (" + r.error() + ")");
                    sums[k][0] += s.precision();
                    sums[k][1] += s.recall();
                    sums[k][2] += s.f1();
                    sums[k][3] += titleOk ? 1 : 0;
                    sums[k][4] += r.ms();
                    if (out != null) {
                        Files.writeString(out.resolve(name + "." + names[k] + ".txt"),
                                "title: " + r.title() + "\n\n" + r.text());
                    }
                }
            }
            int n = usable.size();
            for (int k = 0; k < 2; k++) {
                System.out.printf(Locale.ROOT, "%-16s %-14s %6s %6.3f %6.3f %6.3f %-5s %8.1f%n",
                        "mean of " + n, names[k], "", sums[k][0] / n, sums[k][1] / n, sums[k][2] / n,
                        (int) sums[k][3] + "/" + n, sums[k][4] / n);
            }
            if (out != null) {
                System.out.println("extracted texts: " + out);
            }
        }
    }

    interface Extraction {
        Result run() throws Exception;
    }

    /** {@link #WARMUPS} warm-up runs, then the median time of {@link #RUNS}; the result is the last run's. */
    static Result time(Extraction e) {
        try {
            Result r = e.run();
            for (int i = 1; i < WARMUPS; i++) {
                r = e.run();
            }
            double[] ms = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long t0 = System.nanoTime();
                r = e.run();
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(ms);
            return new Result(r.text(), r.title(), ms[RUNS / 2], r.error());
        } catch (Exception ex) {
            Throwable c = ex instanceof java.lang.reflect.InvocationTargetException ite ? ite.getCause() : ex;
            return new Result("", "", 0, c.getClass().getSimpleName() + ": " + c.getMessage());
        }
    }

    static Result parallax(ArticleLoader loader, Path source) {
        try {
            Article a = loader.load(source);
            return new Result(a.text(), a.title(), 0, null);
        } catch (UnreadableInputException e) {
            return new Result("", "", 0, e.getMessage());
        }
    }

    /** readability4j through reflection, from its own class loader. */
    static final class Readability4j {
        private final Constructor<?> create;
        private final Method parse;
        private final Method content;
        private final Method title;

        Readability4j(ClassLoader cl) throws ReflectiveOperationException {
            Class<?> r = Class.forName("net.dankito.readability4j.Readability4J", true, cl);
            Class<?> a = Class.forName("net.dankito.readability4j.Article", true, cl);
            create = r.getConstructor(String.class, String.class);
            parse = r.getMethod("parse");
            content = a.getMethod("getContent");
            title = a.getMethod("getTitle");
        }

        Result extract(String html) throws ReflectiveOperationException {
            // the URI Mozilla's own test harness gives every test page
            Object article = parse.invoke(create.newInstance("http://fakehost/test/page.html", html));
            String body = (String) content.invoke(article);
            String t = (String) title.invoke(article);
            return new Result(body == null ? "" : blockText(Jsoup.parse(body).body()), t == null ? "" : t, 0,
                    null);
        }
    }

    private static final java.util.Set<String> BLOCKS = java.util.Set.of("p", "div", "section", "article",
            "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre",
            "figure", "figcaption", "table", "tr", "td", "th", "dd", "dt", "dl", "br", "main", "aside");

    /** An element's text with a blank line between blocks (for reading the texts; words are what is scored). */
    static String blockText(Element root) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    sb.append(t.text());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    sb.append("\n\n");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    sb.append("\n\n");
                }
            }
        }, root);
        return sb.toString().replaceAll("[ \\t\\u00A0]+", " ").replaceAll(" *\\n[\\n ]*", "\n\n").strip();
    }

    static Map<String, Integer> words(String text) {
        Map<String, Integer> m = new HashMap<>();
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            m.merge(w.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        return m;
    }

    static Score score(Map<String, Integer> expected, Map<String, Integer> got) {
        int e = expected.values().stream().mapToInt(Integer::intValue).sum();
        int g = got.values().stream().mapToInt(Integer::intValue).sum();
        int both = 0;
        for (Map.Entry<String, Integer> x : got.entrySet()) {
            both += Math.min(x.getValue(), expected.getOrDefault(x.getKey(), 0));
        }
        double p = g == 0 ? 0 : (double) both / g;
        double r = e == 0 ? 0 : (double) both / e;
        return new Score(g, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    static String expectedTitle(Path json) throws IOException {
        if (!Files.isRegularFile(json)) {
            return null;
        }
        Matcher m = TITLE.matcher(Files.readString(json, StandardCharsets.UTF_8));
        if (!m.find()) {
            return null;
        }
        return unescape(m.group(1));
    }

    /** A JSON string's escapes undone. */
    static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                sb.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'u' -> {
                    sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                default -> sb.append(n);
            }
        }
        return sb.toString();
    }

    private static final Pattern SITE_SUFFIX = Pattern.compile("\\s+[|\u2013\u2014:-]\\s+[^|\u2013\u2014:-]{1,40}$");

    /**
     * "yes" when the titles are the same after folding case and white space, "yes*" when they are the same once
     * a trailing " | Site" (or " - Site") is dropped from either, "no" otherwise; "?" without an expected title.
     */
    static String titleMatch(String expected, String got) {
        if (expected == null) {
            return "?";
        }
        String e = fold(expected);
        String g = fold(got);
        if (e.equals(g)) {
            return "yes";
        }
        String e2 = SITE_SUFFIX.matcher(e).replaceFirst("");
        String g2 = SITE_SUFFIX.matcher(g).replaceFirst("");
        return e2.equals(g) || g2.equals(e) || e2.equals(g2) ? "yes*" : "no";
    }

    static String fold(String s) {
        return s == null ? "" : s.replaceAll("[\\s\\u00A0]+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
