package dev.parallax.engine.text;

import java.io.IOException;

/** An input that cannot be compared: missing, not a file, empty, too large, binary, or without article text. */
public class UnreadableInputException extends IOException {

    private final String file;
    private final String reason;

    public UnreadableInputException(String file, String reason) {
        super(file + ": " + reason);
        this.file = file;
        this.reason = reason;
    }

    /** The file as the user named it. */
    public String file() {
        return file;
    }

    /** Why it cannot be read, in a few words, lower case. */
    public String reason() {
        return reason;
    }
}
