package dev.parallax.cli;

import java.util.Locale;

/** How the command line says counts and quotes text: "1 conflict", "2 conflicts", a sentence shortened. */
final class Words {

    private Words() {
    }

    /** {@code n} and the noun in the number that fits: {@code count(1, "pair", "pairs")} is "1 pair". */
    static String count(long n, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }

    /**
     * {@code text} on one line, at most {@code max} characters: whole when it fits, else a window of whole words
     * around {@code focus} (an offset into {@code text}) with "…" where it was cut.
     */
    static String excerpt(String text, int focus, int max) {
        String one = text.replaceAll("\\s+", " ").strip();
        if (one.length() <= max) {
            return one;
        }
        // focus in the one-line text: offsets shift by the collapsed white space before it
        int f = Math.min(one.length(), Math.max(0, text.substring(0, Math.min(focus, text.length()))
                .replaceAll("\\s+", " ").stripLeading().length()));
        int budget = max - 2; // room for an ellipsis at each end
        int start = Math.max(0, Math.min(f - budget / 3, one.length() - budget));
        int end = Math.min(one.length(), start + budget);
        if (start > 0) {
            int sp = one.indexOf(' ', start);
            start = sp < 0 || sp >= f ? start : sp + 1;
        }
        if (end < one.length()) {
            int sp = one.lastIndexOf(' ', end);
            end = sp <= start || sp < f ? end : sp;
        }
        return (start > 0 ? "…" : "") + one.substring(start, end).strip() + (end < one.length() ? "…" : "");
    }
}
