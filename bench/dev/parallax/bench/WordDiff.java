package dev.parallax.bench;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.DiffAlgorithmI;
import com.github.difflib.algorithm.DiffAlgorithmListener;
import com.github.difflib.algorithm.myers.MyersDiff;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.Patch;
import java.util.List;

/**
 * The baseline: java-diff-utils' plain word diff of two whole texts, with a deadline, because the default
 * Myers diff is quadratic in the number of differences (about 500 s and 1.5 GB on the whole Darwin pair).
 */
final class WordDiff {

    /** Thrown from the progress listener when a diff passes its deadline. */
    static final class DeadlineExceeded extends RuntimeException {
        DeadlineExceeded(String algorithm, long seconds) {
            super("java-diff-utils " + algorithm + " word diff did not finish within " + seconds
                    + " s (deadline; the time is a lower bound)");
        }
    }

    private WordDiff() {
    }

    static Patch<String> myers(List<String> left, List<String> right, long deadlineSeconds) {
        return diff(left, right, new MyersDiff<>(), "Myers", deadlineSeconds);
    }

    static Patch<String> myersLinear(List<String> left, List<String> right, long deadlineSeconds) {
        return diff(left, right, new MyersDiffWithLinearSpace<>(), "MyersLinear", deadlineSeconds);
    }

    private static Patch<String> diff(List<String> left, List<String> right, DiffAlgorithmI<String> algorithm,
                                      String name, long deadlineSeconds) {
        long deadline = System.nanoTime() + deadlineSeconds * 1_000_000_000L;
        DiffAlgorithmListener listener = new DiffAlgorithmListener() {
            @Override
            public void diffStart() {
            }

            @Override
            public void diffStep(int value, int max) {
                if (System.nanoTime() > deadline) {
                    throw new DeadlineExceeded(name, deadlineSeconds);
                }
            }

            @Override
            public void diffEnd() {
            }
        };
        return DiffUtils.diff(left, right, algorithm, listener);
    }
}
