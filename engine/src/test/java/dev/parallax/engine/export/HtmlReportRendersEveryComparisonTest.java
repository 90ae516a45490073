package dev.parallax.engine.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parallax.engine.align.ComparisonEngine;
import dev.parallax.engine.result.Comparison;
import dev.parallax.engine.text.Article;
import dev.parallax.engine.text.ArticleLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The report renders every comparison the engine produces, and shows every character of both articles once:
 * the real pairs on which it threw StringIndexOutOfBoundsException (a gap mark inside a wording mark), and a
 * text of many short paragraphs (which it rendered in quadratic time).
 */
class HtmlReportRendersEveryComparisonTest {

    static final ReportInfo INFO = new ReportInfo("test", "", Instant.EPOCH);
    static final Path NAOMI = Path.of("src/test/resources/eval/wikinews-rewrites/pairs/"
            + "Naomi-Campbell-testifies-against-former-Liberian-president");
    static final Path DARWIN = Path.of("../shared/eval-data/large/darwin-origin");

    /** Asserts that each column shows exactly its article's text (white space aside), badges and gaps removed. */
    static void assertColumnsShowTheArticles(Comparison c, String html) {
        Document doc = Jsoup.parse(html);
        doc.select(".ui").remove();
        assertEquals(squeeze(c.left().text()), squeeze(column(doc, "left").text()), "left column text");
        assertEquals(squeeze(c.right().text()), squeeze(column(doc, "right").text()), "right column text");
    }

    private static Element column(Document doc, String side) {
        return doc.selectFirst("article.column." + side + " .text");
    }

    static String squeeze(String s) {
        return s.replaceAll("[\\s\\p{Z}\\p{C}\\uFFFD]+", "");
    }

    @Test
    void theNaomiCampbellPairRendersWithEveryCharacterOnce() throws Exception {
        ArticleLoader loader = ArticleLoader.create();
        Comparison c = ComparisonEngine.standard().compare(loader.load(NAOMI.resolve("left.txt")),
                loader.load(NAOMI.resolve("right.txt")));
        assertColumnsShowTheArticles(c, HtmlReport.render(c, INFO));
    }

    @Test
    void darwin1859Vs1872Renders() throws Exception {
        Path a = DARWIN.resolve("origin_1859_1st_ed_pg1228.txt");
        Path b = DARWIN.resolve("origin_1872_6th_ed_pg2009.txt");
        assumeTrue(Files.isRegularFile(a) && Files.isRegularFile(b), "the large eval data is not here");
        ArticleLoader loader = ArticleLoader.create();
        Comparison c = ComparisonEngine.standard().compare(loader.load(a), loader.load(b));
        assertColumnsShowTheArticles(c, HtmlReport.render(c, INFO));
    }

    @Test
    void manyShortParagraphsRenderEachInItsOwnParagraph() {
        StringBuilder t = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            t.append("Paragraph number ").append(i).append(" says the river rose by ").append(i % 97)
                    .append(" centimetres overnight.\n\n");
        }
        Article left = Article.ofText("left", t.toString());
        Article right = Article.ofText("right", t.toString().replace("centimetres", "inches"));
        Comparison c = ComparisonEngine.standard().compare(left, right);
        String html = HtmlReport.render(c, INFO);
        assertColumnsShowTheArticles(c, html);
        Document doc = Jsoup.parse(html);
        assertEquals(5_000, column(doc, "left").select("p").size());
    }
}
