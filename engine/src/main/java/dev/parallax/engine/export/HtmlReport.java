package dev.parallax.engine.export;

import dev.parallax.engine.result.Comparison;
import dev.parallax.engine.result.Difference;
import dev.parallax.engine.result.Kind;
import dev.parallax.engine.result.Link;
import dev.parallax.engine.result.Passage;
import dev.parallax.engine.result.Summary;
import dev.parallax.engine.text.Article;
import dev.parallax.engine.text.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

/**
 * The annotated HTML export: one self-contained file that shows a comparison as the window does.
 *
 * <p>The document is built with jsoup's element API, so article text only ever becomes escaped text nodes and
 * attribute values. CSS and one small script are inline; a Content-Security-Policy forbids every request and
 * every other script. Every link is a plain {@code #anchor} that works with scripting off; the script only adds
 * highlighting of a passage and its counterparts.
 *
 * <p>Element ids: passages keep their engine ids ({@code L0}, {@code R19}); conflicts are {@code C1, C2, ...};
 * the line that says when and how the report was made has id {@code made}.
 */
public final class HtmlReport {

    /** Id of the element holding the date, version and settings (tests mask it). */
    public static final String MADE_ID = "made";
    /** Id of the report's one script element. */
    public static final String SCRIPT_ID = "parallax-script";

    /** The report's stylesheet: the one source of the export's colours (its {@code :root} variables). */
    static final String CSS = resource("report.css");
    private static final String SCRIPT = resource("report.js");
    static final DateTimeFormatter MADE_FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private HtmlReport() {
    }

    /** The report as an HTML string. */
    public static String render(Comparison c, ReportInfo info) {
        return document(c, info).outerHtml();
    }

    /**
     * Writes the report to {@code out}: a temporary file beside it, then a move into place.
     *
     * @throws InputOverwriteException when {@code out} is one of the compared articles
     * @throws IOException             with a one-line message when the file cannot be written
     */
    public static void write(Comparison c, ReportInfo info, Path out) throws IOException {
        Objects.requireNonNull(out, "out");
        OutputGuard.of(c).write(out, render(c, info));
    }

    /** Writes the report made now, without a version or settings line. */
    public static void write(Comparison c, Path out) throws IOException {
        write(c, ReportInfo.now("", ""), out);
    }

    /** The report as a jsoup document. */
    public static Document document(Comparison c, ReportInfo info) {
        Objects.requireNonNull(c, "c");
        Objects.requireNonNull(info, "info");
        Document doc = Document.createShell("");
        doc.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(true).indentAmount(1);
        doc.prependChild(new DocumentType("html", "", ""));
        doc.child(0).attr("lang", "en");
        head(doc.head(), c);
        Element body = doc.body();
        header(body.appendElement("header"), c, info);
        Element overview = body.appendElement("section").addClass("overview");
        summary(overview, c);
        legend(overview);
        conflicts(body, c);
        Element columns = body.appendElement("main").addClass("columns");
        column(columns, c, c.left(), c.leftPassages(), true);
        column(columns, c, c.right(), c.rightPassages(), false);
        body.appendElement("footer").text("Made with Parallax. Offsets, ids and kinds match the comparison JSON.");
        body.appendElement("script").attr("id", SCRIPT_ID).appendChild(new DataNode(SCRIPT));
        return doc;
    }

    private static void head(Element head, Comparison c) {
        head.appendElement("meta").attr("charset", "utf-8");
        // Nothing may be fetched, and no script runs but the report's own (pinned by its hash).
        head.appendElement("meta").attr("http-equiv", "Content-Security-Policy").attr("content",
                "default-src 'none'; style-src 'unsafe-inline'; script-src '" + sha256(SCRIPT)
                        + "'; img-src data:; base-uri 'none'; form-action 'none'");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("meta").attr("name", "generator").attr("content", OwnReports.GENERATOR);
        head.appendElement("title").text("Parallax: " + c.left().title() + " vs " + c.right().title());
        head.appendElement("style").appendChild(new DataNode(CSS));
    }

