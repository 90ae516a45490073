package dev.parallax.engine.align;

/**
 * A word, number or alias phrase of an article, with its offsets and its normalized forms.
 *
 * @param start  first UTF-16 index in the article text
 * @param end    index after the last
 * @param key    comparison form for word diffs: folded lower case, number digits, or an alias's canonical id
 * @param stem   matching form: {@code key} stemmed (aliases and numbers unchanged)
 * @param flags  a bit set of the {@code F_*} constants
 */
record Token(int start, int end, String key, String stem, int flags) {

    static final int NUMBER = 1;
    static final int CAPITAL = 2;
    static final int STOP = 4;
    static final int ALIAS = 8;
    static final int NEGATION = 16;
    static final int DATE = 32;
    static final int QUOTED = 64;
    static final int TITLE_WORD = 128;

    boolean is(int flag) {
        return (flags & flag) != 0;
    }

    /** Counts toward similarity: not a function word. */
    boolean isContent() {
        return !is(STOP);
    }

    Token withFlag(int flag) {
        return new Token(start, end, key, stem, flags | flag);
    }
}
