package dev.parallax.bench;

import com.github.difflib.patch.Patch;
import dev.parallax.engine.align.ComparisonEngine;
import dev.parallax.engine.result.Comparison;
import dev.parallax.engine.text.Article;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The seed pair (two news reports, 3.4 KB and 6.2 KB): the engine against a plain Myers word diff. Warm, ms/op. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class SeedsBenchmark {

    private final ComparisonEngine engine = ComparisonEngine.standard();
    private Article left;
    private Article right;
    private List<String> leftWords;
    private List<String> rightWords;

    @Setup(Level.Trial)
    public void read() {
        Article[] pair = Pairs.load(Pairs.SEEDS);
        left = pair[0];
        right = pair[1];
        leftWords = Pairs.words(left);
        rightWords = Pairs.words(right);
    }

    /** Parallax: align, group into passages, classify (reading the files is not timed). */
    @Benchmark
    public Comparison parallax() {
        return engine.compare(left, right);
    }

    /** Baseline: java-diff-utils' default (Myers) diff of the whitespace-split words. */
    @Benchmark
    public Patch<String> wordDiffMyers() {
        return WordDiff.myers(leftWords, rightWords, 60);
    }
}