    private static void header(Element header, Comparison c, ReportInfo info) {
        header.appendElement("h1").text("Parallax comparison");
        Element sources = header.appendElement("div").addClass("sources");
        source(sources, "Left", c.left());
        source(sources, "Right", c.right());
        Element made = header.appendElement("p").attr("id", MADE_ID).addClass("made");
        StringBuilder s = new StringBuilder("Made ").append(MADE_FORMAT.format(info.made()));
        s.append(" with Parallax");
        if (!info.version().isEmpty()) {
            s.append(' ').append(info.version());
        }
        if (!info.settings().isEmpty()) {
            s.append("; settings: ").append(info.settings());
        }
        made.text(s.append('.').toString());
    }

    private static void source(Element parent, String side, Article a) {
        Element box = parent.appendElement("section").addClass("source").addClass(side.toLowerCase(Locale.ROOT));
        box.appendElement("p").addClass("side").text(side);
        box.appendElement("h2").text(a.title());
        Element dl = box.appendElement("dl");
        if (!a.site().isEmpty()) {
            item(dl, "Site", a.site());
        }
        item(dl, "File", a.source());
        if (!a.date().isEmpty()) {
            item(dl, "Date", a.date());
        }
        item(dl, "Words", String.format(Locale.ROOT, "%,d", a.wordCount()));
    }

    private static void item(Element dl, String term, String value) {
        Element row = dl.appendElement("div");
        row.appendElement("dt").text(term);
        row.appendElement("dd").text(value);
    }

    private static void summary(Element parent, Comparison c) {
        Summary s = c.summary();
        Element box = parent.appendElement("section").addClass("summary");
        box.appendElement("h2").text("Summary");
        Element table = box.appendElement("table");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").text("");
        head.appendElement("th").attr("scope", "col").text("Passages");
        head.appendElement("th").attr("scope", "col").addClass("agree").text("Agree");
        head.appendElement("th").attr("scope", "col").addClass("conflict").text("Conflict");
        head.appendElement("th").attr("scope", "col").addClass("unique").text("Only here");
        Element tbody = table.appendElement("tbody");
        row(tbody, "Left", c.leftPassages().size() - s.leftFurniture(), s.leftAgree(), s.leftConflict(), s.leftOnly());
        row(tbody, "Right", c.rightPassages().size() - s.rightFurniture(), s.rightAgree(), s.rightConflict(),
                s.rightOnly());
        int pairs = s.agree() + s.conflict();
        box.appendElement("p").addClass("totals").text(String.format(Locale.ROOT,
                "%d matched %s: %d agreeing, %d conflicting. %.0f%% of both articles' text has a counterpart.",
                pairs, pairs == 1 ? "pair" : "pairs", s.agree(), s.conflict(), 100 * s.sharedShare()));
        int furniture = s.leftFurniture() + s.rightFurniture();
        if (furniture > 0) {
            box.appendElement("p").addClass("totals").text(String.format(Locale.ROOT,
                    "Not counted: %d %s of page furniture (left %d, right %d), shown dimmed.", furniture,
                    furniture == 1 ? "line" : "lines", s.leftFurniture(), s.rightFurniture()));
        }
    }

    private static void row(Element tbody, String side, int passages, int agree, int conflict, int unique) {
        Element tr = tbody.appendElement("tr");
        tr.appendElement("th").attr("scope", "row").text(side);
        tr.appendElement("td").text(Integer.toString(passages));
        tr.appendElement("td").text(Integer.toString(agree));
        tr.appendElement("td").text(Integer.toString(conflict));
        tr.appendElement("td").text(Integer.toString(unique));
    }

