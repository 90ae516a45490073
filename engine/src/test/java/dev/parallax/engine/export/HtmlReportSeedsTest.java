package dev.parallax.engine.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.engine.align.ComparisonEngine;
import dev.parallax.engine.result.Comparison;
import dev.parallax.engine.result.Difference;
import dev.parallax.engine.result.Kind;
import dev.parallax.engine.result.Link;
import dev.parallax.engine.result.Passage;
import dev.parallax.engine.text.ArticleLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The report of the seed pair, parsed back with jsoup: nothing lost, every link resolves and links back. */
class HtmlReportSeedsTest {

    static Comparison comparison;
    static String html;
    static Document doc;

    @BeforeAll
    static void render() throws Exception {
        ArticleLoader loader = ArticleLoader.create();
        comparison = ComparisonEngine.standard().compare(loader.load(Path.of("seeds/000_aeb0b849679dcb8d.txt")),
                loader.load(Path.of("seeds/002_865976831600feca.txt")));
        html = HtmlReport.render(comparison, new ReportInfo("test", "sensitivity 0.5", Instant.EPOCH));
        doc = Jsoup.parse(html);
    }

    @Test
    void everyWordOfBothArticlesIsInItsColumn() {
        assertEquals(words(comparison.left().text()), columnText("left"));
        assertEquals(words(comparison.right().text()), columnText("right"));
    }

    @Test
    void everyPassageIsAnElementWithItsIdAndKind() {
        List<Passage> all = new ArrayList<>(comparison.leftPassages());
        all.addAll(comparison.rightPassages());
        for (Passage p : all) {
            Element e = doc.getElementById(p.id());
            assertNotNull(e, "no element for passage " + p.id());
            String kind = p.furniture() ? "furniture" : p.kind().id(); // furniture: dimmed, its own class
            assertTrue(e.hasClass("passage") && e.hasClass(kind), p.id() + " has class " + e.className());
            String side = p.id().startsWith("L") ? "left" : "right";
            assertFalse(e.parents().select(".column." + side).isEmpty(), p.id() + " is not in the " + side + " column");
        }
        assertEquals(all.size(), doc.select(".column .passage[id]").size());
    }

    @Test
    void everyInternalLinkResolvesAndNothingPointsOutside() {
        Elements links = doc.select("a[href]");
        assertFalse(links.isEmpty());
        for (Element a : links) {
            String href = a.attr("href");
            assertTrue(href.startsWith("#"), "link leaves the file: " + href);
            assertNotNull(doc.getElementById(href.substring(1)), "link to a missing id: " + href);
        }
        assertTrue(doc.select("[src], link, img, iframe, object, embed, base").isEmpty(), "the file fetches something");
    }

    @Test
    void everyPassageWithACounterpartLinksToItAndBack() {
        int checked = 0;
        for (Link l : comparison.links()) {
            Element left = doc.getElementById(l.left());
            Element right = doc.getElementById(l.right());
            assertEquals(1, left.select("> a.jump[href=#" + l.right() + "]").size(), l.left() + " -> " + l.right());
            assertEquals(1, right.select("> a.jump[href=#" + l.left() + "]").size(), l.right() + " -> " + l.left());
            checked++;
        }
        assertTrue(checked > 0, "the seeds have links");
        for (Element a : doc.select(".column a.jump")) {
            Element from = a.parent();
            Element to = doc.getElementById(a.attr("href").substring(1));
            assertEquals(1, to.select("> a.jump[href=#" + from.id() + "]").size(), from.id() + " is not linked back");
        }
        for (Passage p : comparison.leftPassages()) {
            if (p.kind() == Kind.UNIQUE) {
                assertTrue(doc.getElementById(p.id()).select("a").isEmpty(), p.id() + " is unique but links");
            }
        }
    }

    @Test
    void theConflictListNamesEachTypedDifferenceAndLinksBothPassages() {
        List<Link> conflicts = comparison.links().stream().filter(l -> l.kind() == Kind.CONFLICT).toList();
        assertFalse(conflicts.isEmpty(), "the seeds have a conflict");
        Elements items = doc.select("#conflicts > ol > li");
        assertEquals(conflicts.size(), items.size());
        for (int i = 0; i < conflicts.size(); i++) {
            Link l = conflicts.get(i);
            Element li = items.get(i);
            assertEquals(List.of("#" + l.left(), "#" + l.right()), li.select(".pair a").eachAttr("href"));
            List<String> lines = li.select(".diffs > li").eachText();
            for (Difference d : l.conflicts()) {
                // e.g. "quote: The United States and France stand united ... vs We’ll" (<q> adds the quote marks)
                String expected = d.describe(comparison.left().text(), comparison.right().text())
                        .replaceAll("\\s+", " ");
                assertTrue(lines.contains(expected), expected + " in " + lines);
                if (!d.left().isEmpty()) {
                    Elements marks = doc.getElementById(l.left()).select("mark.diff-" + d.type().id());
                    assertTrue(marks.eachText().contains(d.left().of(comparison.left().text()).strip()),
                            "difference not marked in " + l.left() + ": " + marks);
                }
            }
        }
    }

    @Test
    void theScriptIsTheOnlyOneAndThePolicyAllowsExactlyIt() throws Exception {
        Elements scripts = doc.select("script");
        assertEquals(1, scripts.size());
        String code = scripts.first().data();
        String hash = Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
        String csp = doc.select("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertTrue(csp.contains("default-src 'none'"), csp);
        assertTrue(csp.contains("script-src 'sha256-" + hash + "'"), "the policy must pin the script as written: " + csp);
    }

    @Test
    void theHeaderNamesBothSourcesAndHowItWasMade() {
        Elements sources = doc.select("header .source");
        assertEquals(2, sources.size());
        assertEquals(comparison.left().title(), sources.get(0).selectFirst("h2").text());
        assertTrue(sources.get(1).text().contains("seeds/002_865976831600feca.txt"));
        assertEquals("Made 1970-01-01 00:00 UTC with Parallax test; settings: sensitivity 0.5.",
                doc.getElementById(HtmlReport.MADE_ID).text());
    }

    /** The column's text without badges, whitespace collapsed. */
    private static String columnText(String side) {
        Element text = doc.selectFirst(".column." + side + " .text").clone();
        text.select(".ui").remove();
        return words(text.text());
    }

    static String words(String s) {
        return s.replaceAll("[\\s\\u00a0\\u2007\\u202f]+", " ").strip();
    }
}
