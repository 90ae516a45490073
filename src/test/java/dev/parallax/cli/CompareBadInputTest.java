package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad and unusual input through the CLI entry point: every case ends in a one-line error with the right exit
 * code, or in a correct comparison; never a stack trace.
 */
class CompareBadInputTest {

    static final Path SEED_LEFT = Path.of("seeds/000_aeb0b849679dcb8d.txt");
    static final Path SEED_RIGHT = Path.of("seeds/002_865976831600feca.txt");
    static final Path PAIRS = Path.of("src/test/resources/eval/wikinews-rewrites/pairs");

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
        /** The error output is exactly one line, names the file, and carries no stack trace. */
        void assertOneLineError(int expectedCode, Path file, String reason) {
            assertEquals(expectedCode, code, () -> "exit code; err=" + err + " out=" + out);
            String[] lines = err.strip().split("\\R");
            assertEquals(1, lines.length, () -> "one line expected: " + err);
            assertTrue(lines[0].startsWith("parallax: "), lines[0]);
            if (file != null) {
                assertTrue(lines[0].contains(file.toString()), () -> lines[0] + " should name " + file);
            }
            assertTrue(lines[0].contains(reason), () -> lines[0] + " should say " + reason);
            assertFalse(err.contains("Exception") || err.contains("\tat "), err);
        }
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    static Result compare(Path left, Path right, String... more) {
        String[] args = new String[3 + more.length];
        args[0] = "compare";
        args[1] = left.toString();
        args[2] = right.toString();
        System.arraycopy(more, 0, args, 3, more.length);
        return run(args);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private Path write(String name, String text, Charset cs) throws IOException {
        return write(name, text.getBytes(cs));
    }

    private JsonNode json(Path left, Path right) throws IOException {
        Path out = dir.resolve("out-" + System.nanoTime() + ".json");
        Result r = compare(left, right, "--json", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().isBlank(), r.err());
        return new ObjectMapper().readTree(out.toFile());
    }

    @Test
    void aMissingFileIsExitThreeNamingIt() {
        Path missing = dir.resolve("nope.txt");
        compare(missing, SEED_RIGHT).assertOneLineError(3, missing, "no such file");
    }

    @Test
    void aDirectoryIsExitThree() {
        compare(SEED_LEFT, dir).assertOneLineError(3, dir, "is a directory");
    }

    @Test
    void anEmptyFileIsExitThree() throws IOException {
        Path empty = write("empty.txt", new byte[0]);
        compare(empty, SEED_RIGHT).assertOneLineError(3, empty, "file is empty");
    }

    @Test
    void aWhiteSpaceOnlyFileIsExitThree() throws IOException {
        Path blank = write("blank.txt", " \n\r\n\t \n", StandardCharsets.UTF_8);
        compare(SEED_LEFT, blank).assertOneLineError(3, blank, "no text");
    }

    @Test
    void aPngIsExitThreeNotText() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1,
            0, 0, 0, 1, 0, 8, 6, 0, 0, 0, 0x5C, 0x72, (byte) 0xA8, 0x66};
        Path file = write("picture.txt", png);
        compare(file, SEED_RIGHT).assertOneLineError(3, file, "not text");
    }

    @Test
    void bytesWithNulsAreExitThreeNotText() throws IOException {
        byte[] b = new byte[4096];
        new java.util.Random(7).nextBytes(b);
        for (int i = 0; i < b.length; i += 17) {
            b[i] = 0;
        }
        Path file = write("data.bin", b);
        compare(SEED_LEFT, file).assertOneLineError(3, file, "not text");
    }

    @Test
    void textWithAFewNulsIsStillNotAcceptedSilentlyAsGarbage() throws IOException {
        // ASCII prose with NUL padding (a truncated download): refused, not compared as noise
        byte[] prose = Files.readAllBytes(SEED_LEFT);
        byte[] b = new byte[prose.length + 600];
        System.arraycopy(prose, 0, b, 0, prose.length);
        Path file = write("padded.txt", b);
        compare(file, SEED_RIGHT).assertOneLineError(3, file, "not text");
    }

    @Test
    void aFileOverMaxSizeIsExitThreeMentioningTheOption() throws IOException {
        Path file = write("long.txt", Files.readAllBytes(SEED_RIGHT)); // 6 KB
        compare(SEED_LEFT, file, "--max-size", "0.004").assertOneLineError(3, file, "--max-size");
    }

    @Test
    void aSparseFileOverFiftyMegabytesIsRefusedWithoutReadingIt() throws IOException {
        Path file = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(51L * 1024 * 1024); // sparse on most file systems: cheap
        }
        // the message with both sizes comes from the check of the file's size, made before reading it
        compare(file, SEED_RIGHT).assertOneLineError(3, file, "file is 51 MB, over the 50 MB limit");
    }

    @Test
    void maxSizeMustBePositive() {
        Result r = compare(SEED_LEFT, SEED_RIGHT, "--max-size", "0");
        assertEquals(2, r.code(), r.err());
    }

    @Test
    void oneFileOnlyIsAUsageError() {
        Result r = run("compare", SEED_LEFT.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("two files"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Result r = run("compare", SEED_LEFT.toString(), SEED_RIGHT.toString(), "--frobnicate");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--frobnicate"), r.err());
        assertTrue(r.err().contains("--help"), r.err());
    }

    @Test
    void anHtmlPageWithoutArticleTextIsExitThree() throws IOException {
        String html = "<!DOCTYPE html><html><head><title>Home</title></head><body>"
                + "<nav><a href=/>Home</a> <a href=/world>World</a> <a href=/sport>Sport</a></nav>"
                + "<div class=menu><ul><li><a href=/a>Politics</a></li><li><a href=/b>Business</a></li></ul></div>"
                + "<footer>© 2024 Example News. All rights reserved.</footer></body></html>";
        Path page = write("index.html", html, StandardCharsets.UTF_8);
        compare(page, SEED_RIGHT).assertOneLineError(3, page, "no article text");
    }

    @Test
    void identicalFilesLinkEveryPassageAsAgreeWithoutConflicts() throws IOException {
        Path copy = write("copy.txt", Files.readAllBytes(SEED_RIGHT));
        JsonNode j = json(SEED_RIGHT, copy);
        JsonNode s = j.get("summary");
        assertEquals(0, s.get("conflict").asInt());
        assertEquals(0, s.get("leftOnly").asInt());
        assertEquals(0, s.get("rightOnly").asInt());
        assertEquals(1.0, s.get("sharedShare").asDouble(), 1e-9);
        int furniture = 0;
        for (JsonNode p : j.get("left").get("passages")) {
            // page furniture (the CNN slug, credits, teasers) is never linked, on either copy
            furniture += p.get("kind").asText().equals("furniture") ? 1 : 0;
            assertTrue(p.get("kind").asText().matches("agree|furniture"), p.toString());
        }
        assertEquals(furniture, s.get("leftFurniture").asInt());
        assertEquals(furniture, s.get("rightFurniture").asInt());
        for (JsonNode l : j.get("links")) {
            assertEquals("agree", l.get("kind").asText(), l.toString());
        }
        assertEquals(j.get("left").get("passages").size(), j.get("right").get("passages").size());
    }

    @Test
    void twoUnrelatedStoriesShareNothing() throws IOException {
        Path olympics = PAIRS.resolve("2006-Olympic-Winter-Games-open-in-Italy/left.txt");
        Path blair = PAIRS.resolve("Blair-flight-overshoots-runway/right.txt");
        JsonNode j = json(olympics, blair);
        assertEquals(0, j.get("links").size(), () -> "false links: " + j.get("links"));
        JsonNode s = j.get("summary");
        assertEquals(j.get("left").get("passages").size(), s.get("leftOnly").asInt());
        assertEquals(j.get("right").get("passages").size(), s.get("rightOnly").asInt());
    }

    @Test
    void crlfFilesKeepPassageSpansOnTheExactSentences() throws IOException {
        String lf = Files.readString(SEED_RIGHT, StandardCharsets.UTF_8);
        String crlf = lf.replace("\r\n", "\n").replace("\n", "\r\n");
        Path left = write("crlf.txt", crlf, StandardCharsets.UTF_8);
        Path right = write("lf.txt", lf.replace("\r\n", "\n"), StandardCharsets.UTF_8);
        JsonNode j = json(left, right);
        assertEquals(0, j.get("summary").get("conflict").asInt());
        assertEquals(0, j.get("summary").get("leftOnly").asInt());
        Set<String> leftTexts = new HashSet<>();
        for (JsonNode p : j.get("left").get("passages")) {
            String cut = crlf.substring(p.get("start").asInt(), p.get("end").asInt());
            assertFalse(cut.startsWith("\n") || cut.endsWith("\r") || cut.endsWith("\n"), () -> "[" + cut + "]");
            assertEquals(cut.strip(), cut);
            leftTexts.add(cut.replace("\r\n", "\n"));
        }
        String lfOnly = lf.replace("\r\n", "\n");
        Set<String> rightTexts = new HashSet<>();
        for (JsonNode p : j.get("right").get("passages")) {
            rightTexts.add(lfOnly.substring(p.get("start").asInt(), p.get("end").asInt()));
        }
        assertEquals(rightTexts, leftTexts, "the same passages cut from both line-ending styles");
    }

    @Test
    void windows1252FilesCompareWithTheirUtf8Twin() throws IOException {
        String text = "Café owners in Montréal said the “emergency” measures — announced on Tuesday — went too far.\n\n"
                + "“We’re not closing,” said one owner, who asked not to be named. Prices rose 5½ per cent.\n";
        Path cp = write("cp1252.txt", text, Charset.forName("windows-1252"));
        Path utf = write("utf8.txt", text, StandardCharsets.UTF_8);
        JsonNode j = json(cp, utf);
        assertEquals(0, j.get("summary").get("conflict").asInt(), j.toString());
        assertEquals(0, j.get("summary").get("leftOnly").asInt(), j.toString());
        assertEquals(0, j.get("summary").get("rightOnly").asInt(), j.toString());
    }
}
