package dev.parallax.engine.result;

import java.util.Locale;

/** What a word-level difference inside a matched pair changes. All but {@link #WORDING} make a conflict. */
public enum DifferenceType {
    NUMBER, DATE, ENTITY, NEGATION, QUOTE, WORDING;

    /** The name used in the comparison JSON and in CSS classes. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isFactual() {
        return this != WORDING;
    }

    public static DifferenceType fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
