package dev.parallax.cli;

import dev.parallax.engine.export.InputOverwriteException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files one command writes ({@code --json}, {@code --html}), in order: each written when asked for, a failure
 * in one line with its exit code, and the "wrote OUT" lines once the summary is printed.
 */
final class Outputs {

    /** Writes one output to {@code target}. */
    @FunctionalInterface
    interface Writer {
        void write(Path target) throws IOException;
    }

    private final List<Path> wrote = new ArrayList<>();

    /** Writes {@code target} with {@code writer} unless it is null (the option not given). */
    Outputs write(Path target, Writer writer) throws IOException {
        if (target != null) {
            writer.write(target);
            wrote.add(target);
        }
        return this;
    }

    /** Prints "wrote OUT" for each file written. */
    void printWrote(PrintWriter out) {
        wrote.forEach(p -> out.println("wrote " + p));
    }

    /** Prints a failed write as one line; returns its exit code (an output over an input is a usage error). */
    static int failed(IOException e, PrintWriter err) {
        err.println("parallax: " + e.getMessage());
        return e instanceof InputOverwriteException ? Cli.USAGE : Cli.FAILED;
    }
}
