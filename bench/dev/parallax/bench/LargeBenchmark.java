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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Book-length pairs: Darwin's Origin 1859 vs 1872 (whole, first half, first quarter) and Frankenstein 1818 vs
 * 1831. Each call takes seconds, so single-shot timing after one warm-up call; every fork runs with
 * {@code -Xmx1g}, so a result at all means the comparison fits in 1 GB of heap.
 *
 * <p>Baselines: java-diff-utils' default Myers diff of the whitespace-split words only on the Darwin quarter
 * (it is quadratic in the differences: ~500 s and 1.5 GB on whole Darwin), MyersLinear on the rest; both stop
 * at a deadline and then report a failure saying so rather than a time.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class LargeBenchmark {

    /** Deadline for one baseline diff call. */
    static final long DEADLINE_SECONDS = Long.getLong("parallax.bench.deadline", 120);

    /** A pair for the engine. */
    @State(Scope.Benchmark)
    public static class EnginePair {
        @Param({"darwin-25", "darwin-50", "darwin-100", "frankenstein"})
        public String pair;
        final ComparisonEngine engine = ComparisonEngine.standard();
        Article left;
        Article right;

        @Setup(Level.Trial)
        public void read() {
            Article[] p = Pairs.load(pair);
            left = p[0];
            right = p[1];
            System.out.printf("%n%s: %,d vs %,d chars, %,d vs %,d sentences%n", pair, left.text().length(),
                    right.text().length(), left.sentences().size(), right.sentences().size());
        }
    }

    /** A pair as whitespace-split words for the baseline. */
    public static class WordPair {
        List<String> left;
        List<String> right;

        void read(String pair) {
            Article[] p = Pairs.load(pair);
            left = Pairs.words(p[0]);
            right = Pairs.words(p[1]);
            System.out.printf("%n%s: %,d vs %,d words%n", pair, left.size(), right.size());
        }
    }

    /** Pairs small enough for the default Myers diff. */
    @State(Scope.Benchmark)
    public static class MyersPair extends WordPair {
        @Param({"darwin-25"})
        public String pair;

        @Setup(Level.Trial)
        public void setup() {
            read(pair);
        }
    }

    /** Pairs for MyersLinear. */
    @State(Scope.Benchmark)
    public static class LinearPair extends WordPair {
        @Param({"darwin-25", "darwin-50", "darwin-100", "frankenstein"})
        public String pair;

        @Setup(Level.Trial)
        public void setup() {
            read(pair);
        }
    }

    /** Parallax: align, group into passages, classify (reading the files is not timed). */
    @Benchmark
    public Comparison parallax(EnginePair p) {
        return p.engine.compare(p.left, p.right);
    }

    /** Baseline: the default Myers word diff. */
    @Benchmark
    @Warmup(iterations = 0)
    @Measurement(iterations = 2)
    public Patch<String> wordDiffMyers(MyersPair p) {
        return WordDiff.myers(p.left, p.right, DEADLINE_SECONDS);
    }

    /** Baseline: the linear-space Myers word diff (same result, less memory, still slow on long texts). */
    @Benchmark
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public Patch<String> wordDiffMyersLinear(LinearPair p) {
        return WordDiff.myersLinear(p.left, p.right, DEADLINE_SECONDS);
    }
}
