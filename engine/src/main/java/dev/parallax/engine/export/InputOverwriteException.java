package dev.parallax.engine.export;

import java.io.IOException;

/** Thrown instead of writing an export over one of the articles it compares. */
public final class InputOverwriteException extends IOException {

    private static final long serialVersionUID = 1L;

    public InputOverwriteException(String target) {
        super("refusing to write over the input " + target);
    }
}
