package dev.parallax.bench;

import java.util.Arrays;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * {@code java -jar target/benchmarks.jar [JMH options]} runs the benchmarks (all of them by default; JMH's
 * usual options such as a name regex, {@code -prof gc} or {@code -rf json} work). Without the large eval data
 * it says so and runs the seed benchmarks only. {@code java -Xmx1g -jar target/benchmarks.jar peak-heap [PAIR [RUNS]]}
 * measures the peak heap of one comparison instead; {@code growth [SHAPE...]} runs the size and growth shapes
 * of {@link GrowthHarness}. Run from the repository root (or set {@code -Dparallax.repo}).
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("growth")) {
            GrowthHarness.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("peak-heap")) {
            PeakHeap.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        CommandLineOptions cli = new CommandLineOptions(args);
        if (cli.shouldHelp() || cli.shouldList() || cli.shouldListWithParams() || cli.shouldListProfilers()
                || cli.shouldListResultFormats()) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        ChainedOptionsBuilder options = new OptionsBuilder().parent(cli);
        // forks read the same inputs
        options.jvmArgsPrepend("-Dparallax.repo=" + Pairs.repo(), "-Dparallax.evalData=" + Pairs.evalData());
        if (!Pairs.hasEvalData()) {
            System.out.println(Pairs.missingMessage());
            options.include(cli.getIncludes().isEmpty() ? SeedsBenchmark.class.getSimpleName() : ".*")
                    .exclude(LargeBenchmark.class.getSimpleName());
        } else if (cli.getIncludes().isEmpty()) {
            options.include(SeedsBenchmark.class.getSimpleName()).include(LargeBenchmark.class.getSimpleName());
        }
        new Runner(options.build()).run();
    }
}
