package dev.parallax.engine.text;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

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

    private HtmlExtractor() {
    }

    static Article extract(String name, String html, String charset, Segmenter segmenter)
            throws UnreadableInputException {
        Document doc = Jsoup.parse(html);
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

    private static void removeNoise(Element body) {
        List<Element> doomed = new ArrayList<>();
        int pageProse = proseLength(body);
        for (Element e : body.getAllElements()) {
            if (e == body) {
                continue;
            }
            String marks = e.id() + " " + e.className();
            if (!marks.isBlank() && NOISE.matcher(marks).find() && !isArticleMarked(e)
                    && !holdsMostProse(e, pageProse)) {
                doomed.add(e);
                continue;
            }
            // a list or block that is mostly links is a "related stories" or menu list
            if (e.is("ul, ol, div, section") && linkDensity(e) > 0.6 && e.text().length() > 0) {
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
     * Whether {@code e} holds most of the page's paragraph text: then a noise-looking class on it is a modifier
     * ({@code "story-content has-ads"}, {@code "js-share-enabled"}), not a sidebar, and dropping it would drop
     * the article.
     */
    private static boolean holdsMostProse(Element e, int pageProse) {
        int prose = proseLength(e);
        return prose >= 250 && prose >= 0.6 * pageProse;
    }

    /** Characters of paragraph text that is not mostly links. */
    private static int proseLength(Element e) {
        int n = 0;
        for (Element p : e.select("p")) {
            if (linkDensity(p) < 0.5) {
                n += p.text().length();
            }
        }
        return n;
    }

    private static boolean isArticleMarked(Element e) {
        String marks = (e.id() + " " + e.className()).toLowerCase(Locale.ROOT);
        return e.is("article, main") || marks.contains("article-body") || marks.contains("story-body")
                || marks.contains("articlebody");
    }

    private static double linkDensity(Element e) {
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
        for (String q : new String[] {"[itemprop=articleBody]", "article", "main", "[role=main]"}) {
            Elements found = body.select(q);
            Element best = null;
            for (Element e : found) {
                if (best == null || e.text().length() > best.text().length()) {
                    best = e;
                }
            }
            if (best != null && best.select("p").text().length() > 200) {
                return best;
            }
        }
        Element best = body;
        int bestScore = 0;
        for (Element p : body.select("p")) {
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            int score = 0;
            for (Element sib : parent.children()) {
                if (sib.is("p")) {
                    score += sib.text().length();
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = parent;
            }
        }
        return bestScore > 200 ? best : body;
    }

    /** Text of each block element in document order; loose text in other elements becomes its own block. */
    private static void collect(Element root, List<String> out) {
        if (root.is(BLOCKS)) {
            add(out, root.text());
            return;
        }
        StringBuilder loose = new StringBuilder();
        for (Node child : root.childNodes()) {
            if (child instanceof TextNode t) {
                loose.append(t.text());
            } else if (child instanceof Element e) {
                if (e.is(BLOCKS) || !e.select(BLOCKS).isEmpty() || e.is("div, section, article, main, table, ul, ol, dl, br")) {
                    add(out, loose.toString());
                    loose.setLength(0);
                    if (!e.is("br")) {
                        collect(e, out);
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

    private static String clean(String s) {
        return s == null ? "" : s.replace('\u00A0', ' ').replaceAll("[\\s\\u2028\\u2029]+", " ").strip();
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