    private static void legend(Element parent) {
        Element box = parent.appendElement("section").addClass("legend");
        box.appendElement("h2").text("Legend");
        Element ul = box.appendElement("ul");
        legendItem(ul, "passage agree", "= R3", "Agree",
                "says the same as its counterpart, possibly reworded or with an alias");
        legendItem(ul, "passage conflict", "≠ R3", "Conflict",
                "the same claim, but a number, date, name, negation or quotation differs");
        legendItem(ul, "passage unique", null, "Only in this source", "no counterpart in the other article");
        legendItem(ul, "passage furniture", null, "Page furniture",
                "a slug, credit, label, teaser headline or byline: not part of the story, not counted");
        Element li = ul.appendElement("li");
        li.appendElement("mark").addClass("diff").addClass("diff-number").text("250,000");
        li.appendElement("span").addClass("what").text(" Factual difference");
        li.appendText(": the words that make a conflict (number, date, name, negation, quote)");
        li = ul.appendElement("li");
        li.appendElement("mark").addClass("diff").addClass("diff-quote").addClass("gap").text("‸");
        li.appendElement("span").addClass("what").text(" Missing here");
        li.appendText(": the other side has factual words at this point");
        li = ul.appendElement("li");
        li.appendElement("mark").addClass("diff").addClass("diff-wording").text("reworded");
        li.appendElement("span").addClass("what").text(" Wording");
        li.appendText(": words only one side uses");
        box.appendElement("p").addClass("hint").text("A badge such as “= R3” links to the counterpart; "
                + "the counterpart links back. Hover a mark for its difference.");
    }

    private static void legendItem(Element ul, String classes, String badge, String label, String meaning) {
        Element li = ul.appendElement("li");
        Element sample = li.appendElement("span").attr("class", classes);
        if (badge != null) {
            sample.appendElement("span").addClass("jump").addClass("ui").text(badge);
        }
        sample.appendText("Sample");
        li.appendElement("span").addClass("what").text(" " + label);
        li.appendText(": " + meaning);
    }

    private static void conflicts(Element body, Comparison c) {
        Element box = body.appendElement("section").addClass("conflicts").attr("id", "conflicts");
        List<Link> conflicts = c.links().stream().filter(l -> l.kind() == Kind.CONFLICT).toList();
        box.appendElement("h2").text("Conflicts (" + conflicts.size() + ")");
        if (conflicts.isEmpty()) {
            box.appendElement("p").addClass("none").text("No conflicts: every matched pair agrees.");
            return;
        }
        String lt = c.left().text();
        String rt = c.right().text();
        Element ol = box.appendElement("ol");
        int n = 0;
        for (Link l : conflicts) {
            n++;
            Element li = ol.appendElement("li").attr("id", "C" + n);
            Element pair = li.appendElement("p").addClass("pair");
            pair.appendElement("a").attr("href", "#" + l.left()).addClass("ref").text("Left " + l.left());
            pair.appendText(" ≠ ");
            pair.appendElement("a").attr("href", "#" + l.right()).addClass("ref").text("Right " + l.right());
            Element diffs = li.appendElement("ul").addClass("diffs");
            for (Difference d : l.conflicts()) {
                Element di = diffs.appendElement("li");
                di.appendElement("span").addClass("dtype").addClass("diff-" + d.type().id()).text(d.type().id());
                di.appendText(": ");
                quoted(di, d.left(), lt, "left");
                di.appendText(" vs ");
                quoted(di, d.right(), rt, "right");
            }
        }
    }

    private static void quoted(Element parent, Span span, String text, String side) {
        if (span.isEmpty()) {
            parent.appendElement("span").addClass("nothing").text("(nothing)");
        } else {
            parent.appendElement("q").addClass(side).text(oneLine(span.of(text)));
        }
    }

    private static String oneLine(String s) {
        return SPACES.matcher(s.strip()).replaceAll(" ");
    }

