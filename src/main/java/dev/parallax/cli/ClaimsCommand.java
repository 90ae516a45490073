package dev.parallax.cli;

import dev.parallax.engine.EngineFactory;
import dev.parallax.engine.claims.Claim;
import dev.parallax.engine.claims.ClaimsResult;
import dev.parallax.engine.corpus.Document;
import dev.parallax.engine.export.ClaimsHtml;
import dev.parallax.engine.export.ClaimsJson;
import dev.parallax.engine.export.ReportInfo;
import dev.parallax.engine.text.Article;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * {@code parallax claims FOLDER [--json OUT.json] [--html OUT.html] [--min-sources K] [--top N]}: who says
 * what across a folder. Prints the claims carried by the most sources first, each with its sources and
 * variant values, then the contested ones. Exit codes as {@code scan}: 0 every file read, 3 a file skipped or
 * the folder unreadable (the rest is still written), 2 bad arguments or an output over an input, 1 a write
 * error.
 */
@Command(name = "claims", mixinStandardHelpOptions = true,
        customSynopsis = "parallax claims [OPTIONS] FOLDER",
        description = "Join the passages the articles of a folder share into claims: which sources carry each, "
                + "which give a different number, name, day or quote, which leave it out, and who had it first.")
public final class ClaimsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FOLDER", description = "Folder of articles (.txt, .md, .html), read at any depth.")
    Path folder;

    @Option(names = "--json", paramLabel = "OUT.json", description = "Write the claims JSON here.")
    Path json;

    @Option(names = "--html", paramLabel = "OUT.html", description = "Write the claims table as an HTML page here.")
    Path html;

    @Option(names = "--min-sources", paramLabel = "K", defaultValue = "2", converter = Options.SourcesConverter.class,
            description = "Only claims carried by at least K articles (default: ${DEFAULT-VALUE}).")
    int minSources;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10", converter = Options.CountConverter.class,
            description = "Claims printed in each list (default: ${DEFAULT-VALUE}); the JSON and HTML have all.")
    int top;

    @Mixin
    Options.MaxSizeOption maxSize = new Options.MaxSizeOption();

    @Mixin
    Options.EngineOptions engineOptions = new Options.EngineOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // refuse before the work: no output may replace one of the folder's articles
        Integer refused = FolderCommand.refuse(folder, err, json, html);
        if (refused != null) {
            return refused;
        }
        EngineFactory factory = Options.factory(engineOptions, maxSize, err);
        if (factory == null) {
            return Cli.UNREADABLE;
        }
        long t0 = System.nanoTime();
        ClaimsResult r;
        try {
            r = factory.claims().scan(folder, FolderCommand.skipsTo(err));
        } catch (IOException e) {
            return FolderCommand.cannotList(folder, e, err);
        }
        long nanos = System.nanoTime() - t0;
        Outputs outputs = new Outputs();
        try {
            outputs.write(json, p -> ClaimsJson.write(r, minSources, p))
                    .write(html, p -> ClaimsHtml.write(r, minSources,
                            ReportInfo.now(Cli.version(), Options.settings(engineOptions)), p));
        } catch (IOException e) {
            return Outputs.failed(e, err);
        }
        print(r, minSources, top, nanos, out);
        outputs.printWrote(out);
        return r.scan().complete() ? Cli.OK : Cli.UNREADABLE;
    }

    static void print(ClaimsResult r, int minSources, int top, long nanos, PrintWriter out) {
        List<Claim> claims = r.withSources(minSources);
        List<Claim> contested = claims.stream().filter(Claim::contested).toList();
        int n = r.documents().size();
        out.printf(Locale.ROOT, "%s, %d skipped; %s aligned; %s carried by %d+ sources (%d by 3+), %d contested; "
                        + "%.1f s%n",
                Words.count(n, "article", "articles"), r.scan().skipped().size(),
                Words.count(r.pairs().size(), "pair", "pairs"), Words.count(claims.size(), "claim", "claims"),
                minSources, claims.stream().filter(c -> c.sources() >= 3).count(), contested.size(), nanos / 1e9);
        if (top == 0) {
            return;
        }
        if (!claims.isEmpty()) {
            out.println("Carried by the most sources:");
            claims.stream().limit(top).forEach(c -> printClaim(r, c, out));
            more(claims.size(), top, out);
        }
        if (!contested.isEmpty()) {
            out.println("Contested:");
            contested.stream().limit(top).forEach(c -> printClaim(r, c, out));
            more(contested.size(), top, out);
        }
    }

    private static void more(int size, int top, PrintWriter out) {
        if (size > top) {
            out.printf(Locale.ROOT, "  ... %s more (--top N, or --json OUT.json for all)%n",
                    Words.count(size - top, "claim", "claims"));
        }
    }

    private static void printClaim(ClaimsResult r, Claim c, PrintWriter out) {
        List<Document> docs = r.documents();
        Article main = docs.get(c.main().article()).article();
        String text = main.sentences().get(c.main().sentence()).of(main.text()).strip();
        out.printf(Locale.ROOT, "%-4s %s: %s%n", c.id(), Words.count(c.sources(), "source", "sources"),
                Words.excerpt(text, 0, CompareCommand.EXCERPT));
        List<String> ids = new ArrayList<>();
        c.articles().forEach(a -> ids.add(docs.get(a).id()));
        out.println("     in: " + String.join(", ", ids) + (c.first() < 0 ? "" : "; first: " + docs.get(c.first()).id()));
        for (Claim.Variant v : c.variants()) {
            StringBuilder sb = new StringBuilder("     ").append(v.type().id()).append(": ");
            for (int k = 0; k < v.values().size(); k++) {
                Claim.Variant.Value val = v.values().get(k);
                List<String> who = new ArrayList<>();
                val.articles().forEach(a -> who.add(docs.get(a).id()));
                sb.append(k == 0 ? "" : " | ").append(val.text().isEmpty() ? "(nothing)" : val.text())
                        .append(" (").append(String.join(", ", who)).append(')');
            }
            out.println(sb);
        }
    }
}
