package dev.parallax.app.view.style;

import dev.parallax.engine.result.DifferenceType;
import dev.parallax.engine.result.Kind;

/** The CSS class names the reader's stylesheet defines; one place, so the styler and the CSS agree. */
public final class StyleClasses {

    /** Every passage: {@code passage} plus its kind ({@code agree}, {@code conflict}, {@code unique}). */
    public static final String PASSAGE = "passage";
    /** A passage that is page furniture (engine {@code Passage.furniture()}): dimmed, never counted. */
    public static final String FURNITURE = "furniture";
    /** A passage whose kind the filters hide. */
    public static final String FADED = "faded";
    /** A passage only one source has, folded away (drawn too small to read; see {@link Filter#foldUnique}). */
    public static final String FOLDED = "folded";
    /** A word-level difference inside a linked passage, plus {@code diff-TYPE}. */
    public static final String DIFF = "diff";
    /** The passage of the selected link, on both sides. */
    public static final String SELECTED = "selected";

    private StyleClasses() {
    }

    public static String of(Kind kind) {
        return kind.id();
    }

    public static String of(DifferenceType type) {
        return "diff-" + type.id();
    }

    /** The marker shown in the gutter and legend beside the colour, so colour is never the only cue. */
    public static String marker(Kind kind) {
        return switch (kind) {
            case AGREE -> "=";
            case CONFLICT -> "≠";
            case UNIQUE -> "+";
        };
    }

    /** The words a reader sees for a kind. */
    public static String label(Kind kind) {
        return switch (kind) {
            case AGREE -> "agree";
            case CONFLICT -> "conflict";
            case UNIQUE -> "only in this source";
        };
    }
}
