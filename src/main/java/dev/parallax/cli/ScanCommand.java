package dev.parallax.cli;

import dev.parallax.engine.EngineFactory;
import dev.parallax.engine.corpus.PairScore;
import dev.parallax.engine.corpus.ScanResult;
import dev.parallax.engine.export.ScanJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parallax scan FOLDER [--json OUT.json] [--top N]}: ranks the pairs of articles in a folder by shared
 * content. Exit 0 when every file was read, 3 when a file was skipped or the folder cannot be read (the scan
 * of the others still completes and is written), 2 on bad arguments.
 */
@Command(name = "scan", mixinStandardHelpOptions = true,
        customSynopsis = "parallax scan [OPTIONS] FOLDER",
        description = "Rank all pairs of articles in a folder by shared content, group articles that tell the "
                + "same story, and name the likely source where the evidence supports it.")
public final class ScanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FOLDER", description = "Folder of articles (.txt, .md, .html), read at any depth.")
    Path folder;

    @Option(names = "--json", paramLabel = "OUT.json", description = "Write the scan JSON here.")
    Path json;

    @Option(names = "--top", paramLabel = "N", defaultValue = "20", converter = Options.CountConverter.class,
            description = "Pairs shown in the table (default: ${DEFAULT-VALUE}); the JSON lists all above the floor.")
    int top;

    @Option(names = "--min-share", paramLabel = "0..1", defaultValue = "0.01",
            converter = Options.FractionConverter.class,
            description = "Floor: list pairs sharing at least this share of text (default: ${DEFAULT-VALUE}).")
    double minShare;

    @Mixin
    Options.MaxSizeOption maxSize = new Options.MaxSizeOption();

    @Mixin
    Options.EngineOptions engineOptions = new Options.EngineOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // refuse before the scan: the JSON must never replace one of the folder's articles
        Integer refused = FolderCommand.refuse(folder, err, json);
        if (refused != null) {
            return refused;
        }
        EngineFactory factory = Options.factory(engineOptions, maxSize, err);
        if (factory == null) {
            return Cli.UNREADABLE;
        }
        ScanResult r;
        try {
            r = factory.scan().scan(folder, FolderCommand.skipsTo(err));
        } catch (IOException e) {
            return FolderCommand.cannotList(folder, e, err);
        }
        Outputs outputs = new Outputs();
        try {
            outputs.write(json, p -> ScanJson.write(r, minShare, p));
        } catch (IOException e) {
            return Outputs.failed(e, err);
        }
        printTable(r, minShare, top, out);
        outputs.printWrote(out);
        return r.complete() ? Cli.OK : Cli.UNREADABLE;
    }

    static void printTable(ScanResult r, double floor, int top, PrintWriter out) {
        List<PairScore> pairs = r.pairsAbove(floor);
        ScanResult.Timings t = r.timings();
        int n = r.documents().size();
        out.printf(Locale.ROOT, "%s, %d skipped; %s aligned of %s; %s text; %s; "
                        + "%.1f s (read %.1f, fingerprint %.1f, candidates %.1f, align %.1f)%n",
                Words.count(n, "article", "articles"), r.skipped().size(), Words.count(r.pairs().size(), "pair", "pairs"),
                Words.count((long) n * (n - 1) / 2, "possible", "possible"),
                Words.count(pairs.size(), "pair shares", "pairs share"), Words.count(r.groups().size(), "group", "groups"),
                t.total() / 1e9, t.read() / 1e9, t.fingerprint() / 1e9, t.candidates() / 1e9, t.align() / 1e9);
        if (pairs.isEmpty() || top == 0) {
            return;
        }
        List<PairScore> shown = pairs.subList(0, Math.min(top, pairs.size()));
        int wa = 1;
        int wb = 1;
        for (PairScore p : shown) {
            wa = Math.max(wa, p.a().length());
            wb = Math.max(wb, p.b().length());
        }
        wa = Math.min(wa, 48);
        wb = Math.min(wb, 48);
        String row = "%4s  %6s  %9s  %-" + wa + "s  %-" + wb + "s  %s%n";
        out.printf(Locale.ROOT, row, "rank", "shared", "conflicts", "a", "b", "likely source");
        int rank = 0;
        for (PairScore p : shown) {
            rank++;
            out.printf(Locale.ROOT, row, rank, String.format(Locale.ROOT, "%.0f%%", 100 * p.sharedShare()),
                    p.conflicts(), fit(p.a(), wa), fit(p.b(), wb),
                    p.likelySource() == null ? "-" : p.likelySource().equals(p.a()) ? "a" : "b");
        }
        if (pairs.size() > shown.size()) {
            out.printf(Locale.ROOT, "... %s more (--top N, or --json OUT.json for all)%n",
                    Words.count(pairs.size() - shown.size(), "pair", "pairs"));
        }
        if (!r.groups().isEmpty()) {
            out.printf(Locale.ROOT, "Groups (same story): %d%n", r.groups().size());
            for (List<String> g : r.groups().subList(0, Math.min(top, r.groups().size()))) {
                out.println("  " + String.join(", ", g));
            }
            if (r.groups().size() > top) {
                out.printf(Locale.ROOT, "  ... %s more%n", Words.count(r.groups().size() - top, "group", "groups"));
            }
        }
    }

    /** Shortens a long path from the left, keeping its end (the file name). */
    private static String fit(String s, int width) {
        return s.length() <= width ? s : "…" + s.substring(s.length() - width + 1);
    }
}
