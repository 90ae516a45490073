package dev.parallax.app.view.style;

import dev.parallax.engine.result.Kind;

/**
 * Which passage kinds are highlighted. A hidden kind keeps its text (a reader never loses words) but loses its
 * colour and marker, and reads as faded.
 */
public record Filter(boolean agree, boolean conflict, boolean unique) {

    public static final Filter ALL = new Filter(true, true, true);

    public boolean shows(Kind k) {
        return switch (k) {
            case AGREE -> agree;
            case CONFLICT -> conflict;
            case UNIQUE -> unique;
        };
    }
}
