package dev.parallax.engine.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.engine.align.ComparisonEngine;
import dev.parallax.engine.result.Comparison;
import dev.parallax.engine.text.ArticleLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: each {@code src/test/resources/export/NAME.left.txt} + {@code NAME.right.txt} is compared and
 * its report must match {@code NAME.html}.
 *
 * <p>The comparison is normalized: whitespace, the line saying when/with which version it was made
 * ({@code #made}), the inline CSS, the script and the Content-Security-Policy (which holds the script's hash) are
 * masked, so a golden file pins the document's structure and the article text, not the styling. Golden files
 * are stored in that normalized form (one element line per line, styling masked), so they do not repeat
 * {@code report.css} and {@code report.js}. The script and its hash are checked by {@code HtmlReportSeedsTest}.
 *
 * <p>The pairs are small articles written for these tests (a changed number, an alias, a changed quotation), so
 * that tuning the alignment on real news rarely moves them. When a change of the report or of the engine is
 * intended, regenerate the golden files and review the diff before committing:
 * <pre>mvn -o test -Dtest=HtmlReportGoldenTest -Dparallax.updateGolden=true</pre>
 * Nothing else ever writes them.
 */
class HtmlReportGoldenTest {

    static final Path DIR = Path.of("src/test/resources/export");
    static final boolean UPDATE = Boolean.getBoolean("parallax.updateGolden");
    static final ReportInfo INFO = new ReportInfo("test", "sensitivity 0.5, built-in aliases", Instant.EPOCH);

    static Stream<String> pairs() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".left.txt"))
                    .map(n -> n.substring(0, n.length() - ".left.txt".length())).sorted().toList().stream();
        }
    }

    @Test
    void theGoldenPairsAreFound() throws IOException {
        assertTrue(pairs().count() >= 3, "expected the golden pairs in " + DIR.toAbsolutePath());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void reportMatchesTheGoldenFile(String name) throws Exception {
        ArticleLoader loader = ArticleLoader.create();
        Comparison c = ComparisonEngine.standard().compare(loader.load(DIR.resolve(name + ".left.txt")),
                loader.load(DIR.resolve(name + ".right.txt")));
        String actual = HtmlReport.render(c, INFO);
        Path golden = DIR.resolve(name + ".html");
        if (UPDATE) {
            // stored already normalized: the CSS and script live in report.css / report.js, not in copies here
            Files.writeString(golden, normalize(actual) + "\n", StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(golden), golden + " is missing; create it with -Dparallax.updateGolden=true");
        assertEquals(normalize(Files.readString(golden, StandardCharsets.UTF_8)), normalize(actual),
                "report for " + name + " differs from " + golden
                        + " (if intended: -Dparallax.updateGolden=true, then review the diff)");
    }

    @Test
    void normalizingIsStableSoNormalizedGoldenFilesCompare() {
        String once = normalize(render(INFO));
        assertEquals(once, normalize(once));
    }

    @Test
    void normalizingMasksOnlyTheVolatileParts() {
        String a = render(new ReportInfo("1.0", "x", Instant.EPOCH));
        String b = render(new ReportInfo("2.0", "y", Instant.parse("2030-01-01T00:00:00Z")));
        assertFalse(a.equals(b));
        assertEquals(normalize(a), normalize(b));
        assertFalse(normalize(a).equals(normalize(a.replace("Geneva", "Genf"))), "article text must not be masked");
    }

    private static String render(ReportInfo info) {
        return HtmlReport.render(ComparisonEngine.standard().compare(
                dev.parallax.engine.text.Article.ofText("l", "Talks resume in Geneva on Monday."),
                dev.parallax.engine.text.Article.ofText("r", "Talks resume in Geneva on Monday, officials said.")),
                info);
    }

    /** One line per element line of jsoup's pretty print, whitespace collapsed, volatile parts masked. */
    static String normalize(String html) {
        Document doc = Jsoup.parse(html);
        Element made = doc.getElementById(HtmlReport.MADE_ID);
        if (made != null) {
            made.text("MASKED");
        }
        for (Element e : doc.select("style, script")) {
            e.empty().appendChild(new DataNode("MASKED"));
        }
        doc.select("meta[http-equiv=Content-Security-Policy]").attr("content", "MASKED");
        doc.outputSettings().prettyPrint(true).indentAmount(0);
        return Arrays.stream(doc.outerHtml().split("\n")).map(l -> l.strip().replaceAll("\\s+", " "))
                .filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
    }
}
