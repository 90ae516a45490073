package dev.parallax.app.viewmodel;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import dev.parallax.engine.result.Difference;
import dev.parallax.engine.result.DifferenceType;
import dev.parallax.engine.result.Link;
import dev.parallax.engine.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What changed between two matched passages, in words a reader follows: "reworded: “stuck” → “also said Russia
 * must pledge”", "the right adds: “Later on Tuesday”", "same after alias: Russian Federation = Russia". Pure
 * functions of the engine's results, used by the details panel.
 */
public final class Explain {

    /** Fragments longer than this many words are shortened in the middle. */
    static final int MAX_WORDS = 12;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[’'][\\p{L}]+)?");

    private Explain() {
    }

    /** One difference as a sentence: what kind of change, and the words on each side. */
    public static String difference(Difference d, String leftText, String rightText) {
        String l = d.left().isEmpty() ? "" : shorten(d.left().of(leftText));
        String r = d.right().isEmpty() ? "" : shorten(d.right().of(rightText));
        if (d.type() == DifferenceType.WORDING) {
            if (l.isEmpty()) {
                return "the right adds: " + quote(r);
            }
            if (r.isEmpty()) {
                return "only the left has: " + quote(l);
            }
            return "reworded: " + quote(l) + " → " + quote(r);
        }
        String what = switch (d.type()) {
            case NUMBER -> "number";
            case DATE -> "date";
            case ENTITY -> "name";
            case NEGATION -> "negation";
            case QUOTE -> "quoted words";
            case WORDING -> "wording";
        };
        if (l.isEmpty()) {
            return what + " only on the right: " + quote(r);
        }
        if (r.isEmpty()) {
            return what + " only on the left: " + quote(l);
        }
        return what + (d.type() == DifferenceType.QUOTE ? " differ: " : " differs: ") + quote(l) + " → " + quote(r);
    }

    /**
     * Why a link without any difference is a match although its texts may differ: word for word the same, the
     * same words apart from punctuation or case, or the same once names are read as aliases ("Russian Federation
     * = Russia"). Null when the link lists differences (they say what changed).
     */
    public static String sameness(Link link, Span left, String leftText, Span right, String rightText) {
        if (!link.differences().isEmpty()) {
            return null;
        }
        String a = left.of(leftText).strip();
        String b = right.of(rightText).strip();
        if (a.equals(b)) {
            return "word for word the same";
        }
        List<String> wa = words(a);
        List<String> wb = words(b);
        List<String> la = lower(wa);
        List<String> lb = lower(wb);
        if (la.equals(lb)) {
            return "the same words; only punctuation or capitals differ";
        }
        List<String> pairs = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(la, lb).getDeltas()) {
            String x = String.join(" ", wa.subList(delta.getSource().getPosition(),
                    delta.getSource().getPosition() + delta.getSource().size()));
            String y = String.join(" ", wb.subList(delta.getTarget().getPosition(),
                    delta.getTarget().getPosition() + delta.getTarget().size()));
            if (delta.getType() == DeltaType.CHANGE) {
                pairs.add(shorten(x) + " = " + shorten(y));
            } else {
                pairs.add(delta.getType() == DeltaType.DELETE ? "left also says " + quote(shorten(x))
                        : "right also says " + quote(shorten(y)));
            }
        }
        if (pairs.isEmpty()) {
            return "the same words";
        }
        return String.format(Locale.ROOT, "the same after alias%s: %s", pairs.size() == 1 ? "" : "es",
                String.join("; ", pairs));
    }

    /** A fragment cut to its first and last words when long, on one line. */
    static String shorten(String s) {
        String one = s.strip().replaceAll("\\s+", " ");
        String[] w = one.split(" ");
        if (w.length <= MAX_WORDS) {
            return one;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(w, 0, 7)) + " … "
                + String.join(" ", java.util.Arrays.copyOfRange(w, w.length - 4, w.length));
    }

    private static String quote(String s) {
        return "“" + s + "”";
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static List<String> lower(List<String> words) {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }
}
