package dev.parallax.cli;

import dev.parallax.engine.EngineFactory;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * Options shared by the commands, each validated once, where it is parsed, by a picocli converter: a bad value is
 * a usage error (exit 2) whose message names the option ("Invalid value for option '--max-size' (MB): ...").
 */
final class Options {

    private Options() {
    }

    /** The largest --max-size: a file is read into one Java array, which holds at most 2 GB. */
    static final double MAX_SIZE_MB_LIMIT = 2047;

    /** {@code --max-size MB}, shared by compare and scan. */
    static final class MaxSizeOption {
        @Option(names = "--max-size", paramLabel = "MB", defaultValue = "50", converter = MaxSizeConverter.class,
                description = "Refuse input files larger than this many megabytes (MB = 1,048,576 bytes; "
                        + "default: ${DEFAULT-VALUE}, at most 2047).")
        MaxSize maxSize;
    }

    /** {@code --aliases FILE} and {@code --sensitivity 0..1}, shared by compare and scan. */
    static final class EngineOptions {
        @Option(names = "--aliases", paramLabel = "FILE",
                description = "More entity aliases, one group a line: 'Canonical | alias | alias'.")
        Path aliasFile;

        @Option(names = "--sensitivity", paramLabel = "0..1", defaultValue = "0.5",
                converter = FractionConverter.class,
                description = "0 links only near-verbatim passages, 1 loose paraphrase (default: ${DEFAULT-VALUE}).")
        double sensitivity = EngineFactory.DEFAULT_SENSITIVITY;
    }

    /**
     * The engine these options ask for, or null after printing why the alias file cannot be read (the caller
     * then exits with {@link Cli#UNREADABLE}).
     */
    static EngineFactory factory(EngineOptions engine, MaxSizeOption size, PrintWriter err) {
        EngineFactory f = EngineFactory.defaults().sensitivity(engine.sensitivity)
                .maxSize(size.maxSize.bytes(), size.maxSize.given() + " MB");
        if (engine.aliasFile == null) {
            return f;
        }
        String problem = AuxFiles.problem(engine.aliasFile);
        if (problem != null) {
            err.println("parallax: alias file " + engine.aliasFile + ": " + problem);
            return null;
        }
        try {
            return f.plusAliasFile(engine.aliasFile);
        } catch (IOException e) {
            err.println("parallax: alias file " + engine.aliasFile + ": " + AuxFiles.reason(e));
            return null;
        }
    }

    /** The options that shaped a result, in a few words, for an HTML page's header. */
    static String settings(EngineOptions engine) {
        return String.format(java.util.Locale.ROOT, "sensitivity %s, %s", engine.sensitivity,
                engine.aliasFile == null ? "built-in aliases" : "built-in aliases + " + engine.aliasFile);
    }

    /** Parses a number of sources: a count ({@link CountConverter}), 2 or more. */
    static final class SourcesConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            Integer n = null;
            try {
                n = new CountConverter().convert(value);
            } catch (TypeConversionException e) {
                // below, with the one message
            }
            if (n == null || n < 2) {
                throw new TypeConversionException("'" + value + "' is not a whole number, 2 or more");
            }
            return n;
        }
    }

    /**
     * A size limit as the user gave it.
     *
     * @param bytes the limit in bytes, at least 1
     * @param given the number the user typed, in MB, for messages
     */
    record MaxSize(long bytes, String given) {
    }

    /** Parses {@code --max-size}: a finite number of MB, at least one byte's worth, at most 2047. */
    static final class MaxSizeConverter implements ITypeConverter<MaxSize> {
        @Override
        public MaxSize convert(String value) {
            double mb = number(value, "a number of megabytes");
            if (!(mb > 0) || mb > MAX_SIZE_MB_LIMIT) {
                throw new TypeConversionException("'" + value + "' is not between 0 and " + (int) MAX_SIZE_MB_LIMIT
                        + " megabytes");
            }
            long bytes = (long) Math.floor(mb * 1024 * 1024);
            if (bytes < 1) {
                throw new TypeConversionException("'" + value + "' MB is less than one byte");
            }
            return new MaxSize(bytes, value.strip());
        }
    }

    /** Parses a share or sensitivity: a finite number from 0 to 1. */
    static final class FractionConverter implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            double d = number(value, "a number from 0 to 1");
            if (!(d >= 0 && d <= 1)) {
                throw new TypeConversionException("'" + value + "' is not between 0 and 1");
            }
            return d;
        }
    }

    /** Parses a count: a whole number, 0 or more. */
    static final class CountConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int n = Integer.parseInt(value.strip());
                if (n >= 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // below
            }
            throw new TypeConversionException("'" + value + "' is not a whole number, 0 or more");
        }
    }

    private static double number(String value, String what) {
        double d;
        try {
            d = Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not " + what);
        }
        if (!Double.isFinite(d)) {
            throw new TypeConversionException("'" + value + "' is not " + what + " (it must be finite)");
        }
        return d;
    }
}
