package dev.parallax.engine.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.parallax.engine.claims.Claim;
import dev.parallax.engine.claims.ClaimsResult;
import dev.parallax.engine.claims.PassageRef;
import dev.parallax.engine.corpus.Document;
import dev.parallax.engine.text.Article;
import dev.parallax.engine.text.Span;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the claims JSON, a contract tools read (documented in the README):
 * <pre>{@code
 * {"version": 1,
 *  "articles": [{"path": "a.txt", "title": "...", "source": "site or null", "date": "2013-07-02 or null",
 *                "claims": 12}],
 *  "claims": [{"id": "C1", "sources": 3,
 *              "passages": [{"article": "a.txt", "start": 0, "end": 120, "text": "...", "main": true}, ...],
 *              "variants": [{"type": "number", "values": [{"text": "5", "articles": ["a.txt"]}, ...]}],
 *              "absent": ["c.txt"],
 *              "first": "a.txt or null"}]}
 * }</pre>
 * Paths are relative to the folder with '/'; offsets are those of the comparison JSON (UTF-16 indices into the
 * decoded text). Claims are those carried by at least the given number of sources, most sources first.
 */
public final class ClaimsJson {

    /** Version of the JSON shape. */
    public static final int VERSION = 1;

    private static final JsonFactory FACTORY = new JsonFactory();

    private ClaimsJson() {
    }

    public static String toJson(ClaimsResult r, int minSources) {
        StringWriter w = new StringWriter();
        try {
            write(r, minSources, w);
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringWriter does not fail
        }
        return w.toString();
    }

    /**
     * Writes the JSON safely (a temporary file, then a move), never over an article the scan read or skipped.
     *
     * @throws InputOverwriteException when {@code out} is one of the folder's articles
     */
    public static void write(ClaimsResult r, int minSources, Path out) throws IOException {
        OutputGuard.of(r.scan()).write(out, toJson(r, minSources));
    }

    public static void write(ClaimsResult r, int minSources, Writer out) throws IOException {
        List<Document> docs = r.documents();
        int[] coverage = r.coverage();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("version", VERSION);
            g.writeArrayFieldStart("articles");
            for (int i = 0; i < docs.size(); i++) {
                Article a = docs.get(i).article();
                g.writeStartObject();
                g.writeStringField("path", docs.get(i).id());
                g.writeStringField("title", a.title());
                g.writeStringField("source", a.site().isEmpty() ? null : a.site());
                g.writeStringField("date", a.date().isEmpty() ? null : a.date());
                g.writeNumberField("claims", coverage[i]);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("claims");
            for (Claim c : r.withSources(minSources)) {
                g.writeStartObject();
                g.writeStringField("id", c.id());
                g.writeNumberField("sources", c.sources());
                g.writeArrayFieldStart("passages");
                for (PassageRef p : c.passages()) {
                    Article a = docs.get(p.article()).article();
                    Span s = a.sentences().get(p.sentence());
                    g.writeStartObject();
                    g.writeStringField("article", docs.get(p.article()).id());
                    g.writeNumberField("start", s.start());
                    g.writeNumberField("end", s.end());
                    g.writeStringField("text", s.of(a.text()));
                    if (p.equals(c.main())) {
                        g.writeBooleanField("main", true);
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("variants");
                for (Claim.Variant v : c.variants()) {
                    g.writeStartObject();
                    g.writeStringField("type", v.type().id());
                    g.writeArrayFieldStart("values");
                    for (Claim.Variant.Value val : v.values()) {
                        g.writeStartObject();
                        g.writeStringField("text", val.text());
                        g.writeArrayFieldStart("articles");
                        for (int a : val.articles()) {
                            g.writeString(docs.get(a).id());
                        }
                        g.writeEndArray();
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("absent");
                for (int i = 0; i < docs.size(); i++) {
                    if (!c.articles().contains(i)) {
                        g.writeString(docs.get(i).id());
                    }
                }
                g.writeEndArray();
                g.writeStringField("first", c.first() < 0 ? null : docs.get(c.first()).id());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.flush();
        }
    }
}
