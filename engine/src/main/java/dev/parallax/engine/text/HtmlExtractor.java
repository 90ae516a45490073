package dev.parallax.engine.text;

import java.net.URI;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Extracts the article from a saved web page with jsoup: the body text as paragraphs, the headline
 * ({@code og:title}, {@code <title>}, {@code <h1>}), the site ({@code og:site_name} or the host) and the date
 * (the usual meta tags, {@code <time datetime>}). Navigation, scripts, styles, asides, footers, forms and
 * "related stories" link lists are dropped.
 */
final class HtmlExtractor {

    private static final String DROP = "script, style, noscript, template, nav, aside, footer, header, form, "
            + "iframe, svg, canvas, button, select, input, textarea, figure, picture, video, audio, object, embed, "
            + "[role=navigation], [role=complementary], [role=contentinfo], [role=banner], [role=search], "
            + "[aria-hidden=true], [hidden]";
    private static final Pattern NOISE = Pattern.compile(
            "(?i)(^|[\\s_-])(related|recommend|share|sharing|social|comment|comments|promo|advert|ad|ads|"
                    + "newsletter|subscribe|breadcrumbs?|menu|sidebar|footer|nav|navbar|cookie|popup|modal|"
                    + "more-stories|read-more|most-popular|trending|outbrain|taboola|byline-share)([\\s_-]|$)");
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dd, dt, td, th, "
            + "figcaption";
    private static final String[] DATE_META = {
        "meta[property=article:published_time]", "meta[name=article:published_time]",
        "meta[property=og:published_time]", "meta[name=pubdate]", "meta[name=publishdate]",
        "meta[name=date]", "meta[name=dc.date]", "meta[name=DC.date.issued]", "meta[name=dcterms.date]",
        "meta[itemprop=datePublished]", "meta[name=parsely-pub-date]", "meta[name=sailthru.date]",
        "meta[property=article:modified_time]"
    };

    /**
     * The deepest nesting kept (jsoup's default is 512). Past it jsoup makes every further element a sibling at
     * this depth, so a list or menu there no longer holds its links; parsing cost grows with the depth kept.
     */
    static final int MAX_DEPTH = 2048;

    private HtmlExtractor() {
    }

    /**
     * Drops the links of the flattened part of a page nested deeper than {@link #MAX_DEPTH}: there a "related
     * stories" list or a menu has lost its items (they stand beside it, empty, each link beside its item), so
     * neither the noise classes nor the link density can tell it from the article; link text there is dropped
     * rather than read as prose. Pages of ordinary depth are untouched.
     */
    private static void dropFlattenedLinks(Element body) {
        List<Element> doomed = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                // depth counts from body; body itself stands at depth 2 of the document (#root, html)
                if (node instanceof Element e && e.nameIs("a") && depth + 2 >= MAX_DEPTH) {
                    doomed.add(e);
                }
            }

