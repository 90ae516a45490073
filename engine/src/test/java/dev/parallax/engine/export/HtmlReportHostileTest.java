package dev.parallax.engine.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.engine.align.ComparisonEngine;
import dev.parallax.engine.result.Comparison;
import dev.parallax.engine.result.Kind;
import dev.parallax.engine.text.Article;
import dev.parallax.engine.text.ArticleLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Article text that looks like markup stays text: nothing it contains can run or load. */
class HtmlReportHostileTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "<img src=x onerror=alert(1)>";
    static final String LINK = "[the minister's statement](javascript:alert(1))";
    static final String RAW_LINK = "<a href=\"javascript:alert(1)\">click</a>";

    static final String LEFT = "Storm hits the coast\n\n"
            + "The storm left 200 homes without power on Sunday, officials said. " + SCRIPT + "\n\n"
            + "Engineers worked through the night " + IMG + " to restore the lines.\n\n"
            + "Read " + LINK + " or " + RAW_LINK + " for details.\n";
    static final String RIGHT = "Coast counts the damage\n\n"
            + "The storm left 300 homes without power on Sunday, officials said. " + SCRIPT + "\n\n"
            + "Engineers worked through the night " + IMG + " to restore the lines.\n\n"
            + "Insurers expect claims to rise.\n";

    @Test
    void hostileTextIsShownAsTextAndNothingOfItRuns(@TempDir Path dir) throws Exception {
        // The left side is Markdown read from a file, the right plain text: both loader paths.
        Path md = dir.resolve("storm.md");
        Files.writeString(md, LEFT, StandardCharsets.UTF_8);
        Article left = ArticleLoader.create().load(md);
        Article right = Article.ofText("<b>right</b> " + SCRIPT, RIGHT);
        Comparison c = ComparisonEngine.standard().compare(left, right);
        assertTrue(c.links().stream().anyMatch(l -> l.kind() == Kind.CONFLICT),
                "the hostile sentence should sit in a conflict, so it goes through difference marking");

        String html = HtmlReport.render(c, new ReportInfo(SCRIPT, IMG, Instant.EPOCH));
        Document doc = Jsoup.parse(html);

        assertEquals(1, doc.select("script").size(), "only the report's own script");
        assertEquals(HtmlReport.SCRIPT_ID, doc.selectFirst("script").id());
        assertFalse(doc.selectFirst("script").data().contains("alert"));
        assertTrue(doc.select("img, iframe, object, embed, link, base, form, svg, math").isEmpty());
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertFalse(a.getKey().toLowerCase().startsWith("on"), "event handler " + a + " on <" + e.tagName() + ">");
                assertFalse(a.getValue().toLowerCase().contains("javascript:") && !a.getKey().equals("title"),
                        "javascript: in " + a + " on <" + e.tagName() + ">");
            }
        }
        for (Element a : doc.select("a[href]")) {
            assertTrue(a.attr("href").startsWith("#"), a.outerHtml());
        }
        assertFalse(html.contains("<script>alert"), "raw script tag in the output");
        assertFalse(html.contains("<img"), "raw img tag in the output");
        assertFalse(html.contains("<a href=\"javascript"), "raw javascript link in the output");

        doc.select(".ui").remove(); // the counterpart badges
        String leftText = doc.selectFirst(".column.left .text").text();
        String rightText = doc.selectFirst(".column.right .text").text();
        assertTrue(leftText.contains(SCRIPT) && leftText.contains(IMG) && leftText.contains(LINK)
                && leftText.contains(RAW_LINK), leftText);
        assertTrue(rightText.contains(SCRIPT) && rightText.contains(IMG), rightText);
        assertTrue(doc.selectFirst("#made").text().contains(SCRIPT), "the caller's strings are text too");
        assertTrue(doc.title().contains(SCRIPT) || doc.select("header").text().contains(SCRIPT));
    }
}
