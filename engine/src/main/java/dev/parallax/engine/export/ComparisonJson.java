package dev.parallax.engine.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.parallax.engine.result.Comparison;
import dev.parallax.engine.result.Difference;
import dev.parallax.engine.result.Link;
import dev.parallax.engine.result.Passage;
import dev.parallax.engine.result.Summary;
import dev.parallax.engine.text.Article;
import dev.parallax.engine.text.Span;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the comparison JSON, the contract the CLI's {@code --json}, the window's export and the scorers in
 * {@code shared/tools} share. Offsets are UTF-16 indices into each article's text.
 */
public final class ComparisonJson {

    /** Version of the JSON shape. */
    public static final int VERSION = 1;

    private static final JsonFactory FACTORY = new JsonFactory();

    private ComparisonJson() {
    }

    /** The JSON as a string. */
    public static String toJson(Comparison c) {
        StringWriter w = new StringWriter();
        try {
            write(c, w);
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringWriter does not fail
        }
        return w.toString();
    }

    /**
     * Writes the JSON to {@code out} safely (a temporary file beside it, then a move into place), never over
     * either compared article.
     *
     * @throws InputOverwriteException when {@code out} is one of the compared articles
     */
    public static void write(Comparison c, Path out) throws IOException {
        write(c, out, OutputGuard.of(c));
    }

    /** Writes the JSON to {@code out} unless {@code guard} or the comparison's own articles protect it. */
    public static void write(Comparison c, Path out, OutputGuard guard) throws IOException {
        guard.check(out); // a batch's guard holds every article of the batch: built once, checked per line
        // written as it is generated (a book pair's JSON is 9 MB: no string of it, nor a copy of its bytes)
        OutputGuard.of(c).write(out, (OutputStream o) -> write(c, new OutputStreamWriter(o, StandardCharsets.UTF_8)));
    }

    public static void write(Comparison c, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("version", VERSION);
            side(g, "left", c.left(), c.leftPassages());
            side(g, "right", c.right(), c.rightPassages());
            g.writeArrayFieldStart("links");
            for (Link l : c.links()) {
                g.writeStartObject();
                g.writeStringField("left", l.left());
                g.writeStringField("right", l.right());
                g.writeStringField("kind", l.kind().id());
                g.writeNumberField("similarity", Math.round(l.similarity() * 1000) / 1000.0);
                g.writeArrayFieldStart("differences");
                for (Difference d : l.differences()) {
                    g.writeStartObject();
                    g.writeStringField("type", d.type().id());
                    span(g, "left", d.left());
                    span(g, "right", d.right());
                    g.writeStringField("leftText", d.left().of(c.left().text()));
                    g.writeStringField("rightText", d.right().of(c.right().text()));
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            Summary s = c.summary();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("agree", s.agree());
            g.writeNumberField("conflict", s.conflict());
            g.writeNumberField("leftOnly", s.leftOnly());
            g.writeNumberField("rightOnly", s.rightOnly());
            g.writeNumberField("leftFurniture", s.leftFurniture());
            g.writeNumberField("rightFurniture", s.rightFurniture());
            g.writeNumberField("sharedShare", Math.round(s.sharedShare() * 1000) / 1000.0);
            g.writeNumberField("elapsedMs", Math.round(c.elapsedNanos() / 1e5) / 10.0);
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    private static void side(JsonGenerator g, String name, Article a, List<Passage> passages) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("source", a.source());
        g.writeStringField("title", a.title());
        if (!a.site().isEmpty()) {
            g.writeStringField("site", a.site());
        }
        if (!a.date().isEmpty()) {
            g.writeStringField("date", a.date());
        }
        g.writeArrayFieldStart("passages");
        for (Passage p : passages) {
            g.writeStartObject();
            g.writeStringField("id", p.id());
            g.writeNumberField("start", p.start());
            g.writeNumberField("end", p.end());
            // furniture is kept, marked, and out of the unique passages: its own kind
            g.writeStringField("kind", p.furniture() ? "furniture" : p.kind().id());
            if (p.furniture()) {
                g.writeBooleanField("furniture", true);
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void span(JsonGenerator g, String name, Span s) throws IOException {
        g.writeArrayFieldStart(name);
        g.writeNumber(s.start());
        g.writeNumber(s.end());
        g.writeEndArray();
    }
}
