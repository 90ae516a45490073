package dev.parallax.engine.export;

import java.time.Instant;
import java.util.Objects;

/**
 * What the HTML report says about how it was made. The engine cannot know the application's version or the
 * options the caller chose, so the caller (CLI or window) passes them in.
 *
 * @param version  the Parallax version, e.g. {@code 0.1.0}; empty when unknown
 * @param settings the comparison settings in a few words, e.g. {@code sensitivity 0.5, built-in aliases};
 *                 empty when unknown
 * @param made     when the report was made
 */
public record ReportInfo(String version, String settings, Instant made) {

    public ReportInfo {
        version = version == null ? "" : version.strip();
        settings = settings == null ? "" : settings.strip();
        Objects.requireNonNull(made, "made");
    }

    /** A report made now. */
    public static ReportInfo now(String version, String settings) {
        return new ReportInfo(version, settings, Instant.now());
    }
}
