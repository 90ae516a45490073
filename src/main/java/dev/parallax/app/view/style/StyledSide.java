package dev.parallax.app.view.style;

import dev.parallax.engine.result.Comparison;
import dev.parallax.engine.result.Difference;
import dev.parallax.engine.result.Kind;
import dev.parallax.engine.result.Link;
import dev.parallax.engine.result.Passage;
import dev.parallax.engine.text.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * One side of a comparison turned into what a text pane shows: a styled document (CSS classes per character)
 * and, per paragraph, the kinds of passage that start there (for gutter markers). Pure: built off the FX thread,
 * applied on it in one replace.
 *
 * <p>Character offsets are those of the article text; a carriage return is shown as a space so that offsets
 * stay one to one with the engine's.
 */
public final class StyledSide {

    /** The bit of each kind in {@link #markers(int)}. */
    public static int bit(Kind k) {
        return 1 << k.ordinal();
    }

    private final String text;
    private final List<Run> runs;
    private final int[] paragraphStarts;
    private final byte[] markers;
    private final boolean[] folded;
    private final List<ReadOnlyStyledDocument<Collection<String>, String, Collection<String>>> documents;
    private final StyleSpans<Collection<String>> styleSpans;

    /** Paragraphs per document chunk: small enough that inserting one never stalls a frame. */
    public static final int CHUNK = 800;

    /** A stretch of text with one set of CSS classes. */
    public record Run(int start, int end, List<String> classes) {
    }

    private StyledSide(String text, List<Run> runs, int[] paragraphStarts, byte[] markers, boolean[] folded,
                       List<ReadOnlyStyledDocument<Collection<String>, String, Collection<String>>> documents) {
        this.text = text;
        this.runs = runs;
        this.paragraphStarts = paragraphStarts;
        this.markers = markers;
        this.folded = folded;
        this.documents = documents;
        StyleSpansBuilder<Collection<String>> sb = new StyleSpansBuilder<>(runs.size());
        for (Run r : runs) {
            sb.add(r.classes(), r.end() - r.start());
        }
        this.styleSpans = sb.create(); // built here, off the FX thread: it is O(runs)
    }

    /**
     * Styles one side.
     *
     * @param left     the left side (else the right)
     * @param filter   which kinds are highlighted
     * @param selected passage ids drawn as selected
     */
    public static StyledSide of(Comparison c, boolean left, Filter filter, Set<String> selected) {
        String text = (left ? c.left() : c.right()).text();
        List<Passage> passages = left ? c.leftPassages() : c.rightPassages();
        List<Run> runs = runs(c, left, text.length(), passages, filter, selected);
        int[] parStarts = paragraphStarts(text);
        byte[] markers = new byte[parStarts.length];
        int par = 0;
        for (Passage p : passages) {
            if (!filter.shows(p.kind())) {
                continue;
            }
            while (par + 1 < parStarts.length && parStarts[par + 1] <= p.start()) {
                par++;
            }
            markers[par] |= (byte) bit(p.kind());
        }
        boolean[] folded = filter.foldUnique() ? foldedParagraphs(text, parStarts, passages, filter)
                : new boolean[parStarts.length];
        return new StyledSide(text, runs, parStarts, markers, folded, documents(text, runs, parStarts, folded));
    }

    /**
     * The paragraphs with nothing left to read once unique passages are folded: every letter or digit in them
     * belongs to a folded passage. The empty lines after such a paragraph fold with it, so that the shared
     * passages around a folded stretch stand one blank line apart, as in the article.
     */
    static boolean[] foldedParagraphs(String text, int[] parStarts, List<Passage> passages, Filter filter) {
        boolean[] inFold = new boolean[text.length()];
        for (Passage p : passages) {
            if (filter.folds(p.kind())) {
                Arrays.fill(inFold, Math.min(p.start(), text.length()), Math.min(p.end(), text.length()), true);
            }
        }
        boolean[] out = new boolean[parStarts.length];
        boolean previousFolded = false;
        for (int par = 0; par < parStarts.length; par++) {
            int from = parStarts[par];
            int to = par + 1 < parStarts.length ? parStarts[par + 1] - 1 : text.length();
            boolean any = false;
            boolean all = true;
            for (int i = from; i < to && all; i++) {
                if (Character.isLetterOrDigit(text.charAt(i))) {
                    any = true;
                    all = inFold[i];
                }
            }
            out[par] = any ? all : previousFolded;
            previousFolded = out[par];
        }
        return out;
    }