    private static void column(Element columns, Comparison c, Article a, List<Passage> passages, boolean left) {
        String side = left ? "Left" : "Right";
        Element col = columns.appendElement("article").addClass("column").addClass(side.toLowerCase(Locale.ROOT));
        col.attr("aria-label", side + ": " + a.title());
        Element h = col.appendElement("h2");
        h.appendElement("span").addClass("side").text(side);
        h.appendText(" " + a.title());
        Element textBox = col.appendElement("div").addClass("text");
        String text = a.text();
        List<Passage> sorted = passages.stream().sorted(Comparator.comparing(Passage::span)).toList();
        // paragraphs and passages are both in text order and disjoint: walk them together (linear, not
        // every passage for every paragraph)
        int first = 0;
        for (Span para : blocks(text)) {
            Element p = textBox.appendElement("p");
            int at = para.start();
            while (first < sorted.size() && sorted.get(first).end() <= para.start()) {
                first++;
            }
            for (int k = first; k < sorted.size() && sorted.get(k).start() < para.end(); k++) {
                Passage ps = sorted.get(k);
                int s = Math.max(ps.start(), at);
                int e = Math.min(ps.end(), para.end());
                if (e <= s) {
                    continue;
                }
                appendText(p, text.substring(at, s));
                fragment(p, c, a, ps, new Span(s, e), left);
                at = e;
            }
            appendText(p, text.substring(at, para.end()));
        }
    }

    /**
     * The article's paragraphs: runs of lines between blank lines, trimmed. Read from the text itself rather
     * than {@link Article#paragraphs()}, which follows the prose-only match text, so that markup a Markdown
     * article holds (shown as text here) stays in its paragraph and no character is left out.
     */
    static List<Span> blocks(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = BLANK_LINES.matcher(text);
        int at = 0;
        while (m.find()) {
            addIfText(out, text, at, m.start());
            at = m.end();
        }
        addIfText(out, text, at, text.length());
        return out;
    }

    // compiled once: String.split and replaceAll compile their pattern on every call, once per text run here
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final Pattern BLANK_LINES = Pattern.compile("(?:\\r\\n|\\r|\\n)(?:[\\h\\x0B\\f]*(?:\\r\\n|\\r|\\n))+");

