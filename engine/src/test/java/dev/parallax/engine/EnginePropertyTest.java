package dev.parallax.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.engine.align.ComparisonEngine;
import dev.parallax.engine.export.ComparisonJson;
import dev.parallax.engine.export.HtmlReport;
import dev.parallax.engine.export.ReportInfo;
import dev.parallax.engine.result.Comparison;
import dev.parallax.engine.result.Difference;
import dev.parallax.engine.result.Kind;
import dev.parallax.engine.result.Link;
import dev.parallax.engine.result.Passage;
import dev.parallax.engine.text.Article;
import dev.parallax.engine.text.ArticleLoader;
import dev.parallax.engine.text.Format;
import dev.parallax.engine.text.Segmenter;
import dev.parallax.engine.text.Span;
import dev.parallax.engine.text.UnreadableInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Invariants of the loader, segmenter and aligner over generated input: real news sentences (seeds and Wikinews)
 * mixed with random Unicode, punctuation, line breaks, quotes and NULs, and raw bytes. Whatever the input, offsets
 * stay in bounds, spans of a side are ordered and disjoint, links name existing passages, the JSON parses, and
 * nothing but {@link UnreadableInputException} escapes.
 */
class EnginePropertyTest {

    private static final List<String> SENTENCES = realSentences();
    private static final ComparisonEngine ENGINE = ComparisonEngine.standard();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> realSentences() {
        List<Path> files = new ArrayList<>(List.of(Path.of("seeds/000_aeb0b849679dcb8d.txt"),
                Path.of("seeds/002_865976831600feca.txt")));
        Path pairs = Path.of("src/test/resources/eval/wikinews-rewrites/pairs");
        try (Stream<Path> s = Files.walk(pairs)) {
            s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(20).forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> out = new ArrayList<>();
        for (Path f : files) {
            try {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                for (Span s : Segmenter.DEFAULT.sentences(text)) {
                    out.add(s.of(text));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(out);
    }

    @Provide
    Arbitrary<String> newsish() {
        Arbitrary<String> sentence = Arbitraries.of(SENTENCES);
        Arbitrary<String> separator = Arbitraries.of(" ", "  ", "\n", "\r\n", "\n\n", "\r\n\r\n", "\r", "\t",
                "\u00A0", "\u2028", "\u2029", "\u0085", "\n \n", "");
        Arbitrary<String> punctuation = Arbitraries.of(".", "!", "?", "…", "...", "“", "”", "\"", "'", "‘", "’",
                "«", "»", "(", ")", "—", "–", "-", "•", "*", "#", "_", "[", "](", "`", "Mr.", "U.S.", "J.", "3.5",
                "a.m.", "No.", "\u0000", "\uFEFF", "\uFFFD", "\u200B", "\uD83D\uDE00", "\uD83D", "\uDE00");
        Arbitrary<String> noise = Arbitraries.strings().all().ofMinLength(0).ofMaxLength(12);
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(6, sentence), Tuple.of(4, separator), Tuple.of(3, punctuation), Tuple.of(2, noise));
        return piece.list().ofMinSize(0).ofMaxSize(40).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<byte[]> fileBytes() {
        Arbitrary<byte[]> encoded = Combinators.combine(newsish(),
                        Arbitraries.of("UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252", "ISO-8859-1"),
                        Arbitraries.of("", "\uFEFF"))
                .as((text, cs, bom) -> (bom + text).getBytes(Charset.forName(cs)));
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(600);
        Arbitrary<byte[]> spliced = Combinators.combine(encoded, random)
                .as((a, b) -> {
                    byte[] out = new byte[a.length + b.length];
                    System.arraycopy(a, 0, out, 0, a.length);
                    System.arraycopy(b, 0, out, a.length, b.length);
                    return out;
                });
        return Arbitraries.frequencyOf(Tuple.of(5, encoded), Tuple.of(2, random), Tuple.of(2, spliced));
    }

    @Provide
    Arbitrary<Tuple.Tuple2<String, String>> articlePairs() {
        // the right side often reuses, reorders and edits the left side's sentences, so that links happen
        return Combinators.combine(newsish(), newsish(), Arbitraries.longs(), Arbitraries.integers().between(0, 3))
                .as((left, extra, seed, mode) -> {
                    if (mode == 0) {
                        return Tuple.of(left, extra);
                    }
                    List<Span> spans = Segmenter.DEFAULT.sentences(left);
                    List<String> parts = new ArrayList<>();
                    for (Span s : spans) {
                        parts.add(s.of(left));
                    }
                    Random r = new Random(seed);
                    Collections.shuffle(parts, r);
                    if (mode == 2) {
                        parts.replaceAll(p -> p.replaceAll("\\d+", String.valueOf(r.nextInt(1000))));
                    }
                    if (mode == 3 && !parts.isEmpty()) {
                        parts.remove(r.nextInt(parts.size()));
                    }
                    return Tuple.of(left, String.join(r.nextBoolean() ? "\n\n" : " ", parts) + "\n" + extra);
                });
    }

    @Property(tries = 200)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void segmenterSpansAreInBoundsTrimmedOrderedAndDisjoint(@ForAll("newsish") String text) {
        List<Span> sentences = Segmenter.DEFAULT.sentences(text);
        List<Span> paragraphs = Segmenter.DEFAULT.paragraphs(text);
        assertOrderedDisjointInBounds(sentences, text.length());
        assertOrderedDisjointInBounds(paragraphs, text.length());
        for (Span s : sentences) {
            String cut = s.of(text);
            assertTrue(!cut.isEmpty() && !Character.isWhitespace(cut.charAt(0))
                    && !Character.isWhitespace(cut.charAt(cut.length() - 1)), () -> "untrimmed [" + cut + "]");
            assertTrue(cut.codePoints().anyMatch(Character::isLetterOrDigit), () -> "no word in [" + cut + "]");
            assertTrue(paragraphs.stream().anyMatch(p -> p.start() <= s.start() && s.end() <= p.end()),
                    () -> "sentence " + s + " outside every paragraph");
        }
    }

    @Property(tries = 200)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void loaderReadsOrRefusesAnyBytesWithAOneLineReason(@ForAll("fileBytes") byte[] bytes,
                                                        @ForAll Format format) {
        Article a;
        try {
            a = ArticleLoader.create().fromBytes("input", bytes, format);
        } catch (UnreadableInputException e) {
            assertTrue(e.getMessage().startsWith("input: "), e.getMessage());
            assertTrue(!e.reason().isBlank() && e.reason().lines().count() == 1, e.reason());
            Statistics.label("loader").collect("refused");
            Statistics.label("loader").coverage(k -> k.check("read").percentage(pc -> pc > 20));
            return;
        }
        Statistics.label("loader").collect("read");
        Statistics.label("loader").coverage(k -> k.check("read").percentage(pc -> pc > 20));
        assertEquals(a.text().length(), a.matchText().length());
        assertTrue(a.text().indexOf('\uFEFF') != 0, "a BOM never starts the text");
        assertOrderedDisjointInBounds(a.sentences(), a.text().length());
        assertOrderedDisjointInBounds(a.paragraphs(), a.text().length());
        assertTrue(!a.sentences().isEmpty(), "a loaded article has text");
    }

    /**
     * Whatever the text, an article compared with itself conflicts nowhere: every link agrees (repeated sentences
     * and blocks once paired one copy with a different one, and the pair came out as a conflict).
     */
    @Property(tries = 200)
    void anArticleComparedWithItselfHasNoConflicts(@ForAll("newsish") String text) {
        Article a = Article.ofText("self", text);
        Comparison c = ENGINE.compare(a, Article.ofText("self", text));
        assertEquals(0, c.summary().conflict(), () -> "conflicts in a self-comparison: " + c.links());
        for (Link l : c.links()) {
            assertEquals(Kind.AGREE, l.kind(), l::toString);
            assertTrue(l.differences().isEmpty() || l.conflicts().isEmpty(), l::toString);
        }
    }

    @Property(tries = 200)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void comparisonsAreConsistentAndTheirJsonParses(@ForAll("articlePairs") Tuple.Tuple2<String, String> pair)
            throws IOException {
        Article left = Article.ofText("left", pair.get1());
        Article right = Article.ofText("right", pair.get2());
        Comparison c = ENGINE.compare(left, right);
        Statistics.label("links").collect(c.links().isEmpty() ? "none" : "some");
        // the generator must exercise linking, not only unrelated noise
        Statistics.label("links").coverage(k -> k.check("some").percentage(pc -> pc > 25));
        assertPassages(c.leftPassages(), "L", left.text().length());
        assertPassages(c.rightPassages(), "R", right.text().length());
        for (Link l : c.links()) {
            Passage lp = c.passage(l.left());
            Passage rp = c.passage(l.right());
            assertTrue(lp != null && c.leftPassages().contains(lp), () -> "link names no left passage: " + l);
            assertTrue(rp != null && c.rightPassages().contains(rp), () -> "link names no right passage: " + l);
            assertTrue(l.kind() == Kind.AGREE || l.kind() == Kind.CONFLICT, l.toString());
            assertTrue(l.similarity() >= 0 && l.similarity() <= 1.0 + 1e-9, l.toString());
            for (Difference d : l.differences()) {
                assertTrue(d.left() == null || within(d.left(), lp.span()), () -> "difference outside " + l);
                assertTrue(d.right() == null || within(d.right(), rp.span()), () -> "difference outside " + l);
            }
        }
        for (Passage p : concat(c.leftPassages(), c.rightPassages())) {
            boolean linked = !c.linksOf(p.id()).isEmpty();
            assertEquals(linked, p.kind() != Kind.UNIQUE, () -> p + " kind vs links " + c.linksOf(p.id()));
        }
        JsonNode j = JSON.readTree(ComparisonJson.toJson(c));
        assertEquals(c.leftPassages().size(), j.get("left").get("passages").size());
        assertEquals(c.rightPassages().size(), j.get("right").get("passages").size());
        assertEquals(c.links().size(), j.get("links").size());
        for (JsonNode p : j.get("left").get("passages")) {
            assertTrue(p.get("end").asInt() <= left.text().length());
        }
    }

    @Property(tries = 200)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void theHtmlReportRendersAnyComparisonShowingEveryCharacterOnce(
            @ForAll("articlePairs") Tuple.Tuple2<String, String> pair) {
        Comparison c = ENGINE.compare(Article.ofText("left", pair.get1()), Article.ofText("right", pair.get2()));
        String html = HtmlReport.render(c, new ReportInfo("test", "", java.time.Instant.EPOCH));
        // jsoup's parser takes U+FFFF for the end of its input (browsers do not): leave it out to read the page back
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html.replace("\uFFFF", ""));
        doc.select(".ui").remove();
        assertEquals(squeeze(c.left().text()), squeeze(doc.selectFirst("article.column.left .text").text()));
        assertEquals(squeeze(c.right().text()), squeeze(doc.selectFirst("article.column.right .text").text()));
    }

    /**
     * The visible characters of a text, to compare a page with an article: no white space, controls or format
     * characters (jsoup leaves some out of its output and text(), a parser reads NUL as U+FFFD, a browser shows
     * none of them).
     */
    private static String squeeze(String s) {
        return s.replaceAll("[\\s\\p{Z}\\p{C}\\uFFFD]+", "");
    }

    private static boolean within(Span inner, Span outer) {
        return inner.start() >= outer.start() && inner.end() <= outer.end();
    }

    private static List<Passage> concat(List<Passage> a, List<Passage> b) {
        List<Passage> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static void assertPassages(List<Passage> passages, String prefix, int length) {
        List<Span> spans = new ArrayList<>();
        for (Passage p : passages) {
            assertTrue(p.id().startsWith(prefix), p.id());
            spans.add(p.span());
        }
        assertOrderedDisjointInBounds(spans, length);
    }

    private static void assertOrderedDisjointInBounds(List<Span> spans, int length) {
        int end = 0;
        for (Span s : spans) {
            assertTrue(s.start() >= end, () -> "overlapping or out of order: " + spans);
            assertTrue(s.end() <= length, () -> s + " beyond text length " + length);
            assertTrue(s.length() > 0, () -> "empty span " + s);
            end = s.end();
        }
    }
}
