package dev.parallax.engine.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.parallax.engine.corpus.Document;
import dev.parallax.engine.corpus.PairScore;
import dev.parallax.engine.corpus.ScanResult;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the folder-scan JSON, a contract tools read:
 * <pre>{@code
 * {"version": 1,
 *  "articles": [{"path": "relative/to/FOLDER.txt", "title": "..."}],
 *  "pairs": [{"a": "path", "b": "path", "sharedShare": 0.42, "conflicts": 2, "likelySource": "path or null"}],
 *  "groups": [["path", ...]],
 *  "skippedPairs": [{"a": "path", "b": "path", "reason": "too large to compare in this Java heap: ..."}]}
 * }</pre>
 * Pairs are those at or above the floor, highest {@code sharedShare} first; paths are relative to the folder
 * with '/' separators; skipped pairs are the candidate pairs not aligned, with the reason the command line prints.
 * A field added keeps the version (as {@code skippedPairs} did); a field removed, renamed or changed in meaning
 * raises it.
 */
public final class ScanJson {

    /** Version of the JSON shape. */
    public static final int VERSION = 1;

    private static final JsonFactory FACTORY = new JsonFactory();

    private ScanJson() {
    }

    /** The JSON as a string, listing pairs whose shared share is positive and at least {@code floor}. */
    public static String toJson(ScanResult r, double floor) {
        StringWriter w = new StringWriter();
        try {
            write(r, floor, w);
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringWriter does not fail
        }
        return w.toString();
    }

    /**
     * Writes the JSON safely (a temporary file beside {@code out}, then a move into place), never over an
     * article the scan read or skipped.
     *
     * @throws InputOverwriteException when {@code out} is one of the scanned articles
     */
    public static void write(ScanResult r, double floor, Path out) throws IOException {
        OutputGuard.of(r).write(out, toJson(r, floor));
    }

    public static void write(ScanResult r, double floor, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("version", VERSION);
            g.writeArrayFieldStart("articles");
            for (Document d : r.documents()) {
                g.writeStartObject();
                g.writeStringField("path", d.id());
                g.writeStringField("title", d.article().title());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("pairs");
            for (PairScore p : r.pairsAbove(floor)) {
                writePair(g, p.a(), p.b(), p.sharedShare(), p.conflicts(), p.likelySource());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("groups");
            for (List<String> group : r.groups()) {
                writeGroup(g, group);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("skippedPairs");
            for (ScanResult.SkippedPair s : r.skippedPairs()) {
                g.writeStartObject();
                g.writeStringField("a", s.a());
                g.writeStringField("b", s.b());
                g.writeStringField("reason", s.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.flush();
        }
    }

    /**
     * One element of {@code pairs}: its fields in order, the share rounded to four places (the Spark job's
     * pairs.jsonl writes its lines with this too, so the two stay the same).
     */
    public static void writePair(JsonGenerator g, String a, String b, double sharedShare, int conflicts,
                                 String likelySource) throws IOException {
        g.writeStartObject();
        g.writeStringField("a", a);
        g.writeStringField("b", b);
        g.writeNumberField("sharedShare", Math.round(sharedShare * 10000) / 10000.0);
        g.writeNumberField("conflicts", conflicts);
        g.writeStringField("likelySource", likelySource);
        g.writeEndObject();
    }

    /** One element of {@code groups}: the members' paths. */
    public static void writeGroup(JsonGenerator g, List<String> members) throws IOException {
        g.writeStartArray();
        for (String id : members) {
            g.writeString(id);
        }
        g.writeEndArray();
    }
}
