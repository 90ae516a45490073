package dev.parallax.app.view.style;

import dev.parallax.engine.result.Kind;

/**
 * Which passage kinds are highlighted, and whether passages only one source has are folded away. A hidden kind
 * keeps its text (a reader never loses words) but loses its colour and marker, and reads as faded; a folded
 * passage keeps its place in the text (offsets stay the engine's) but is drawn too small to read, so the shared
 * passages close up.
 */
public record Filter(boolean agree, boolean conflict, boolean unique, boolean foldUnique) {

    public static final Filter ALL = new Filter(true, true, true);

    /** Nothing folded. */
    public Filter(boolean agree, boolean conflict, boolean unique) {
        this(agree, conflict, unique, false);
    }

    public boolean shows(Kind k) {
        return switch (k) {
            case AGREE -> agree;
            case CONFLICT -> conflict;
            case UNIQUE -> unique && !foldUnique;
        };
    }

    /** Whether passages of this kind are folded away. */
    public boolean folds(Kind k) {
        return foldUnique && k == Kind.UNIQUE;
    }
}
