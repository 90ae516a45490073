package dev.parallax.cli;

import static dev.parallax.cli.CompareBadInputTest.SEED_LEFT;
import static dev.parallax.cli.CompareBadInputTest.SEED_RIGHT;
import static dev.parallax.cli.CompareBadInputTest.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.cli.CompareBadInputTest.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every writer of the command line (compare --json/--html, the --pairs batch, scan --json, open --snapshot)
 * goes through one guard: no output ever replaces a file the run reads, and a batch writes only inside its
 * out-dir. Each case is one that replaced an input (or wrote outside the out-dir) before the guard.
 */
class OutputsNeverReplaceInputsTest {

    @TempDir
    Path dir;
    Path in;
    Path a;
    Path b;
    byte[] aBytes;
    byte[] bBytes;

    @BeforeEach
    void twoArticlesInAFolder() throws IOException {
        in = Files.createDirectory(dir.resolve("in"));
        a = Files.copy(SEED_LEFT, in.resolve("a.json.txt"));
        b = Files.copy(SEED_RIGHT, in.resolve("b.txt"));
        aBytes = Files.readAllBytes(a);
        bBytes = Files.readAllBytes(b);
    }

    private Path pairs(String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private void assertInputsUntouched() throws IOException {
        assertArrayEquals(aBytes, Files.readAllBytes(a), "a was replaced");
        assertArrayEquals(bBytes, Files.readAllBytes(b), "b was replaced");
    }

    private static List<String> errLines(Result r) {
        return r.err().strip().lines().toList();
    }

    @Test
    void aBatchNameThatResolvesOntoAnInputIsRefusedAndTheRestOfTheBatchRuns() throws IOException {
        // a result named 'a.json' (an article here is 'a.json.txt': make one named exactly like an output)
        Path victim = Files.copy(SEED_LEFT, in.resolve("victim.json"));
        byte[] before = Files.readAllBytes(victim);
        Path tsv = pairs("pairs.tsv",
                "in/victim.json\tin/b.txt\tok",
                "in/a.json.txt\tin/b.txt\t../in/victim");
        Path out = dir.resolve("out");
        Result r = run("compare", "--pairs", tsv.toString(), "--out-dir", out.toString());
        assertEquals(3, r.code(), r.err());
        assertArrayEquals(before, Files.readAllBytes(victim), "the input was replaced by a result");
        // the name has '..': refused as leaving the out-dir, naming the line
        assertTrue(r.err().contains(tsv + " line 2"), r.err());
        assertTrue(Files.isRegularFile(out.resolve("ok.json")), "the good line still ran");
        assertInputsUntouched();
    }

    @Test
    void aBatchResultNeverReplacesThePairsFileItself() throws IOException {
        Path tsv = pairs("list.json", "in/a.json.txt\tin/b.txt\tlist");
        byte[] before = Files.readAllBytes(tsv);
        Result r = run("compare", "--pairs", tsv.toString(), "--out-dir", dir.toString());
        assertEquals(3, r.code(), r.err());
        assertArrayEquals(before, Files.readAllBytes(tsv), "the pairs file was replaced");
        assertEquals(1, errLines(r).size(), r.err());
        assertTrue(r.err().contains("line 1") && r.err().contains("refusing to write over the input"), r.err());
    }

    @Test
    void aBatchResultNeverReplacesAnArticleOfAnotherLine() throws IOException {
        // line 1 would write in/b.json... only if such an article existed: make line 2 read it
        Path other = Files.copy(SEED_RIGHT, in.resolve("x.json"));
        byte[] before = Files.readAllBytes(other);
        Path tsv = pairs("pairs.tsv", "in/a.json.txt\tin/b.txt\tx", "in/x.json\tin/b.txt\ty");
        Result r = run("compare", "--pairs", tsv.toString(), "--out-dir", in.toString());
        assertEquals(3, r.code(), r.err());
        assertArrayEquals(before, Files.readAllBytes(other));
        assertTrue(r.err().contains("line 1") && r.err().contains("refusing"), r.err());
        assertTrue(Files.isRegularFile(in.resolve("y.json")), "line 2 ran");
    }

    @Test
    void namesThatLeaveTheOutDirAreAnErrorForTheirLineOnly() throws IOException {
        Path abs = dir.resolve("absolute");
        Path tsv = pairs("pairs.tsv",
                "in/a.json.txt\tin/b.txt\t../escaped",
                "in/a.json.txt\tin/b.txt\t" + abs,
                "in/a.json.txt\tin/b.txt\t.",
                "in/a.json.txt\tin/b.txt\tnul\0name",
                "in/a.json.txt\tin/b\0.txt\tnul-in-path",
                "in/a.json.txt\tin/b.txt\tgood");
        Path out = dir.resolve("out");
        Result r = run("compare", "--pairs", tsv.toString(), "--out-dir", out.toString());
        assertEquals(3, r.code(), r.err());
        List<String> lines = errLines(r);
        assertEquals(5, lines.size(), r.err());
        for (int n = 1; n <= 5; n++) {
            assertTrue(lines.get(n - 1).startsWith("parallax: " + tsv + " line " + n + ": "), lines.get(n - 1));
        }
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(dir.resolve("escaped.json")));
        assertFalse(Files.exists(dir.resolve("absolute.json")));
        assertFalse(Files.exists(dir.resolve("..json")));
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of(out.resolve("good.json")), s.toList(), "only the good line wrote");
        }
        assertTrue(r.out().startsWith("1 pairs compared, 5 failed"), r.out());
    }

    @Test
    void aDuplicateNameIsAnErrorNamingBothLinesAndTheFirstResultIsKept() throws IOException {
        Path tsv = pairs("pairs.tsv", "in/a.json.txt\tin/b.txt\tsame", "in/b.txt\tin/a.json.txt\tsame");
        Path out = dir.resolve("out");
        Result r = run("compare", "--pairs", tsv.toString(), "--out-dir", out.toString());
        assertEquals(3, r.code(), r.err());
        assertEquals(List.of("parallax: " + tsv + " line 2: name 'same' is already used by line 1; give each pair "
                + "its own name"), errLines(r));
        String json = Files.readString(out.resolve("same.json"));
        assertTrue(json.indexOf("a.json.txt") < json.indexOf("b.txt"), "the first line's result (a left)");
        assertTrue(r.out().startsWith("1 pairs compared, 1 failed"), r.out());
    }

    @Test
    void aPairsFileWithAByteOrderMarkReadsItsFirstPath() throws IOException {
        Path tsv = pairs("pairs.tsv", "\uFEFFin/a.json.txt\tin/b.txt\tfirst");
        Path out = dir.resolve("out");
        Result r = run("compare", "--pairs", tsv.toString(), "--out-dir", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isRegularFile(out.resolve("first.json")));
    }

    @Test
    void jsonOrHtmlWithPairsIsAUsageErrorNotSilentlyIgnored() throws IOException {
        Path tsv = pairs("pairs.tsv", "in/a.json.txt\tin/b.txt\tx");
        for (String opt : List.of("--json", "--html")) {
            Result r = run("compare", "--pairs", tsv.toString(), "--out-dir", dir.resolve("o").toString(), opt,
                    dir.resolve("one").toString());
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().startsWith("parallax: " + opt + " writes one comparison"), r.err());
        }
    }

    @Test
    void scanJsonNeverReplacesAnArticleOfTheFolder() throws IOException {
        Result r = run("scan", in.toString(), "--json", b.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals("parallax: refusing to write over the input " + b, r.err().strip());
        assertInputsUntouched();
    }

    @Test
    void scanJsonThroughALinkToAnArticleIsRefused() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("scan.json"), a);
        Result r = run("scan", in.toString(), "--json", link.toString());
        assertEquals(2, r.code(), r.err());
        assertInputsUntouched();
    }

    @Test
    void aSnapshotNeverReplacesAnotherArticleOfTheFolder() throws IOException {
        Path c = Files.copy(SEED_LEFT, in.resolve("c.txt"));
        byte[] before = Files.readAllBytes(c);
        Result r = run("open", in.toString(), "--left", "a.json.txt", "--right", "b.txt", "--snapshot", c.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals("parallax: --snapshot: refusing to write over the input " + c, r.err().strip());
        assertArrayEquals(before, Files.readAllBytes(c));
    }

    @Test
    void compareJsonOverAnInputSpelledDifferentlyIsRefusedBeforeComparing() throws IOException {
        Result r = run("compare", a.toString(), b.toString(), "--json", in.resolve("./b.txt").toString());
        assertEquals(2, r.code(), r.err());
        assertEquals("", r.out(), "refused before comparing");
        assertInputsUntouched();
    }

    @Test
    void jsonAndHtmlNamingOneFileHoweverSpelledIsAUsageErrorBeforeComparing() throws IOException {
        Path out = Files.createDirectory(dir.resolve("out"));
        Path earlier = Files.writeString(out.resolve("report.out"), "an earlier report", StandardCharsets.UTF_8);
        Path link = Files.createSymbolicLink(dir.resolve("outlink"), out);
        for (String[] spelled : new String[][] {
            {out.resolve("report.out").toString(), out.resolve("report.out").toString()},
            {out.resolve("report.out").toString(), out.resolve("./sub/../report.out").toString()},
            {out.resolve("report.out").toString(), link.resolve("report.out").toString()},
            {out.resolve("new.out").toString(), link.resolve("new.out").toString()}}) {
            Result r = run("compare", a.toString(), b.toString(), "--json", spelled[0], "--html", spelled[1]);
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().startsWith("parallax: --json " + spelled[0] + " and --html " + spelled[1]
                    + " are the same file"), r.err());
            assertEquals("", r.out(), "refused before comparing");
        }
        assertEquals("an earlier report", Files.readString(earlier), "nothing was written");
        assertFalse(Files.exists(out.resolve("new.out")));
        // two different files still both get written
        Result ok = run("compare", a.toString(), b.toString(), "--json", out.resolve("c.json").toString(),
                "--html", out.resolve("c.html").toString());
        assertEquals(0, ok.code(), ok.err());
        assertTrue(Files.size(out.resolve("c.json")) > 0 && Files.size(out.resolve("c.html")) > 0);
        assertInputsUntouched();
    }
}
