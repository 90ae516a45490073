package dev.parallax.cli;

import dev.parallax.engine.EngineFactory;
import dev.parallax.engine.align.ComparisonEngine;
import dev.parallax.engine.align.TooLargeToCompareException;
import dev.parallax.engine.export.ComparisonJson;
import dev.parallax.engine.export.HtmlReport;
import dev.parallax.engine.export.InputOverwriteException;
import dev.parallax.engine.export.OutputGuard;
import dev.parallax.engine.export.ReportInfo;
import dev.parallax.engine.result.Comparison;
import dev.parallax.engine.result.Difference;
import dev.parallax.engine.result.Kind;
import dev.parallax.engine.result.Link;
import dev.parallax.engine.result.Passage;
import dev.parallax.engine.result.Summary;
import dev.parallax.engine.text.Article;
import dev.parallax.engine.text.ArticleLoader;
import dev.parallax.engine.text.UnreadableInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parallax compare LEFT RIGHT [--json OUT] [--html OUT]} and {@code parallax compare --pairs PAIRS.tsv --out-dir DIR}. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        customSynopsis = {"parallax compare [OPTIONS] LEFT RIGHT",
            "       parallax compare [OPTIONS] --pairs PAIRS.tsv --out-dir DIR"},
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

    @Mixin
    Options.MaxSizeOption maxSize = new Options.MaxSizeOption();

    @Mixin
    Options.EngineOptions engineOptions = new Options.EngineOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (pairs != null) {
            if (json != null || html != null) {
                return usage(err, (json != null ? "--json" : "--html") + " writes one comparison; with --pairs "
                        + "each result is written to --out-dir as NAME.json");
            }
            if (!files.isEmpty()) {
                return usage(err, "--pairs takes no FILE arguments (got " + String.join(" ",
                        files.stream().map(Path::toString).toList()) + ")");
            }
            if (outDir == null) {
                return usage(err, "--pairs needs --out-dir DIR (where NAME.json of each pair is written)");
            }
        } else if (files.size() != 2) {
            return usage(err, "compare needs two files (LEFT RIGHT), or --pairs PAIRS.tsv --out-dir DIR");
        } else if (outDir != null) {
            return usage(err, "--out-dir is for --pairs; write one comparison with --json or --html");
        }
        EngineFactory factory = Options.factory(engineOptions, maxSize, err);
        if (factory == null) {
            return Cli.UNREADABLE;
        }
        ComparisonEngine engine = factory.engine();
        ArticleLoader loader = factory.loader();
        return pairs != null ? batch(engine, loader, out, err) : single(engine, loader, out, err);
    }

    private int single(ComparisonEngine engine, ArticleLoader loader, PrintWriter out, PrintWriter err) {
        long t0 = System.nanoTime();
        // refuse before the work: an output that would replace an input is a usage error, however spelled
        OutputGuard guard = OutputGuard.protecting(files);
        if (json != null && html != null && OutputGuard.sameTarget(json, html)) {
            return usage(err, "--json " + json + " and --html " + html + " are the same file; give each its own");
        }
        for (Path target : new Path[] {json, html}) {
            if (target != null && guard.protects(target)) {
                err.println("parallax: " + new InputOverwriteException(target.toString()).getMessage());
                return Cli.USAGE;
            }
        }
        Comparison c;
        try {
            Article left = loader.load(files.get(0));
            Article right = loader.load(files.get(1));
            c = engine.compare(left, right);
        } catch (UnreadableInputException e) {
            err.println("parallax: " + e.getMessage());
            return Cli.UNREADABLE;
        } catch (TooLargeToCompareException e) {
            err.println("parallax: " + files.get(0) + " and " + files.get(1) + ": " + e.getMessage());
            return Cli.FAILED;
        }
        Comparison compared = c;
        Outputs outputs = new Outputs();
        try {
            outputs.write(json, p -> ComparisonJson.write(compared, p, guard))
                    .write(html, p -> guard.plus(OutputGuard.of(compared).inputs())
                            .write(p, HtmlReport.render(compared, ReportInfo.now(Cli.version(), settings()))));
        } catch (IOException e) {
            return Outputs.failed(e, err);
        }
        printSummary(c, out, System.nanoTime() - t0);
        outputs.printWrote(out);
        return Cli.OK;
    }

    private int batch(ComparisonEngine engine, ArticleLoader loader, PrintWriter out, PrintWriter err) {
        PairsFile.Parsed parsed;
        try {
            parsed = PairsFile.read(pairs);
        } catch (IOException e) {
            err.println("parallax: " + pairs + ": cannot be read (" + AuxFiles.reason(e) + ")");
            return Cli.UNREADABLE;
        }
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            err.println("parallax: cannot create " + outDir + ": " + AuxFiles.reason(e));
            return Cli.FAILED;
        }
        // every article of the run and the pairs file itself, whichever line names them
        OutputGuard guard = OutputGuard.protecting(parsed.inputs()).plus(List.of(pairs));
        int done = 0;
        int failed = 0;
        long t0 = System.nanoTime();
        for (PairsFile.Line line : parsed.lines()) {
            String where = pairs + " line " + line.number();
            if (line.error() != null) {
                err.println("parallax: " + where + ": " + line.error());
                failed++;
                continue;
            }
            Path target = outDir.resolve(line.name() + ".json");
            try {
                guard.check(target);
                Article left = loader.load(line.left());
                Article right = loader.load(line.right());
                Comparison c = engine.compare(left, right);
                ComparisonJson.write(c, target, guard);
                done++;
            } catch (IOException | TooLargeToCompareException e) {
                err.println("parallax: " + where + " (" + line.name() + "): " + e.getMessage());
                failed++;
            }
        }
        out.printf(Locale.ROOT, "%d pairs compared, %d failed, in %.2f s; results in %s%n", done, failed,
                (System.nanoTime() - t0) / 1e9, outDir);
        return failed == 0 ? Cli.OK : Cli.UNREADABLE;
    }

    /** The options that shaped the comparison, for the HTML report's header. */
    private String settings() {
        return Options.settings(engineOptions);
    }

    /** The longest a quoted sentence gets in the conflict lines. */
    static final int EXCERPT = 110;

    static void printSummary(Comparison c, PrintWriter out, long nanos) {
        Summary s = c.summary();
        out.printf(Locale.ROOT, "Left:  %s  (%s)%n", c.left().title(), c.left().source());
        out.println("       " + passages(s.leftAgree(), s.leftConflict(), s.leftOnly(), s.leftFurniture()));
        out.printf(Locale.ROOT, "Right: %s  (%s)%n", c.right().title(), c.right().source());
        out.println("       " + passages(s.rightAgree(), s.rightConflict(), s.rightOnly(), s.rightFurniture()));
        // matched pairs, not passages: one passage may match several on the other side
        out.printf(Locale.ROOT, "Matched: %s (%d agreeing, %d conflicting); %.0f%% of the text is shared; "
                        + "compared in %.0f ms (%.0f ms with reading)%n",
                Words.count(s.agree() + s.conflict(), "pair of passages", "pairs of passages"), s.agree(),
                s.conflict(), 100 * s.sharedShare(), c.elapsedNanos() / 1e6, nanos / 1e6);
        String lt = c.left().text();
        String rt = c.right().text();
        int n = 0;
        for (Link l : c.links()) {
            if (l.kind() != Kind.CONFLICT) {
                continue;
            }
            n++;
            List<Difference> ds = l.conflicts();
            out.printf(Locale.ROOT, "Conflict %d of %d: %s <> %s (%s)%n", n, s.conflict(), l.left(), l.right(),
                    String.join(", ", ds.stream().map(d -> d.type().id()).distinct().toList()));
            Passage lp = c.passage(l.left());
            Passage rp = c.passage(l.right());
            int lf = ds.isEmpty() || ds.get(0).left().isEmpty() ? lp.start() : ds.get(0).left().start();
            int rf = ds.isEmpty() || ds.get(0).right().isEmpty() ? rp.start() : ds.get(0).right().start();
            out.println("  " + l.left() + ": " + Words.excerpt(lp.span().of(lt), lf - lp.start(), EXCERPT));
            out.println("  " + l.right() + ": " + Words.excerpt(rp.span().of(rt), rf - rp.start(), EXCERPT));
            for (Difference d : ds) {
                out.println("    " + shorten(d.describe(lt, rt), 160));
            }
        }
    }

    /** "26 passages: 6 agreeing, 1 conflicting, 19 only in this source; 3 lines of page furniture not counted". */
    private static String passages(int agree, int conflict, int only, int furniture) {
        return Words.count(agree + conflict + only, "passage", "passages") + ": " + agree + " agreeing, " + conflict
                + " conflicting, " + only + " only in this source"
                + (furniture == 0 ? "" : "; " + Words.count(furniture, "line", "lines") + " of page furniture not counted");
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
