package dev.parallax.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The loader decodes every charset we meet in saved news and keeps offsets exact. */
class ArticleLoaderTest {

    static final String CAFE = "Le café de la Gare reopened on Monday, its owner said.\n\n"
            + "Crème brûlée is back on the menu at 4,50 €, à la carte, señor.\n";
    static final String CURLY = "“We’re not closing,” said the café’s owner — who asked not to be named — on Tuesday.\n\n"
            + "Prices rose 5½ per cent… again. “It’s over,” she added.\n";

    @TempDir
    Path dir;

    private Article load(String name, byte[] bytes) throws IOException {
        return ArticleLoader.create().load(Files.write(dir.resolve(name), bytes));
    }

    private static void assertSentencesAreSubstrings(Article a) {
        for (Span s : a.sentences()) {
            String cut = s.of(a.text());
            assertEquals(cut.strip(), cut, "sentence span is trimmed: [" + cut + "]");
            assertFalse(cut.isEmpty());
        }
    }

    @Test
    void windows1252DecodesAccentsCurlyQuotesAndDashes() throws IOException {
        Article a = load("cp1252.txt", CURLY.getBytes(Charset.forName("windows-1252")));
        assertEquals(CURLY, a.text());
        assertEquals("windows-1252", a.charset());
    }

    @Test
    void iso88591DecodesAccents() throws IOException {
        Article a = load("latin1.txt", CAFE.replace("€", "EUR").getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(CAFE.replace("€", "EUR"), a.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void utf16WithBomDecodesAndOffsetsIndexTheText(String charset) throws IOException {
        Charset cs = Charset.forName(charset);
        byte[] body = CURLY.getBytes(cs);
        byte[] bytes = new byte[body.length + 2];
        byte[] bom = "\uFEFF".getBytes(cs);
        System.arraycopy(bom, 0, bytes, 0, 2);
        System.arraycopy(body, 0, bytes, 2, body.length);
        Article a = load("utf16.txt", bytes);
        assertEquals(CURLY, a.text());
        assertEquals("“We’re not closing,” said the café’s owner — who asked not to be named — on Tuesday.",
                a.sentences().get(0).of(a.text()));
        assertSentencesAreSubstrings(a);
    }

    @Test
    void utf8BomIsExcludedFromTextAndOffsets() throws IOException {
        byte[] body = CAFE.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Article a = load("bom.txt", bytes);
        assertEquals(CAFE, a.text());
        assertEquals(new Span(0, 54), a.sentences().get(0));
        assertEquals("Le café de la Gare reopened on Monday, its owner said.", a.sentences().get(0).of(a.text()));
    }

    @Test
    void aDoubledBomIsExcludedToo() throws IOException {
        byte[] body = CAFE.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 6];
        for (int i = 0; i < 6; i += 3) {
            bytes[i] = (byte) 0xEF;
            bytes[i + 1] = (byte) 0xBB;
            bytes[i + 2] = (byte) 0xBF;
        }
        System.arraycopy(body, 0, bytes, 6, body.length);
        Article a = load("twice.txt", bytes);
        assertEquals(CAFE, a.text());
        assertEquals(0, a.sentences().get(0).start());
    }

    @Test
    void crlfOffsetsCutExactSentences() throws IOException {
        String crlf = "Fire crews arrived at 6 p.m.\r\nThe blaze was out by 9.\r\n\r\nNo one was hurt. Police said so.\r\n";
        Article a = load("crlf.txt", crlf.getBytes(StandardCharsets.UTF_8));
        List<String> cut = a.sentences().stream().map(s -> s.of(a.text())).toList();
        assertEquals(List.of("Fire crews arrived at 6 p.m.", "The blaze was out by 9.", "No one was hurt.",
                "Police said so."), cut);
        assertEquals(List.of("Fire crews arrived at 6 p.m.\r\nThe blaze was out by 9.",
                "No one was hurt. Police said so."), a.paragraphs().stream().map(s -> s.of(a.text())).toList());
    }

    @Test
    void markdownMatchTextReadsTheProseAtTheSameOffsets() throws IOException {
        String md = "# Storm hits the coast\n\n"
                + "The **Met Office** issued a [red warning](https://example.org/warn) on _Friday_.\n\n"
                + "## Damage\n\n"
                + "- Roofs were torn off in *Penzance*.\n"
                + "- Trains were cancelled.\n";
        Article a = load("storm.md", md.getBytes(StandardCharsets.UTF_8));
        assertEquals(Format.MARKDOWN, a.format());
        assertEquals(md, a.text());
        assertEquals("Storm hits the coast", a.title());
        List<String> prose = a.sentences().stream().map(s -> s.of(a.matchText()).replaceAll(" +", " ")).toList();
        assertEquals(List.of("Storm hits the coast", "The Met Office issued a red warning on Friday .", "Damage",
                "Roofs were torn off in Penzance .", "Trains were cancelled."), prose);
    }

    @Test
    void aSavedNewsPageYieldsOnlyTheArticleBodyWithTitleSiteAndDate() throws IOException {
        String html = """
                <!DOCTYPE html>
                <html lang="en"><head>
                <meta charset="windows-1252">
                <title>Storm batters coast | The Daily Example</title>
                <meta property="og:title" content="Storm batters coast as thousands lose power">
                <meta property="og:site_name" content="The Daily Example">
                <meta property="article:published_time" content="2024-03-08T06:30:00Z">
                <style>body { font-family: serif } .ad { display: none }</style>
                <script>window.dataLayer = [{"page": "article"}]; function track() { return "Subscribe now"; }</script>
                </head><body>
                <header class="site-header"><a href="/">The Daily Example</a> <span>Subscribe for £1</span></header>
                <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
                <main>
                <article>
                <h1>Storm batters coast as thousands lose power</h1>
                <p class="byline">By Jane Smith, Weather Correspondent</p>
                <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
                <p>More than 40,000 homes lost power on Friday as Storm Ida brought winds of 90 mph to the south-west coast, the Met Office said.</p>
                <p>Engineers worked through the night, and the operator said most customers would be reconnected by Saturday evening.</p>
                <figure><img src="storm.jpg"><figcaption>Waves at Porthleven</figcaption></figure>
                <p>“It’s the worst I’ve seen in twenty years,” said a harbour master in Penzance — where two boats sank.</p>
                <aside class="related-stories"><h2>Related stories</h2><ul>
                <li><a href="/a">Flood warnings issued for Devon</a></li>
                <li><a href="/b">How to prepare for a storm</a></li>
                <li><a href="/c">Ferry services cancelled</a></li></ul></aside>
                <p>Trains between Exeter and Plymouth were cancelled until further notice.</p>
                </article>
                <section class="more-stories"><h2>More from News</h2><ul><li><a href="/d">Election latest: live</a></li><li><a href="/e">Cost of living: what changes in April</a></li></ul></section>
                </main>
                <aside><h3>Most read</h3><ol><li><a href="/f">Celebrity chef opens restaurant</a></li></ol></aside>
                <footer><p>© 2024 The Daily Example. All rights reserved. Contact us | Privacy | Cookies</p></footer>
                <script>track();</script>
                </body></html>
                """;
        Article a = load("storm.html", html.getBytes(Charset.forName("windows-1252")));
        assertEquals(Format.HTML, a.format());
        assertEquals("Storm batters coast as thousands lose power", a.title());
        assertEquals("The Daily Example", a.site());
        assertTrue(a.date().startsWith("2024-03-08"), a.date());
        String t = a.text();
        assertTrue(t.contains("More than 40,000 homes lost power on Friday"), t);
        assertTrue(t.contains("“It’s the worst I’ve seen in twenty years,” said a harbour master in Penzance — where"), t);
        assertTrue(t.contains("Trains between Exeter and Plymouth were cancelled until further notice."), t);
        for (String noise : List.of("Subscribe", "News Sport", "Sport", "Share on", "Related stories", "Flood warnings",
                "Ferry services", "More from News", "Election latest", "Most read", "Celebrity chef", "All rights",
                "dataLayer", "font-family", "track()")) {
            assertFalse(t.contains(noise), () -> "page chrome leaked into the article: " + noise + "\n" + t);
        }
        assertSentencesAreSubstrings(a);
    }

    @Test
    void anArticleContainerWithANoiseLookingModifierClassIsKept() throws IOException {
        String body = "<p>More than 40,000 homes lost power on Friday as Storm Ida brought winds of 90 mph to the"
                + " south-west coast, the Met Office said.</p><p>Engineers worked through the night, and the operator"
                + " said most customers would be reconnected by Saturday evening.</p><p>Trains between Exeter and"
                + " Plymouth were cancelled until further notice.</p>";
        String html = "<!DOCTYPE html><html><head><title>Storm</title></head><body><div class=\"layout\">"
                + "<h1>Storm batters coast</h1><div class=\"story-content has-ads js-share-enabled\">" + body
                + "<div class=\"related-links\"><p>Read more: flood warnings for Devon, and other news.</p></div>"
                + "</div><div class=\"sidebar\"><p>Other news of the day that is not this article at all.</p></div>"
                + "</div></body></html>";
        Article a = load("modifier.html", html.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("Storm batters coast",
                "More than 40,000 homes lost power on Friday as Storm Ida brought winds of 90 mph to the south-west"
                        + " coast, the Met Office said.",
                "Engineers worked through the night, and the operator said most customers would be reconnected by"
                        + " Saturday evening.",
                "Trains between Exeter and Plymouth were cancelled until further notice."),
                a.paragraphs().stream().map(s -> s.of(a.text())).toList());
    }

    @Test
    void loaderRefusesBinaryAndReportsTheReason() {
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () ->
                load("x.txt", new byte[] {'a', 0, 0, 0, 1, 2, 3, 'b', 0, 0, 0, 4, 5, 6, 7, 8, 0, 0}));
        assertTrue(e.getMessage().endsWith(": not text (binary data)"), e.getMessage());
        assertEquals("not text (binary data)", e.reason());
    }

    @Test
    void withMaxBytesRefusesLargerFiles() throws IOException {
        Path p = Files.writeString(dir.resolve("a.txt"), CAFE);
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> ArticleLoader.withMaxBytes(10).load(p));
        assertTrue(e.reason().contains("limit"), e.reason());
        assertEquals(p.toString(), e.file());
    }
}
