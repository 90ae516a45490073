package dev.parallax.cli;

import dev.parallax.engine.corpus.FolderScan;
import dev.parallax.engine.corpus.ScanListener;
import dev.parallax.engine.export.InputOverwriteException;
import dev.parallax.engine.export.OutputGuard;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the folder commands ({@code scan}, {@code claims}) share: the check of the folder and of their outputs
 * before any work, and the listener that prints each file or pair left out as one line.
 */
final class FolderCommand {

    private FolderCommand() {
    }

    /**
     * Checks, before any work, that {@code folder} is a folder and that no output (null: not asked for) would
     * replace one of its articles. Prints one line and returns the exit code when one fails, else null.
     */
    static Integer refuse(Path folder, PrintWriter err, Path... outputs) {
        if (!Files.isDirectory(folder)) {
            err.println("parallax: " + folder + ": " + (Files.exists(folder) ? "not a folder" : "no such folder"));
            return Cli.UNREADABLE;
        }
        try {
            OutputGuard guard = OutputGuard.protecting(FolderScan.articleFiles(folder));
            for (Path p : outputs) {
                if (p != null && guard.protects(p)) {
                    err.println("parallax: " + new InputOverwriteException(p.toString()).getMessage());
                    return Cli.USAGE;
                }
            }
        } catch (IOException e) {
            // the scan itself reports a folder it cannot list
        }
        return null;
    }

    /** A listener that prints each file skipped and each pair not aligned, with its reason, on {@code err}. */
    static ScanListener skipsTo(PrintWriter err) {
        return new ScanListener() {
            @Override
            public void progress(double done, String stage) {
            }

            @Override
            public void skipped(Path file, String reason) {
                err.println("parallax: skipped " + file + ": " + reason);
            }

            @Override
            public void pairSkipped(String a, String b, String reason) {
                err.println("parallax: skipped the pair " + a + " and " + b + ": " + reason);
            }
        };
    }

    /** The line for a folder the scan cannot list. */
    static int cannotList(Path folder, IOException e, PrintWriter err) {
        err.println("parallax: " + folder + ": cannot be listed (" + e.getMessage() + ")");
        return Cli.UNREADABLE;
    }
}
