package dev.parallax.cli;

import static dev.parallax.cli.CompareBadInputTest.SEED_LEFT;
import static dev.parallax.cli.CompareBadInputTest.SEED_RIGHT;
import static dev.parallax.cli.CompareBadInputTest.compare;
import static dev.parallax.cli.CompareBadInputTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.cli.CompareBadInputTest.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** What the command line says, as a user reads it: counts in words that fit, help that works, one problem a line. */
class CliWordingTest {

    @TempDir
    Path dir;

    private static final Pattern WRONG_PLURAL = Pattern.compile(
            "\\b(?:0|[2-9]|\\d{2,}) (?:conflict|pair|group|article|passage)\\b|\\b1 (?:conflicts|pairs|groups|articles|passages)\\b");

    @Test
    void compareCountsAgreeWithTheirNouns() {
        Result r = compare(SEED_LEFT, SEED_RIGHT);
        assertEquals(0, r.code(), r.err());
        Matcher m = WRONG_PLURAL.matcher(r.out());
        assertFalse(m.find(), () -> "'" + m.group() + "' in " + r.out());
        assertFalse(r.out().contains("shared share"), r.out());
        assertTrue(r.out().matches("(?s).*\\b\\d+% of the text is shared\\b.*"), r.out());
    }

    @Test
    void passagesAndMatchedPairsAreNamedApart() {
        List<String> lines = compare(SEED_LEFT, SEED_RIGHT).out().lines().toList();
        // per side: passages that agree / conflict; overall: pairs of passages (a passage can match several)
        assertTrue(lines.get(1).matches(" +\\d+ passages: \\d+ agreeing, \\d+ conflicting, \\d+ only in this source"
                + "(; \\d+ lines? of page furniture not counted)?"), lines.get(1));
        assertTrue(lines.get(4).matches("Matched: \\d+ pairs? of passages \\(\\d+ agreeing, \\d+ conflicting\\); .*"),
                lines.get(4));
        long agreeWords = lines.stream().filter(l -> l.matches(".*\\d+ agree\\b.*")).count();
        assertEquals(0, agreeWords, "no bare 'N agree' left to mean two different counts: " + lines);
    }

    @Test
    void eachConflictQuotesBothSentences() throws Exception {
        Result r = compare(SEED_LEFT, SEED_RIGHT);
        List<String> lines = r.out().lines().toList();
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("Conflict 1 of ")) {
                at = i;
            }
        }
        assertTrue(at >= 0, r.out());
        Matcher head = Pattern.compile("Conflict 1 of \\d+: (L\\d+) <> (R\\d+) \\(\\w+.*\\)").matcher(lines.get(at));
        assertTrue(head.matches(), lines.get(at));
        String left = lines.get(at + 1);
        String right = lines.get(at + 2);
        assertTrue(left.startsWith("  " + head.group(1) + ": "), left);
        assertTrue(right.startsWith("  " + head.group(2) + ": "), right);
        // the seeds' conflict is the solidarity quote: both sentences are there in words, shortened to one line
        assertTrue(left.contains("deliver justice to these terrorists"), left);
        assertTrue(right.contains("deliver justice to these terrorists"), right);
        assertTrue(left.length() <= CompareCommand.EXCERPT + 8 && right.length() <= CompareCommand.EXCERPT + 8);
    }

    @Test
    void anExcerptKeepsTheDifferenceInSight() {
        String s = "word ".repeat(60) + "TWO HUNDRED people " + "more ".repeat(60);
        String e = Words.excerpt(s, s.indexOf("TWO"), 80);
        assertTrue(e.contains("TWO HUNDRED"), e);
        assertTrue(e.startsWith("…") && e.endsWith("…") && e.length() <= 80, e);
        assertEquals("short one", Words.excerpt("short\n one", 0, 80));
    }

    @Test
    void writtenFilesAreNamed() {
        Path json = dir.resolve("out.json");
        Path html = dir.resolve("out.html");
        Result r = compare(SEED_LEFT, SEED_RIGHT, "--json", json.toString(), "--html", html.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(json) && Files.exists(html));
        assertTrue(r.out().lines().anyMatch(l -> l.equals("wrote " + json)), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.equals("wrote " + html)), r.out());
        Path scanJson = dir.resolve("scan.json");
        Result s = run("scan", "seeds", "--json", scanJson.toString());
        assertTrue(s.out().lines().anyMatch(l -> l.equals("wrote " + scanJson)), s.out());
    }

    @Test
    void scanCountsAgreeWithTheirNouns() {
        Result r = run("scan", "seeds");
        assertEquals(0, r.code(), r.err());
        Matcher m = WRONG_PLURAL.matcher(r.out().lines().findFirst().orElseThrow());
        assertFalse(m.find(), () -> "'" + m.group() + "' in " + r.out());
        assertTrue(r.out().startsWith("2 articles, 0 skipped; 1 pair aligned of 1 possible; 1 pair shares text; 1 group;"),
                r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"compare", "scan", "open"})
    void helpCommandShowsTheCommandsUsage(String command) {
        Result r = run("help", command);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Usage: parallax " + command + " "), r.out());
        assertEquals(run(command, "--help").out(), r.out());
    }

    @Test
    void aMistypedCommandOrOptionGetsASuggestion() {
        Result r = run("comapre", "a", "b");
        assertEquals(2, r.code());
        assertEquals("parallax: unknown command 'comapre'; did you mean 'compare'?", r.err().lines().findFirst().orElse(""));
        Result o = run("compare", "--jsno", "x.json", "a", "b");
        assertEquals(2, o.code());
        assertTrue(o.err().startsWith("parallax: unknown option '--jsno'; did you mean '--json'?"), o.err());
        Result n = run("xyz");
        assertTrue(n.err().startsWith("parallax: unknown command 'xyz'; the commands are compare, open, scan, claims, help"),
                n.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"compare", "scan", "open"})
    void noUsageLineBreaksInsideAnOption(String command) {
        CommandLine cl = new CommandLine(new Cli());
        CommandLine.Model.CommandSpec spec = cl.getSubcommands().get(command).getCommandSpec();
        String help = run(command, "--help").out();
        for (CommandLine.Model.OptionSpec o : spec.options()) {
            if (o.arity().max() == 0) {
                continue;
            }
            String whole = o.longestName() + "=" + o.paramLabel();
            int from = 0;
            for (int i; (i = help.indexOf(o.longestName() + "=", from)) >= 0; from = i + 1) {
                assertTrue(help.startsWith(whole, i), () -> "broken '" + whole + "' in:\n" + help);
            }
        }
        assertTrue(help.lines().allMatch(l -> l.length() <= 80), help);
    }

    @Test
    void twoProblemsAreNeverOneMessage() {
        Path pairs = dir.resolve("pairs.tsv");
        Result files = run("compare", "--pairs", pairs.toString(), "--out-dir", dir.toString(), "a.txt", "b.txt");
        assertEquals(2, files.code());
        String first = files.err().lines().findFirst().orElse("");
        assertEquals("parallax: --pairs takes no FILE arguments (got a.txt b.txt)", first);
        Result noDir = run("compare", "--pairs", pairs.toString());
        assertEquals("parallax: --pairs needs --out-dir DIR (where NAME.json of each pair is written)",
                noDir.err().lines().findFirst().orElse(""));
        Result json = run("compare", "--pairs", pairs.toString(), "--out-dir", dir.toString(), "--json", "x.json");
        String j = json.err().lines().findFirst().orElse("");
        assertTrue(j.startsWith("parallax: --json writes one comparison") && !j.contains("--html"), j);
    }
}
