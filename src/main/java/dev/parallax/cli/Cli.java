package dev.parallax.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code compare}, and the commands other packages add. Exit codes: 0 done, 1 anything
 * else, 2 usage error, 3 an input cannot be read.
 */
@Command(name = "parallax", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Compare news articles side by side: what they share, where they conflict, what only one reports.",
        subcommands = {CompareCommand.class, OpenCommand.class, ScanCommand.class, ClaimsCommand.class, CommandLine.HelpCommand.class})
public final class Cli implements Runnable {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int UNREADABLE = 3;
    /** Returned when a command started something (the window) that outlives {@code main}. */
    public static final int KEEP_RUNNING = -1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns the exit code; no arguments at all open the reader window. */
    public static int run(String[] args) {
        if (args.length == 0) {
            // the desktop launch: the window with its defaults, without building the parser (about 0.1 s of
            // CPU taken from JavaFX while it starts)
            return OpenCommand.openDefault();
        }
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Cli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> FAILED);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("parallax: " + message(ex));
            err.println("Try 'parallax " + commandName(ex) + "--help' for usage.");
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, parsed, result) -> {
            err.println("parallax: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
            return FAILED;
        });
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            // the work's references are gone with the unwound stack: there is room again for one line
            err.println(outOfMemory());
            return FAILED;
        }
    }

    /** The one line for a comparison that did not fit in the heap: what happened and what to do. */
    static String outOfMemory() {
        long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        return "parallax: out of memory: the inputs need more than the " + mb + " MB Java heap; give it more "
                + "(java -Xmx4g -jar ..., or PARALLAX_JAVA_OPTS=-Xmx4g for the installed parallax) or compare "
                + "smaller files (--max-size MB refuses larger ones up front)";
    }

    /** The first line of a usage error: picocli's, or for an unknown word what it is and what was meant. */
    static String message(CommandLine.ParameterException ex) {
        if (!(ex instanceof CommandLine.UnmatchedArgumentException u) || u.getUnmatched().isEmpty()) {
            return ex.getMessage();
        }
        String word = u.getUnmatched().get(0);
        CommandLine where = u.getCommandLine();
        boolean top = where.getParent() == null;
        String what = word.startsWith("-") ? "unknown option '" + word + "'"
                : top ? "unknown command '" + word + "'" : "unexpected argument '" + word + "'";
        java.util.List<String> near = u.getSuggestions().stream().filter(x -> !x.isBlank()).distinct().toList();
        if (!near.isEmpty()) {
            return what + "; did you mean " + String.join(" or ", near.stream().map(x -> "'" + x + "'").toList())
                    + "?";
        }
        if (top && !word.startsWith("-")) {
            return what + "; the commands are " + String.join(", ", where.getSubcommands().keySet());
        }
        return what;
    }

    private static String commandName(CommandLine.ParameterException ex) {
        CommandLine c = ex.getCommandLine();
        return c == null || c.getParent() == null ? "" : c.getCommandName() + " ";
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Parallax " + version()};
        }
    }

    /** Parallax's version, from the jar manifest, or "dev" when run from classes. */
    public static String version() {
        String v = Cli.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
