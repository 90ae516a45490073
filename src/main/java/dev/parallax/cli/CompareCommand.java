package dev.parallax.cli;

import dev.parallax.engine.align.Aliases;
import dev.parallax.engine.align.ComparisonEngine;
import dev.parallax.engine.export.ComparisonJson;
import dev.parallax.engine.export.HtmlReport;
import dev.parallax.engine.export.InputOverwriteException;
import dev.parallax.engine.export.ReportInfo;
import dev.parallax.engine.result.Comparison;
import dev.parallax.engine.result.Difference;
import dev.parallax.engine.result.Kind;
import dev.parallax.engine.result.Link;
import dev.parallax.engine.result.Summary;
import dev.parallax.engine.text.Article;
import dev.parallax.engine.text.ArticleLoader;
import dev.parallax.engine.text.UnreadableInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parallax compare LEFT RIGHT [--json OUT] [--html OUT]} and {@code parallax compare --pairs PAIRS.tsv --out-dir DIR}. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare two articles, or every pair listed in a TSV file.")
public final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..2", paramLabel = "FILE", description = "The left and right article (.txt, .md, .html).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--json", paramLabel = "OUT.json", description = "Write the comparison JSON here.")
    Path json;

    @Option(names = "--html", paramLabel = "OUT.html", description = "Write the annotated HTML report here.")
    Path html;

    @Option(names = "--pairs", paramLabel = "PAIRS.tsv",
            description = "Batch: lines 'left<TAB>right<TAB>name', paths relative to the TSV's folder.")
    Path pairs;

    @Option(names = "--out-dir", paramLabel = "DIR", description = "Batch: write DIR/name.json for each pair.")
    Path outDir;

    @Option(names = "--max-size", paramLabel = "MB", defaultValue = "50",
            description = "Refuse input files larger than this many megabytes (default: ${DEFAULT-VALUE}).")
    double maxSizeMb;

    @Option(names = "--aliases", paramLabel = "FILE",
            description = "More entity aliases, one group a line: 'Canonical | alias | alias'.")
    Path aliasFile;

    @Option(names = "--sensitivity", paramLabel = "0..1", defaultValue = "0.5",
            description = "0 links only near-verbatim passages, 1 loose paraphrase (default: ${DEFAULT-VALUE}).")
    double sensitivity;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (pairs != null) {
            if (!files.isEmpty() || outDir == null) {
                return usage(err, "--pairs takes no FILE arguments and needs --out-dir");
            }
        } else if (files.size() != 2) {
            return usage(err, "compare needs two files (LEFT RIGHT), or --pairs PAIRS.tsv --out-dir DIR");
        }
        if (maxSizeMb <= 0 || sensitivity < 0 || sensitivity > 1) {
            return usage(err, "--max-size must be positive and --sensitivity between 0 and 1");
        }
        ComparisonEngine engine;
        try {
            Aliases aliases = Aliases.defaults();
            if (aliasFile != null) {
                if (!Files.isRegularFile(aliasFile)) {
                    err.println("parallax: " + aliasFile + ": no such alias file");
                    return Cli.UNREADABLE;
                }
                aliases = aliases.plusFile(aliasFile);
            }
            engine = ComparisonEngine.builder().aliases(aliases).sensitivity(sensitivity).build();
        } catch (IOException e) {
            err.println("parallax: " + aliasFile + ": " + e.getMessage());
            return Cli.UNREADABLE;
        }
        ArticleLoader loader = ArticleLoader.withMaxBytes((long) (maxSizeMb * 1024 * 1024));
        return pairs != null ? batch(engine, loader, out, err) : single(engine, loader, out, err);
    }

    private int single(ComparisonEngine engine, ArticleLoader loader, PrintWriter out, PrintWriter err) {
        long t0 = System.nanoTime();
        Comparison c;
        try {
            Article left = loader.load(files.get(0));
            Article right = loader.load(files.get(1));
            c = engine.compare(left, right);
        } catch (UnreadableInputException e) {
            err.println("parallax: " + e.getMessage());
            return Cli.UNREADABLE;
        }
        if (json != null) {
            int refused = refuseInput(json, err);
            if (refused != Cli.OK) {
                return refused;
            }
            try {
                ComparisonJson.write(c, json);
            } catch (IOException e) {
                err.println("parallax: " + e.getMessage());
                return Cli.FAILED;
            }
        }
        if (html != null) {
            int refused = refuseInput(html, err);
            if (refused != Cli.OK) {
                return refused;
            }
            try {
                HtmlReport.write(c, ReportInfo.now(Cli.version(), settings()), html);
            } catch (InputOverwriteException e) {
                err.println("parallax: " + e.getMessage());
                return Cli.USAGE;
            } catch (IOException e) {
                err.println("parallax: " + e.getMessage());
                return Cli.FAILED;
            }
        }
        printSummary(c, out, System.nanoTime() - t0);
        return Cli.OK;
    }

    private int batch(ComparisonEngine engine, ArticleLoader loader, PrintWriter out, PrintWriter err) {
        List<String> lines;
        try {
            lines = Files.readAllLines(pairs, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("parallax: " + pairs + ": cannot be read (" + e.getMessage() + ")");
            return Cli.UNREADABLE;
        }
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            err.println("parallax: cannot create " + outDir + ": " + e.getMessage());
            return Cli.FAILED;
        }
        Path base = pairs.toAbsolutePath().getParent();
        int done = 0;
        int failed = 0;
        long t0 = System.nanoTime();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 2) {
                err.println("parallax: " + pairs + " line " + (n + 1) + ": expected left<TAB>right<TAB>name");
                failed++;
                continue;
            }
            String name = cols.length >= 3 && !cols[2].isBlank() ? cols[2].strip()
                    : defaultName(Path.of(cols[0].strip()), Path.of(cols[1].strip()), n + 1);
            try {
                Article left = loader.load(base.resolve(cols[0].strip()));
                Article right = loader.load(base.resolve(cols[1].strip()));
                Comparison c = engine.compare(left, right);
                ComparisonJson.write(c, outDir.resolve(name + ".json"));
                done++;
            } catch (IOException e) {
                err.println("parallax: " + name + ": " + e.getMessage());
                failed++;
            }
        }
        out.printf(Locale.ROOT, "%d pairs compared, %d failed, in %.2f s; results in %s%n", done, failed,
                (System.nanoTime() - t0) / 1e9, outDir);
        return failed == 0 ? Cli.OK : Cli.UNREADABLE;
    }

    /**
     * The result name of a TSV line without one: the folder both files share (pairs/NAME/left.txt), else the
     * two file names joined.
     */
    static String defaultName(Path left, Path right, int line) {
        Path lp = left.getParent();
        Path rp = right.getParent();
        if (lp != null && lp.equals(rp) && lp.getFileName() != null) {
            return lp.getFileName().toString();
        }
        String l = left.getFileName() == null ? "left" : left.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        String r = right.getFileName() == null ? "right" : right.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return l.isEmpty() || r.isEmpty() ? "pair-" + line : l + "__" + r;
    }

    /** The options that shaped the comparison, for the HTML report's header. */
    private String settings() {
        return String.format(Locale.ROOT, "sensitivity %s, %s", sensitivity,
                aliasFile == null ? "built-in aliases" : "built-in aliases + " + aliasFile);
    }

    /** Refuses to write over one of the input articles. */
    private int refuseInput(Path target, PrintWriter err) {
        for (Path f : files) {
            try {
                if (Files.exists(target) && Files.isSameFile(f, target)) {
                    err.println("parallax: refusing to write over the input " + target);
                    return Cli.USAGE;
                }
            } catch (IOException e) {
                // cannot tell: the write itself will report the problem
            }
        }
        return Cli.OK;
    }

    static void printSummary(Comparison c, PrintWriter out, long nanos) {
        Summary s = c.summary();
        out.printf(Locale.ROOT, "Left:  %s  (%s)%n", c.left().title(), c.left().source());
        out.printf(Locale.ROOT, "       %d passages: %d agree, %d conflict, %d only in this source%n",
                c.leftPassages().size(), s.leftAgree(), s.leftConflict(), s.leftOnly());
        out.printf(Locale.ROOT, "Right: %s  (%s)%n", c.right().title(), c.right().source());
        out.printf(Locale.ROOT, "       %d passages: %d agree, %d conflict, %d only in this source%n",
                c.rightPassages().size(), s.rightAgree(), s.rightConflict(), s.rightOnly());
        out.printf(Locale.ROOT, "Links: %d agree, %d conflict; shared share %.0f%%; compared in %.0f ms (%.0f ms with reading)%n",
                s.agree(), s.conflict(), 100 * s.sharedShare(), c.elapsedNanos() / 1e6, nanos / 1e6);
        for (Link l : c.links()) {
            if (l.kind() != Kind.CONFLICT) {
                continue;
            }
            out.printf(Locale.ROOT, "Conflict %s <> %s:%n", l.left(), l.right());
            for (Difference d : l.conflicts()) {
                out.println("  " + shorten(d.describe(c.left().text(), c.right().text()), 160));
            }
        }
    }

    private static String shorten(String s, int max) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }

    private static int usage(PrintWriter err, String message) {
        err.println("parallax: " + message);
        err.println("Try 'parallax compare --help' for usage.");
        return Cli.USAGE;
    }
}
