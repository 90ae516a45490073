package dev.parallax.cli;

import dev.parallax.app.LaunchOptions;
import dev.parallax.app.Launcher;
import dev.parallax.app.view.MainWindow;
import dev.parallax.engine.export.InputOverwriteException;
import dev.parallax.engine.export.OutputGuard;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parallax open [FOLDER] [--left FILE --right FILE] [--snapshot OUT.png] [--size WxH]}: the reader
 * window. Blocks until the window closes (so {@code main} never exits under it) and returns its exit code.
 */
@Command(name = "open", mixinStandardHelpOptions = true, customSynopsis = "parallax open [OPTIONS] [FOLDER]",
        description = "Open the reader window on a folder of articles (default: the last folder, else seeds/).")
public final class OpenCommand implements Callable<Integer> {

    private static final Pattern SIZE = Pattern.compile("(\\d{3,5})x(\\d{3,5})");

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FOLDER", description = "The folder of articles to open.")
    Path folder;

    @Option(names = "--left", paramLabel = "FILE", description = "The article for the left pane (a path, or a file name in FOLDER).")
    Path left;

    @Option(names = "--right", paramLabel = "FILE", description = "The article for the right pane.")
    Path right;

    @Option(names = "--snapshot", paramLabel = "OUT.png",
            description = "Write a PNG of the window once the comparison is painted, then exit.")
    Path snapshot;

    @Option(names = "--size", paramLabel = "WxH",
            description = "Window size in pixels, at least " + MainWindow.MIN_WIDTH + "x" + MainWindow.MIN_HEIGHT
                    + " (default: the size the window was left at, else 1400x900 within the screen).")
    String size;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        int width = 0;
        int height = 0;
        if (size != null) {
            Matcher m = SIZE.matcher(size);
            if (!m.matches()) {
                return usage(err, "--size must look like 1400x900");
            }
            width = Integer.parseInt(m.group(1));
            height = Integer.parseInt(m.group(2));
            if (width < MainWindow.MIN_WIDTH || height < MainWindow.MIN_HEIGHT) {
                return usage(err, "--size " + size + " is smaller than the smallest window, "
                        + MainWindow.MIN_WIDTH + "x" + MainWindow.MIN_HEIGHT);
            }
        }
        if (folder != null && !Files.isDirectory(folder)) {
            if (Files.isRegularFile(folder) && left == null) {
                // a file given as the folder: open its folder with it on the left
                left = folder;
                folder = folder.toAbsolutePath().getParent();
            } else {
                err.println("parallax: " + folder + ": no such folder");
                return Cli.UNREADABLE;
            }
        }
        Path l = resolve(left);
        Path r = resolve(right);
        for (Path p : new Path[] {l, r}) {
            if (p != null && !Files.isRegularFile(p)) {
                err.println("parallax: " + p + ": no such file");
                return Cli.UNREADABLE;
            }
        }
        Path dir = folder;
        if (dir == null && (l != null || r != null)) {
            dir = (l != null ? l : r).toAbsolutePath().getParent();
        }
        if (snapshot != null && Files.isDirectory(snapshot)) {
            err.println("parallax: --snapshot " + snapshot + " is a folder");
            return Cli.USAGE;
        }
        if (snapshot != null && snapshotGuard(dir, l, r).protects(snapshot)) {
            err.println("parallax: --snapshot: " + new InputOverwriteException(snapshot.toString()).getMessage());
            return Cli.USAGE;
        }
        // only now, with the arguments checked, does JavaFX start: a toolkit stopped while it starts prints
        // "Shutdown in progress" after the one line a bad argument gets
        return Launcher.open(new LaunchOptions(dir, l, r, snapshot, width, height));
    }

    /** {@code open} with no arguments: the last folder (else the seeds) in a window of the size it was left at. */
    static int openDefault() {
        try {
            return Launcher.open(new LaunchOptions(null, null, null, null, 0, 0));
        } catch (RuntimeException e) { // e.g. no display: one line, as the parser's handler would print it
            System.err.println("parallax: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return Cli.FAILED;
        }
    }

    /** A path as given when it exists, else a file of that name in FOLDER. */
    private Path resolve(Path p) {
        if (p == null || Files.exists(p) || folder == null) {
            return p;
        }
        return folder.resolve(p);
    }

    /**
     * The files a snapshot must never replace: every file the window lists (the folder's own files, as the
     * window's exports protect them), and the two shown.
     */
    private static OutputGuard snapshotGuard(Path dir, Path l, Path r) {
        List<Path> inputs = new ArrayList<>();
        if (dir != null) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                ds.forEach(inputs::add);
            } catch (IOException | java.nio.file.DirectoryIteratorException e) {
                // the window reports a folder it cannot list; the two articles are still protected
            }
        }
        for (Path p : new Path[] {l, r}) {
            if (p != null) {
                inputs.add(p);
            }
        }
        return OutputGuard.protecting(inputs);
    }

    private static int usage(PrintWriter err, String message) {
        err.println("parallax: " + message);
        err.println("Try 'parallax open --help' for usage.");
        return Cli.USAGE;
    }
}
