package dev.parallax.engine.result;

import java.util.Locale;

/** How a passage or link relates to the other source. */
public enum Kind {
    /** Same claim, possibly reworded or using an alias. */
    AGREE,
    /** Same claim, but a number, date, name, negation or quoted wording differs. */
    CONFLICT,
    /** No counterpart in the other source. */
    UNIQUE;

    /** The name used in the comparison JSON and in CSS classes. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Kind fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
