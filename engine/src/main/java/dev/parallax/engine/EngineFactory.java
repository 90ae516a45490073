package dev.parallax.engine;

import dev.parallax.engine.align.Aliases;
import dev.parallax.engine.align.ComparisonEngine;
import dev.parallax.engine.claims.ClaimsScan;
import dev.parallax.engine.claims.JoinRules;
import dev.parallax.engine.corpus.FolderScan;
import dev.parallax.engine.text.ArticleLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The one place the engine is assembled from the user's settings (sensitivity, extra aliases, the size limits),
 * for every front end: {@code compare} and {@code scan} on the command line, the reader window and its
 * overview and the claims table. Immutable: each setter returns a new factory.
 *
 * <pre>{@code
 * EngineFactory f = EngineFactory.defaults().sensitivity(0.7).plusAliasFile(Path.of("aliases.txt"));
 * Comparison c = f.engine().compare(f.loader().load(a), f.loader().load(b));
 * ScanResult r = f.scan().scan(folder, ScanListener.NONE);
 * }</pre>
 */
public final class EngineFactory {

    /** The sensitivity the engine uses unless told otherwise. */
    public static final double DEFAULT_SENSITIVITY = 0.5;

    private static final EngineFactory DEFAULTS = new EngineFactory(DEFAULT_SENSITIVITY, Aliases.defaults(), null,
            ArticleLoader.DEFAULT_MAX_BYTES, null, 0);

    private final double sensitivity;
    private final Aliases aliases;
    private final Path aliasFile;
    private final long maxBytes;
    private final String limitText;
    /** The comparison's character limit, or 0 for the engine's own default (read when an engine is built). */
    private final long maxChars;

    private EngineFactory(double sensitivity, Aliases aliases, Path aliasFile, long maxBytes, String limitText,
                          long maxChars) {
        this.sensitivity = sensitivity;
        this.aliases = aliases;
        this.aliasFile = aliasFile;
        this.maxBytes = maxBytes;
        this.limitText = limitText;
        this.maxChars = maxChars;
    }

    /** Sensitivity 0.5, the bundled aliases, the 50 MB size limit. */
    public static EngineFactory defaults() {
        return DEFAULTS;
    }

    /** Sensitivity from 0 (near-verbatim links only) to 1 (loose paraphrase). */
    public EngineFactory sensitivity(double sensitivity) {
        if (!(sensitivity >= 0 && sensitivity <= 1)) {
            throw new IllegalArgumentException("sensitivity must be 0 to 1, not " + sensitivity);
        }
        return new EngineFactory(sensitivity, aliases, aliasFile, maxBytes, limitText, maxChars);
    }

    /** The bundled aliases plus those in {@code file} ({@code Canonical | alias | alias} a line). */
    public EngineFactory plusAliasFile(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        return new EngineFactory(sensitivity, aliases.plusFile(file), file, maxBytes, limitText, maxChars);
    }

    /**
     * Refuse input files larger than {@code bytes}, naming the limit as {@code asGiven} (the user's spelling,
     * such as "0.5 MB"), or in MB when null.
     */
    public EngineFactory maxSize(long bytes, String asGiven) {
        if (bytes <= 0 || bytes > ArticleLoader.MAX_LIMIT) {
            throw new IllegalArgumentException("maxBytes must be 1 to " + ArticleLoader.MAX_LIMIT + ", not " + bytes);
        }
        return new EngineFactory(sensitivity, aliases, aliasFile, bytes, asGiven, maxChars);
    }

    /**
     * Refuse pairs whose shorter text is longer than {@code chars} characters
     * ({@link ComparisonEngine.Builder#maxChars}); by default the engine's own limit, which the system property
     * {@code parallax.maxChars} of the JVM that builds the engine sets.
     */
    public EngineFactory maxChars(long chars) {
        if (chars < 1) {
            throw new IllegalArgumentException("maxChars must be positive, not " + chars);
        }
        return new EngineFactory(sensitivity, aliases, aliasFile, maxBytes, limitText, chars);
    }

    public double sensitivity() {
        return sensitivity;
    }

    /** The extra alias file, or null when only the bundled aliases are used. */
    public Path aliasFile() {
        return aliasFile;
    }

    /** The comparison engine with these settings. */
    public ComparisonEngine engine() {
        ComparisonEngine.Builder b = ComparisonEngine.builder().aliases(aliases).sensitivity(sensitivity);
        return (maxChars > 0 ? b.maxChars(maxChars) : b).build();
    }

    /** The article loader with this size limit. */
    public ArticleLoader loader() {
        return limitText == null ? ArticleLoader.withMaxBytes(maxBytes) : ArticleLoader.withMaxBytes(maxBytes, limitText);
    }

    /** The claims of a folder: a scan with this engine and loader, its comparisons joined into claims. */
    public ClaimsScan claims() {
        return new ClaimsScan(FolderScan.builder().engine(engine()).loader(loader()), JoinRules.DEFAULT);
    }

    /** A folder scan that reads with {@link #loader()} and aligns with {@link #engine()}. */
    public FolderScan scan() {
        return FolderScan.builder().engine(engine()).loader(loader()).build();
    }
}
