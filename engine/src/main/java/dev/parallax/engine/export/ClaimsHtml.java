package dev.parallax.engine.export;

import dev.parallax.engine.claims.Claim;
import dev.parallax.engine.claims.ClaimsResult;
import dev.parallax.engine.claims.PassageRef;
import dev.parallax.engine.text.Article;
import dev.parallax.engine.text.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

/**
 * The claims table as one self-contained HTML page, with the pair report's safety: built with jsoup, so every
 * article text is escaped; CSS inline (the pair report's stylesheet, the one source of the export's colours,
 * plus the table's own); no script at all, and a Content-Security-Policy that forbids every request and every
 * script. One row per claim, one column per article; a cell is {@code =} (carries it), {@code ≠ value}
 * (carries it with a different value) or blank, and links to the passage in the article texts below the
 * table ({@code #a3-s12}: article 3, sentence 12), which links back to its claim row ({@code #C4}).
 */
public final class ClaimsHtml {

    private static final String CSS = HtmlReport.CSS + "\n" + HtmlReport.resource("claims.css");

    private ClaimsHtml() {
    }

    /** The page as an HTML string, claims carried by at least {@code minSources} articles. */
    public static String render(ClaimsResult r, int minSources, ReportInfo info) {
        return document(r, minSources, info).outerHtml();
    }

    /**
     * Writes the page: a temporary file beside {@code out}, then a move into place; never over an article of
     * the folder.
     *
     * @throws InputOverwriteException when {@code out} is one of the folder's articles
     */
    public static void write(ClaimsResult r, int minSources, ReportInfo info, Path out) throws IOException {
        Objects.requireNonNull(out, "out");
        OutputGuard.of(r.scan()).write(out, render(r, minSources, info));
    }

    /** The id of a passage's element in the page. */
    public static String anchor(PassageRef p) {
        return "a" + p.article() + "-s" + p.sentence();
    }

