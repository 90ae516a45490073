package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare LEFT RIGHT --html OUT.html}, with and without {@code --json}. */
class CompareHtmlTest {

    @TempDir
    Path dir;
    Path left;
    Path right;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void copySeeds() throws Exception {
        left = Files.copy(Path.of("seeds/000_aeb0b849679dcb8d.txt"), dir.resolve("left.txt"));
        right = Files.copy(Path.of("seeds/002_865976831600feca.txt"), dir.resolve("right.txt"));
    }

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void writesTheReportBesideTheJson() throws Exception {
        Path html = dir.resolve("report.html");
        Path json = dir.resolve("report.json");
        assertEquals(Cli.OK, run("compare", left.toString(), right.toString(), "--html", html.toString(),
                "--json", json.toString()), err.toString());
        Document doc = Jsoup.parse(Files.readString(html, StandardCharsets.UTF_8));
        assertEquals(26, doc.select(".column.left .passage[id]").size());
        assertTrue(doc.getElementById("made").text().contains("with Parallax " + Cli.version()
                + "; settings: sensitivity 0.5, built-in aliases"), doc.getElementById("made").text());
        assertTrue(Files.readString(json).contains("\"links\""));
        assertTrue(out.toString().startsWith("Left:"), "the summary is still printed");
    }

    @Test
    void refusesToWriteOverAnInputWithExitTwo() throws Exception {
        byte[] before = Files.readAllBytes(right);
        assertEquals(Cli.USAGE, run("compare", left.toString(), right.toString(), "--html", right.toString()));
        assertEquals("parallax: refusing to write over the input " + right, err.toString().strip());
        assertArrayEquals(before, Files.readAllBytes(right));
    }

    @Test
    void aWriteErrorIsOneLineAndExitOne() {
        Path html = dir.resolve("missing").resolve("report.html");
        assertEquals(Cli.FAILED, run("compare", left.toString(), right.toString(), "--html", html.toString()));
        String message = err.toString().strip();
        assertTrue(message.startsWith("parallax: cannot write " + html), message);
        assertFalse(message.contains("\n"), message);
        assertFalse(Files.exists(html.getParent()));
    }
}
