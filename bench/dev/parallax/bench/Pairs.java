package dev.parallax.bench;

import dev.parallax.engine.text.Article;
import dev.parallax.engine.text.ArticleLoader;
import dev.parallax.engine.text.Format;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark inputs, read with {@link ArticleLoader} exactly as the CLI reads them.
 *
 * <p>{@code seeds} is in the repository; the others come from the large eval data outside it
 * ({@code ../shared/eval-data}, or {@code -Dparallax.evalData=DIR}), which is never copied into the repo.
 * {@code darwin-25} and {@code darwin-50} are the first 25% and 50% of each Darwin edition, cut at the first
 * paragraph break after that point, to show how the time grows with length.
 */
final class Pairs {

    static final String SEEDS = "seeds";
    static final List<String> LARGE = List.of("darwin-25", "darwin-50", "darwin-100", "frankenstein");

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R[ \\t]*\\R");

    private Pairs() {
    }

    /** The repository root: the working directory unless {@code -Dparallax.repo} says otherwise. */
    static Path repo() {
        return Path.of(System.getProperty("parallax.repo", ".")).toAbsolutePath().normalize();
    }

    /** The large eval data folder, which may be absent. */
    static Path evalData() {
        String dir = System.getProperty("parallax.evalData");
        return dir != null ? Path.of(dir).toAbsolutePath().normalize()
                : repo().resolve("../shared/eval-data").normalize();
    }

    static boolean hasEvalData() {
        return Files.isRegularFile(darwin(true)) && Files.isRegularFile(darwin(false))
                && Files.isRegularFile(frankenstein("1818")) && Files.isRegularFile(frankenstein("1831"));
    }

    private static Path darwin(boolean first) {
        return evalData().resolve("large/darwin-origin").resolve(first
                ? "origin_1859_1st_ed_pg1228.txt" : "origin_1872_6th_ed_pg2009.txt");
    }

    private static Path frankenstein(String year) {
        return evalData().resolve("large/frankenstein/frankenstein_" + year + "_paragraphs.txt");
    }

    /** Left and right article of the named pair. */
    static Article[] load(String pair) {
        ArticleLoader loader = ArticleLoader.create();
        try {
            switch (pair) {
                case SEEDS:
                    return new Article[] {
                        loader.load(repo().resolve("seeds/000_aeb0b849679dcb8d.txt")),
                        loader.load(repo().resolve("seeds/002_865976831600feca.txt"))};
                case "frankenstein":
                    requireEvalData();
                    return new Article[] {loader.load(frankenstein("1818")), loader.load(frankenstein("1831"))};
                case "darwin-100":
                    requireEvalData();
                    return new Article[] {loader.load(darwin(true)), loader.load(darwin(false))};
                case "darwin-25":
                case "darwin-50":
                    requireEvalData();
                    double share = Integer.parseInt(pair.substring("darwin-".length())) / 100.0;
                    return new Article[] {head(loader, loader.load(darwin(true)), share),
                        head(loader, loader.load(darwin(false)), share)};
                default:
                    throw new IllegalArgumentException("unknown pair " + pair);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first {@code share} of an article's text, cut at the next paragraph break, read again as text. */
    static Article head(ArticleLoader loader, Article full, double share) throws IOException {
        String text = full.text();
        Matcher m = PARAGRAPH_BREAK.matcher(text);
        int cut = m.find((int) (text.length() * share)) ? m.start() : text.length();
        String name = full.source() + "#first-" + Math.round(share * 100) + "%";
        return loader.fromBytes(name, text.substring(0, cut).getBytes(StandardCharsets.UTF_8), Format.TEXT);
    }

    private static void requireEvalData() {
        if (!hasEvalData()) {
            throw new IllegalStateException(missingMessage());
        }
    }

    static String missingMessage() {
        return "Large eval data not found at " + evalData() + " (expected large/darwin-origin and large/frankenstein;"
                + " set -Dparallax.evalData=DIR): skipping the Darwin and Frankenstein benchmarks.";
    }

    /** Words as a plain word diff sees them: the text split at white space. */
    static List<String> words(Article a) {
        return List.of(a.text().strip().split("\\s+"));
    }
}