    public static Document document(ClaimsResult r, int minSources, ReportInfo info) {
        Objects.requireNonNull(r, "r");
        Objects.requireNonNull(info, "info");
        List<dev.parallax.engine.corpus.Document> docs = r.documents();
        List<Claim> claims = r.withSources(minSources);
        Document doc = Document.createShell("");
        doc.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(true).indentAmount(1);
        doc.prependChild(new DocumentType("html", "", ""));
        doc.child(0).attr("lang", "en");
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("http-equiv", "Content-Security-Policy").attr("content",
                "default-src 'none'; style-src 'unsafe-inline'; script-src 'none'; img-src data:; "
                        + "base-uri 'none'; form-action 'none'");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("meta").attr("name", "generator").attr("content", "Parallax");
        head.appendElement("title").text("Parallax: claims of " + docs.size() + " articles");
        head.appendElement("style").appendChild(new DataNode(CSS));

        Element body = doc.body();
        Element header = body.appendElement("header");
        header.appendElement("h1").text("Parallax claims table");
        long contested = claims.stream().filter(Claim::contested).count();
        header.appendElement("p").text(docs.size() + " articles; " + claims.size() + " claims carried by at least "
                + minSources + " sources, " + contested + " contested. = carries the claim, ≠ carries it with a "
                + "different value (shown), blank: does not carry it. A cell links to the passage.");
        StringBuilder made = new StringBuilder("Made ").append(HtmlReport.MADE_FORMAT.format(info.made()))
                .append(" with Parallax");
        if (!info.version().isEmpty()) {
            made.append(' ').append(info.version());
        }
        if (!info.settings().isEmpty()) {
            made.append("; settings: ").append(info.settings());
        }
        header.appendElement("p").attr("id", HtmlReport.MADE_ID).addClass("made").text(made.append('.').toString());

        Element wrap = body.appendElement("div").addClass("claims-wrap");
        Element table = wrap.appendElement("table").addClass("claims");
        Element hr = table.appendElement("thead").appendElement("tr");
        hr.appendElement("th").attr("scope", "col").text("Claim");
        for (dev.parallax.engine.corpus.Document d : docs) {
            Article a = d.article();
            Element th = hr.appendElement("th").attr("scope", "col").attr("title", a.title() + " (" + d.id() + ")");
            th.appendElement("span").addClass("headline").text(a.title());
            th.appendElement("span").addClass("outlet").text(a.site().isEmpty() ? d.id() : a.site());
            if (!a.date().isEmpty()) {
                th.appendElement("span").addClass("date").text(a.date());
            }
        }
        Element tbody = table.appendElement("tbody");
        Map<PassageRef, String> claimOf = new HashMap<>();
        Map<PassageRef, Boolean> differs = new HashMap<>();
        for (Claim c : claims) {
            Element tr = tbody.appendElement("tr").attr("id", c.id());
            Element th = tr.appendElement("th").attr("scope", "row").addClass("claim");
            th.appendElement("span").addClass("id").text(c.id());
            th.appendText(text(r, c.main()));
            StringBuilder meta = new StringBuilder(c.sources() + " sources");
            if (c.first() >= 0) {
                meta.append("; first: ").append(docs.get(c.first()).id());
            }
            th.appendElement("span").addClass("meta").text(meta.toString());
            for (Claim.Variant v : c.variants()) {
                StringBuilder sb = new StringBuilder(v.type().id()).append(": ");
                for (int k = 0; k < v.values().size(); k++) {
                    Claim.Variant.Value val = v.values().get(k);
                    sb.append(k == 0 ? "" : " | ").append(val.text().isEmpty() ? "(nothing)" : val.text())
                            .append(" (").append(val.articles().size()).append(')');
                }
                th.appendElement("span").addClass("meta variant").text(sb.toString());
            }
            for (int i = 0; i < docs.size(); i++) {
                List<PassageRef> ps = c.passagesOf(i);
                Element td = tr.appendElement("td");
                if (ps.isEmpty()) {
                    td.addClass("absent");
                    continue;
                }
                Claim.Variant.Value other = c.differentValue(i);
                td.addClass(other == null ? "carries" : "differs");
                td.attr("title", text(r, ps.get(0)));
                td.appendElement("a").attr("href", "#" + anchor(ps.get(0)))
                        .text(other == null ? "=" : "≠ " + (other.text().isEmpty() ? "(nothing)" : other.text()));
                for (PassageRef p : ps) {
                    claimOf.putIfAbsent(p, c.id());
                    differs.merge(p, other != null, Boolean::logicalOr);
                }
            }
        }
        if (claims.isEmpty()) {
            tbody.appendElement("tr").appendElement("td").attr("colspan", String.valueOf(docs.size() + 1))
                    .text("No claim is carried by " + minSources + " or more sources.");
        }

        Element texts = body.appendElement("main");
        for (int i = 0; i < docs.size(); i++) {
            Article a = docs.get(i).article();
            Element art = texts.appendElement("section").addClass("article").attr("id", "a" + i);
            art.appendElement("h2").text(a.title() + " (" + docs.get(i).id() + ")");
            Element div = art.appendElement("div");
            article(div, a, i, claimOf, differs);
        }
        body.appendElement("footer").text("Made with Parallax. Ids, offsets and values match the claims JSON.");
        return doc;
    }

    private static String text(ClaimsResult r, PassageRef p) {
        Article a = r.documents().get(p.article()).article();
        return a.sentences().get(p.sentence()).of(a.text()).strip();
    }

    /** The article's paragraphs, each claimed sentence an anchor that links back to its claim. */
    private static void article(Element div, Article a, int index, Map<PassageRef, String> claimOf,
                                Map<PassageRef, Boolean> differs) {
        String text = a.text();
        List<Span> sents = a.sentences();
        int s = 0;
        for (Span para : HtmlReport.blocks(text)) {
            Element p = div.appendElement("p");
            int at = para.start();
            while (s < sents.size() && sents.get(s).end() <= para.start()) {
                s++;
            }
            List<Integer> inside = new ArrayList<>();
            for (int k = s; k < sents.size() && sents.get(k).start() < para.end(); k++) {
                inside.add(k);
            }
            for (int k : inside) {
                PassageRef ref = new PassageRef(index, k);
                String claim = claimOf.get(ref);
                if (claim == null) {
                    continue;
                }
                Span sp = sents.get(k);
                int st = Math.max(sp.start(), at);
                int en = Math.min(sp.end(), para.end());
                if (st >= en) {
                    continue;
                }
                HtmlReport.appendText(p, text.substring(at, st));
                Element span = p.appendElement("span").addClass("claimed").attr("id", anchor(ref));
                if (Boolean.TRUE.equals(differs.get(ref))) {
                    span.addClass("differs");
                }
                HtmlReport.appendText(span, text.substring(st, en));
                span.appendElement("a").addClass("back").attr("href", "#" + claim).text(claim);
                at = en;
            }
            HtmlReport.appendText(p, text.substring(at, para.end()));
        }
    }
}