    private static void addIfText(List<Span> out, String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && isBlank(text.charAt(s))) {
            s++;
        }
        while (e > s && isBlank(text.charAt(e - 1))) {
            e--;
        }
        if (s < e) {
            out.add(new Span(s, e));
        }
    }

    /** Whitespace, including the no-break spaces web pages leave behind. */
    private static boolean isBlank(char ch) {
        return Character.isWhitespace(ch) || Character.isSpaceChar(ch);
    }

    /** One passage, or the part of it inside one paragraph, with its badges and difference marks. */
    private static void fragment(Element p, Comparison c, Article a, Passage ps, Span part, boolean left) {
        boolean first = part.start() == ps.start();
        Element span = p.appendElement("span").addClass("passage").addClass(ps.furniture() ? "furniture" : ps.kind().id())
                .attr("data-passage", ps.id());
        if (first) {
            span.attr("id", ps.id());
        } else {
            span.addClass("cont");
        }
        List<Link> links = c.linksOf(ps.id());
        span.attr("title", label(ps, c));
        if (first) {
            for (Link l : links) {
                String other = left ? l.right() : l.left();
                span.appendElement("a").addClass("jump").addClass("ui").addClass(l.kind().id())
                        .attr("href", "#" + other)
                        .attr("title", (l.kind() == Kind.CONFLICT ? "Conflicts with " : "Agrees with ") + other)
                        .text((l.kind() == Kind.CONFLICT ? "≠ " : "= ") + other);
            }
        }
        List<Mark> marks = marks(c, links, part, left);
        String text = a.text();
        int at = part.start();
        for (Mark m : marks) {
            appendText(span, text.substring(at, m.span.start()));
            Element mark = span.appendElement("mark").addClass("diff").addClass("diff-" + m.type)
                    .attr("title", m.title);
            if (m.span.isEmpty()) {
                mark.addClass("gap").addClass("ui").text("‸"); // where the other side has words this one lacks
            } else {
                appendText(mark, m.span.of(text));
            }
            at = m.span.end();
        }
        appendText(span, text.substring(at, part.end()));
    }

    private static String label(Passage ps, Comparison c) {
        List<String> others = c.counterparts(ps.id());
        return switch (ps.kind()) {
            case AGREE -> ps.id() + ": agrees with " + String.join(", ", others);
            case CONFLICT -> ps.id() + ": conflicts with " + String.join(", ", others);
            case UNIQUE -> ps.id() + (ps.furniture() ? ": page furniture (a slug, credit, label, teaser or byline; "
                    + "not counted)" : ": only in this source");
        };
    }

    private record Mark(Span span, String type, String title, boolean factual) {
    }

    /** The difference spans on this side inside {@code part}, sorted, factual ones winning any overlap. */
    private static List<Mark> marks(Comparison c, List<Link> links, Span part, boolean left) {
        String lt = c.left().text();
        String rt = c.right().text();
        List<Mark> all = new ArrayList<>();
        for (Link l : links) {
            for (Difference d : l.differences()) {
                Span s = left ? d.left() : d.right();
                int from = Math.max(s.start(), part.start());
                int to = Math.min(s.end(), part.end());
                boolean gap = s.isEmpty() && d.type().isFactual() && s.start() >= part.start() && s.start() <= part.end();
                if (to > from || gap) {
                    all.add(new Mark(new Span(from, to), d.type().id(),
                            SPACES.matcher(d.describe(lt, rt)).replaceAll(" "),
                            d.type().isFactual()));
                }
            }
        }
        Placed chosen = new Placed();
        all.stream().filter(Mark::factual).sorted(Comparator.comparing(Mark::span)).forEach(chosen::place);
        all.stream().filter(m -> !m.factual()).sorted(Comparator.comparing(Mark::span)).forEach(chosen::place);
        List<Mark> out = new ArrayList<>(chosen.marks);
        out.sort(Comparator.comparing(Mark::span));
        return out;
    }

    /**
     * The marks chosen so far, none inside another: word marks never overlap, a gap mark (where the other side has
     * words this one lacks) is never strictly inside a word mark, in either order of placing, and two gap marks
     * never share a place. Rendering walks them in order, so a mark inside another would cut the text backwards.
     */
    private static final class Placed {
        final List<Mark> marks = new ArrayList<>();
        /** Word marks by start (they are disjoint). */
        final TreeMap<Integer, Mark> words = new TreeMap<>();
        /** Places of gap marks. */
        final TreeSet<Integer> gaps = new TreeSet<>();

        /** Adds {@code m} where it fits among the marks already chosen. */
        void place(Mark m) {
            Span s = m.span;
            if (s.isEmpty()) {
                Map.Entry<Integer, Mark> before = words.lowerEntry(s.start());
                if (gaps.contains(s.start()) || before != null && before.getValue().span.end() > s.start()) {
                    return;
                }
                gaps.add(s.start());
            } else {
                Map.Entry<Integer, Mark> before = words.floorEntry(s.start());
                Map.Entry<Integer, Mark> after = words.ceilingEntry(s.start());
                Integer gap = gaps.higher(s.start());
                if (before != null && before.getValue().span.end() > s.start()
                        || after != null && after.getKey() < s.end() || gap != null && gap < s.end()) {
                    return;
                }
                words.put(s.start(), m);
            }
            marks.add(m);
        }
    }

    /** Appends text, turning line breaks inside a paragraph into {@code <br>}. */
    static void appendText(Element parent, String s) {
        if (s.isEmpty()) {
            return;
        }
        if (s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            parent.appendText(s);
            return;
        }
        String[] lines = LINE_BREAK.split(s, -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                parent.appendElement("br");
            }
            if (!lines[i].isEmpty()) {
                parent.appendText(lines[i]);
            }
        }
    }

    static String sha256(String s) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(h);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JDK has SHA-256
        }
    }

    static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