            @Override
            public void tail(Node node, int depth) {
            }
        }, body);
        doomed.forEach(Element::remove);
    }

    static Article extract(String name, String html, String charset, Segmenter segmenter)
            throws UnreadableInputException {
        Parser parser = Parser.htmlParser();
        parser.setMaxDepth(MAX_DEPTH);
        Document doc = Jsoup.parse(html, "", parser);
        String title = firstNonBlank(
                attr(doc, "meta[property=og:title]", "content"),
                attr(doc, "meta[name=twitter:title]", "content"),
                doc.title(),
                doc.selectFirst("h1") == null ? "" : doc.selectFirst("h1").text());
        String site = firstNonBlank(attr(doc, "meta[property=og:site_name]", "content"),
                attr(doc, "meta[name=application-name]", "content"),
                host(attr(doc, "meta[property=og:url]", "content")),
                host(attr(doc, "link[rel=canonical]", "href")));
        String date = "";
        for (String q : DATE_META) {
            date = attr(doc, q, "content");
            if (!date.isBlank()) {
                break;
            }
        }
        if (date.isBlank()) {
            Element t = doc.selectFirst("time[datetime]");
            date = t == null ? "" : t.attr("datetime");
        }
        Element body = doc.body();
        if (body == null) {
            throw new UnreadableInputException(name, "no article text found in the page");
        }
        Element h1 = body.selectFirst("h1");
        String headline = h1 == null ? "" : clean(h1.text());
        body.select(DROP).remove();
        dropFlattenedLinks(body);
        removeNoise(body);
        Element root = chooseRoot(body);
        List<String> paragraphs = new ArrayList<>();
        collect(root, paragraphs);
        if (!headline.isEmpty() && (paragraphs.isEmpty() || !paragraphs.get(0).equals(headline))) {
            paragraphs.remove(headline);
            paragraphs.add(0, headline);
        }
        String text = String.join("\n\n", paragraphs);
        long words = text.chars().filter(Character::isLetter).count();
        if (paragraphs.size() <= (headline.isEmpty() ? 0 : 1) || words < 20) {
            throw new UnreadableInputException(name, "no article text found in the page");
        }
        List<Span> sentences = segmenter.sentences(text);
        List<Span> paras = segmenter.paragraphs(text);
        if (title.isBlank()) {
            title = headline.isEmpty() ? ArticleLoader.baseName(name) : headline;
        }
        return new Article(name, text, text, clean(title), clean(site), date.strip(), Format.HTML, charset,
                sentences, paras);
    }

    /**
     * What the noise and root heuristics need of each element, gathered in one pass over the tree (jsoup's
     * {@link Element#text()} and {@code select} walk the whole subtree each time, which made the extractor
     * quadratic on deeply nested pages).
     */
    private static final class Stats {
        /** Per element: its text length (white space runs as one), linked text length, prose length, blocks. */
        final Map<Element, int[]> of = new IdentityHashMap<>();

        static final int TEXT = 0;
        static final int LINKED = 1;
        static final int PROSE = 2;
        static final int HAS_BLOCK = 3;

        Stats(Element root) {
            NodeTraversor.traverse(new NodeVisitor() {
                @Override
                public void head(Node node, int depth) {
                }

                @Override
                public void tail(Node node, int depth) {
                    if (!(node instanceof Element e)) {
                        return;
                    }
                    int[] v = new int[4];
                    for (Node child : e.childNodes()) {
                        if (child instanceof TextNode t) {
                            v[TEXT] += collapsedLength(t.getWholeText());
                        } else if (child instanceof Element c) {
                            int[] cv = of.get(c);
                            v[TEXT] += cv[TEXT];
                            v[LINKED] += cv[LINKED];
                            v[PROSE] += cv[PROSE];
                            v[HAS_BLOCK] |= cv[HAS_BLOCK] | (isBlock(c) ? 1 : 0);
                        }
                    }
                    if (e.nameIs("a")) {
                        v[LINKED] = v[TEXT];
                    }
                    if (e.nameIs("p")) {
                        // exact, as before: a paragraph's own text, unless it is mostly links
                        v[PROSE] = HtmlExtractor.linkDensityExact(e) < 0.5 ? e.text().length() : 0;
                    }
                    of.put(e, v);
                }
            }, root);
        }

        int text(Element e) {
            return get(e)[TEXT];
        }

        double linkDensity(Element e) {
            int[] v = get(e);
            return v[TEXT] == 0 ? 0 : (double) v[LINKED] / v[TEXT];
        }

        int prose(Element e) {
            return get(e)[PROSE];
        }

        boolean hasBlock(Element e) {
            return get(e)[HAS_BLOCK] != 0;
        }

        private int[] get(Element e) {
            int[] v = of.get(e);
            return v == null ? new int[4] : v;
        }

        private static int collapsedLength(String s) {
            int n = 0;
            boolean space = false;
            for (int i = 0; i < s.length(); i++) {
                if (Character.isWhitespace(s.charAt(i))) {
                    space = true;
                } else {
                    n += space && n > 0 ? 2 : 1;
                    space = false;
                }
            }
            return n;
        }
    }

    private static final Set<String> BLOCK_TAGS = Set.of(BLOCKS.split(",\\s*"));
    private static final Set<String> CONTAINER_TAGS = Set.of("div", "section", "article", "main", "table", "ul",
            "ol", "dl", "br");

    private static final Set<String> LIST_TAGS = Set.of("ul", "ol", "div", "section");

    // Tag names, not Element.is(query): is() evaluates from the document root, a walk up the whole depth per call.
    private static boolean isBlock(Element e) {
        return BLOCK_TAGS.contains(e.normalName());
    }

    private static void removeNoise(Element body) {
        Stats stats = new Stats(body);
        List<Element> doomed = new ArrayList<>();
        int pageProse = stats.prose(body);
        for (Element e : body.getAllElements()) {
            if (e == body) {
                continue;
            }
            String marks = e.id() + " " + e.className();
            if (!marks.isBlank() && NOISE.matcher(marks).find() && !isArticleMarked(e)
                    && !holdsMostProse(stats.prose(e), pageProse)) {
                doomed.add(e);
                continue;
            }
            // a list or block that is mostly links is a "related stories" or menu list
            if (LIST_TAGS.contains(e.normalName()) && stats.linkDensity(e) > 0.6 && stats.text(e) > 0) {
                doomed.add(e);
            }
        }
        for (Element e : doomed) {
            if (e.parent() != null) {
                e.remove();
            }
        }
    }

    /**
     * Whether an element holds most of the page's paragraph text: then a noise-looking class on it is a
     * modifier ({@code "story-content has-ads"}, {@code "js-share-enabled"}), not a sidebar, and dropping it
     * would drop the article.
     */
    private static boolean holdsMostProse(int prose, int pageProse) {
        return prose >= 250 && prose >= 0.6 * pageProse;
    }

    private static boolean isArticleMarked(Element e) {
        String marks = (e.id() + " " + e.className()).toLowerCase(Locale.ROOT);
        return e.nameIs("article") || e.nameIs("main") || marks.contains("article-body") || marks.contains("story-body")
                || marks.contains("articlebody");
    }

    /** Linked share of one element's text, exactly (for paragraphs, which are shallow). */
    static double linkDensityExact(Element e) {
        int all = e.text().length();
        if (all == 0) {
            return 0;
        }
        int linked = 0;
        for (Element a : e.select("a")) {
            linked += a.text().length();
        }
        return (double) linked / all;
    }

    /** The element holding the article: itemprop=articleBody, article, main, or the densest paragraph parent. */
    private static Element chooseRoot(Element body) {
        Stats stats = new Stats(body);
        for (String q : new String[] {"[itemprop=articleBody]", "article", "main", "[role=main]"}) {
            Elements found = body.select(q);
            Element best = null;
            for (Element e : found) {
                if (best == null || stats.text(e) > stats.text(best)) {
                    best = e;
                }
            }
            if (best != null && best.select("p").text().length() > 200) {
                return best;
            }
        }
        // each parent's score is the text of its paragraph children, counted once per paragraph (not once per
        // paragraph per sibling)
        Map<Element, Integer> scores = new java.util.LinkedHashMap<>();
        for (Element p : body.select("p")) {
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, p.text().length(), Integer::sum);
            }
        }
        Element best = body;
        int bestScore = 0;
        for (Map.Entry<Element, Integer> e : scores.entrySet()) {
            if (e.getValue() > bestScore) {
                bestScore = e.getValue();
                best = e.getKey();
            }
        }
        return bestScore > 200 ? withSplitLead(best, body, scores, bestScore) : body;
    }

    /**
     * The densest paragraph parent, or the ancestor (at most three levels up) whose own paragraphs are the start
     * of the same story: pages that put the lead and first paragraphs in the story body and the rest in a nested
     * "read more" box would otherwise lose the lead (Herald Sun: 4 of 18 paragraphs).
     */
    private static Element withSplitLead(Element best, Element body, Map<Element, Integer> scores, int bestScore) {
        Element root = best;
        Element up = best.parent();
        for (int level = 0; level < 3 && up != null && up != body; level++, up = up.parent()) {
            if (scores.getOrDefault(up, 0) >= Math.max(150, bestScore / 5)) {
                root = up;
            }
        }
        return root;
    }

    /** Text of each block element in document order; loose text in other elements becomes its own block. */
    private static void collect(Element root, List<String> out) {
        collect(root, out, new Stats(root));
    }

    private static void collect(Element root, List<String> out, Stats stats) {
        if (isBlock(root)) {
            add(out, root.text());
            return;
        }
        StringBuilder loose = new StringBuilder();
        for (Node child : root.childNodes()) {
            if (child instanceof TextNode t) {
                loose.append(t.text());
            } else if (child instanceof Element e) {
                if (isBlock(e) || stats.hasBlock(e) || CONTAINER_TAGS.contains(e.normalName())) {
                    add(out, loose.toString());
                    loose.setLength(0);
                    if (!e.nameIs("br")) {
                        collect(e, out, stats);
                    }
                } else {
                    loose.append(e.text());
                }
            }
        }
        add(out, loose.toString());
    }

    private static void add(List<String> out, String s) {
        String t = clean(s);
        if (!t.isEmpty() && t.chars().anyMatch(Character::isLetterOrDigit)) {
            out.add(t);
        }
    }

    private static final Pattern SPACES = Pattern.compile("[\\s\\u2028\\u2029]+");

    private static String clean(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        // U+FEFF inside a page is a stray BOM (a page pasted together from files), never text
        return SPACES.matcher(s.replace('\u00A0', ' ').replace("\uFEFF", "")).replaceAll(" ").strip();
    }

    private static String attr(Document doc, String query, String attr) {
        Element e = doc.selectFirst(query);
        return e == null ? "" : e.attr(attr).strip();
    }

    private static String host(String url) {
        if (url == null || url.isBlank()) {
            return "";
        }
        try {
            String h = URI.create(url.strip()).getHost();
            return h == null ? "" : h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }
}