    /** The runs covering the whole text, in order, without gaps. */
    static List<Run> runs(Comparison c, boolean left, int length, List<Passage> passages, Filter filter,
                          Set<String> selected) {
        List<int[]> bounds = new ArrayList<>(); // {start, end, index into classesOf}
        List<List<String>> classesOf = new ArrayList<>();
        for (Passage p : passages) {
            boolean shown = filter.shows(p.kind());
            List<String> cls = new ArrayList<>(3);
            cls.add(StyleClasses.PASSAGE);
            cls.add(filter.folds(p.kind()) ? StyleClasses.FOLDED : !shown ? StyleClasses.FADED
                    : p.furniture() ? StyleClasses.FURNITURE : StyleClasses.of(p.kind()));
            if (selected.contains(p.id())) {
                cls.add(StyleClasses.SELECTED);
            }
            add(bounds, classesOf, p.span(), cls);
            if (!shown || p.kind() == Kind.UNIQUE) {
                continue;
            }
            for (Link l : c.linksOf(p.id())) {
                if (!filter.shows(l.kind())) {
                    continue;
                }
                for (Difference d : l.differences()) {
                    Span s = left ? d.left() : d.right();
                    if (!s.isEmpty()) {
                        add(bounds, classesOf, s, List.of(StyleClasses.DIFF, StyleClasses.of(d.type())));
                    }
                }
            }
        }
        // sweep the boundaries
        int[] points = new int[bounds.size() * 2 + 2];
        int n = 0;
        points[n++] = 0;
        points[n++] = length;
        for (int[] b : bounds) {
            points[n++] = Math.min(b[0], length);
            points[n++] = Math.min(b[1], length);
        }
        Arrays.sort(points, 0, n);
        bounds.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<Run> out = new ArrayList<>();
        List<int[]> active = new ArrayList<>();
        int next = 0;
        int prev = -1;
        for (int i = 0; i < n; i++) {
            int at = points[i];
            if (at == prev) {
                continue;
            }
            if (prev >= 0) {
                final int from = prev;
                active.removeIf(b -> b[1] <= from);
                while (next < bounds.size() && bounds.get(next)[0] <= from) {
                    if (bounds.get(next)[1] > from) {
                        active.add(bounds.get(next));
                    }
                    next++;
                }
                Set<String> cls = new LinkedHashSet<>();
                for (int[] b : active) {
                    cls.addAll(classesOf.get(b[2]));
                }
                List<String> list = List.copyOf(cls);
                if (!out.isEmpty() && out.get(out.size() - 1).classes().equals(list)) {
                    Run last = out.remove(out.size() - 1);
                    out.add(new Run(last.start(), at, list));
                } else {
                    out.add(new Run(from, at, list));
                }
            }
            prev = at;
        }
        if (out.isEmpty()) {
            out.add(new Run(0, 0, List.of()));
        }
        return out;
    }

    private static void add(List<int[]> bounds, List<List<String>> classesOf, Span s, List<String> cls) {
        if (s.isEmpty()) {
            return;
        }
        classesOf.add(cls);
        bounds.add(new int[] {s.start(), s.end(), classesOf.size() - 1});
    }

    static int[] paragraphStarts(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        int k = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[k++] = i + 1;
            }
        }
        return starts;
    }

    /**
     * The text as documents of at most {@link #CHUNK} paragraphs. Every chunk after the first starts with an
     * empty paragraph, so appending it at the end of the previous ones adds exactly the line break between them.
     */
    private static List<ReadOnlyStyledDocument<Collection<String>, String, Collection<String>>> documents(
            String text, List<Run> runs, int[] parStarts, boolean[] folded) {
        List<ReadOnlyStyledDocument<Collection<String>, String, Collection<String>>> out = new ArrayList<>();
        ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>> b = null;
        int r = 0;
        for (int p = 0; p < parStarts.length; p++) {
            if (p % CHUNK == 0) {
                if (b != null) {
                    out.add(b.build());
                }
                b = new ReadOnlyStyledDocumentBuilder<>(SegmentOps.styledTextOps(), Collections.emptyList(),
                        Math.min(CHUNK, parStarts.length - p) + 1);
                if (p > 0) {
                    b.addParagraph("", Collections.emptyList());
                }
            }
            int from = parStarts[p];
            int to = p + 1 < parStarts.length ? parStarts[p + 1] - 1 : text.length();
            String seg = text.substring(from, to).replace('\r', ' ');
            StyleSpansBuilder<Collection<String>> sb = new StyleSpansBuilder<>();
            while (r < runs.size() && runs.get(r).end() <= from && runs.get(r).end() < text.length()) {
                r++;
            }
            int at = from;
            int k = r;
            while (at < to && k < runs.size()) {
                Run run = runs.get(k);
                int end = Math.min(run.end(), to);
                if (end > at) {
                    sb.add(run.classes(), end - at);
                    at = end;
                }
                if (run.end() <= to) {
                    k++;
                } else {
                    break;
                }
            }
            if (at == from) {
                // an empty line folds with the paragraph before it: its one empty segment sets its height
                sb.add(folded[p] ? List.of(StyleClasses.FOLDED) : Collections.emptyList(), to - from);
            }
            b.addParagraph(seg, sb.create());
        }
        out.add(b.build());
        return out;
    }

    public String text() {
        return text;
    }

    public List<Run> runs() {
        return runs;
    }

    /** The documents to put into a StyleClassedTextArea: the first replaces its text, the others are appended. */
    public List<ReadOnlyStyledDocument<Collection<String>, String, Collection<String>>> documents() {
        return documents;
    }

    /** The whole text's styles as StyleSpans (for tests and partial restyling). */
    public StyleSpans<Collection<String>> styleSpans() {
        return styleSpans;
    }

    public int paragraphCount() {
        return paragraphStarts.length;
    }

    /** The text offset where paragraph {@code par} starts. */
    public int paragraphStart(int par) {
        return paragraphStarts[par];
    }

    /** The paragraph holding text offset {@code offset}. */
    public int paragraphOf(int offset) {
        int i = Arrays.binarySearch(paragraphStarts, offset);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }

    /** Whether paragraph {@code par} is folded away entirely (nothing in it is left to read). */
    public boolean folded(int par) {
        return par >= 0 && par < folded.length && folded[par];
    }

    /** Bits ({@link #bit(Kind)}) of the kinds of the shown passages that start in paragraph {@code par}. */
    public int markers(int par) {
        return par < 0 || par >= markers.length ? 0 : markers[par];
    }
}
