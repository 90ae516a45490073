package dev.parallax.app.view;

import dev.parallax.app.view.style.StyleClasses;
import dev.parallax.app.view.style.StyledSide;
import dev.parallax.app.viewmodel.Side;
import dev.parallax.engine.result.Kind;
import dev.parallax.engine.text.Span;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.util.Duration;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.util.UndoUtils;

/**
 * One reading pane: a header (headline, source, date, words), a read-only wrapped RichTextFX area with a gutter
 * of passage markers, and an overview ruler on its outer edge.
 */
public final class ArticlePane extends BorderPane {

    private final Side side;
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
    private final OverviewRuler ruler = new OverviewRuler();
    private final Label title = new Label();
    private final Label meta = new Label();
    private StyledSide styled;
    private StyleSpans<Collection<String>> base;
    private final List<Span> marked = new ArrayList<>();
    private Span flashing;
    private final List<Span> found = new ArrayList<>();
    private Span foundCurrent;
    private AnimationTimer loader;
    private final PauseTransition flashEnd = new PauseTransition(Duration.millis(900));

    public ArticlePane(Side side) {
        this.side = side;
        String name = side == Side.LEFT ? "left" : "right";
        setId(name + "-pane");
        getStyleClass().add("article-pane");
        area.setId(name + "-text");
        area.getStyleClass().add("reader-text");
        area.setEditable(false);
        area.setWrapText(true);
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.setPadding(new Insets(8, 14, 24, 4));
        area.setParagraphGraphicFactory(this::gutter);
        ruler.setId(name + "-ruler");

        title.getStyleClass().add("pane-title");
        title.setWrapText(true);
        meta.getStyleClass().add("pane-meta");
        meta.setWrapText(true); // a long source and date wrap rather than lose the word count
        Label sideLabel = new Label(side == Side.LEFT ? "LEFT" : "RIGHT");
        sideLabel.getStyleClass().add("side-badge");
        sideLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox titleRow = new HBox(8, sideLabel, title);
        meta.setId(name + "-meta");
        VBox header = new VBox(2, titleRow, meta);
        header.getStyleClass().add("pane-header");
        setTop(header);
        HBox body = side == Side.LEFT ? new HBox(ruler, scroll) : new HBox(scroll, ruler);
        HBox.setHgrow(scroll, Priority.ALWAYS);
        setCenter(body);
        flashEnd.setOnFinished(e -> endFlash());
        // which pane the keys act on: the focused one carries "active" (an accent on its header and badge)
        focusWithinProperty().addListener((o, was, now) -> {
            getStyleClass().remove("active");
            if (now) {
                getStyleClass().add("active");
            }
        });
        // the ruler's box follows what is on screen, also when the first layout comes after the text
        area.getVisibleParagraphs().addModificationObserver(m -> updateRulerViewport());
    }

    /** The gutter beside a paragraph: the markers of the passages starting in it. Plain nodes, no controls:
     *  a long book creates one per line while scrolling. */
    private Node gutter(int par) {
        Text t = new Text();
        t.getStyleClass().add("gutter-text");
        if (styled != null && styled.folded(par)) {
            // a folded stretch: a thin line with a small mark, so the reader sees that something is there
            boolean first = par == 0 || !styled.folded(par - 1);
            t.setText(first ? "⋯" : "");
            t.getStyleClass().setAll("gutter-folded");
            StackPane box = new StackPane(t);
            box.getStyleClass().addAll("gutter", "gutter-fold");
            return box;
        }
        int bits = styled == null ? 0 : styled.markers(par);
        if (bits != 0) {
            StringBuilder b = new StringBuilder();
            for (Kind k : new Kind[] {Kind.CONFLICT, Kind.AGREE, Kind.UNIQUE}) {
                if ((bits & StyledSide.bit(k)) != 0) {
                    b.append(StyleClasses.marker(k));
                    if (b.length() == 1) {
                        t.getStyleClass().add("gutter-" + k.id());
                    }
                }
            }
            t.setText(b.toString());
        }
        StackPane box = new StackPane(t);
        box.getStyleClass().add("gutter");
        StackPane.setAlignment(t, Pos.TOP_RIGHT);
        return box;
    }

    /**
     * Shows a styled side, replacing the text; keeps the reading position when the text is the same. A long
     * text goes in a chunk per frame so the window never stalls; {@code loaded} runs once all of it is in
     * (at once for a short text).
     */
    public void show(StyledSide s, String headline, String metaLine, Runnable loaded) {
        boolean sameText = styled != null && styled.text().equals(s.text());
        // the reader's place: the text at the reading line and how far below the top it stands; a filter that
        // restyles (or folds) the same text brings that text back to the same height
        int anchor = sameText ? readable(s, offsetAtViewport(0)) : -1;
        double anchorY = anchor < 0 ? Double.NaN : lineFromTop(anchor);
        styled = s;
        base = s.styleSpans();
        marked.clear();
        found.clear();
        foundCurrent = null;
        flashEnd.stop();
        flashing = null;
        if (loader != null) {
            loader.stop();
            loader = null;
        }
        List<ReadOnlyStyledDocument<Collection<String>, String, Collection<String>>> docs = s.documents();
        area.replace(0, area.getLength(), docs.get(0));
        Runnable done = () -> {
            if (anchor >= 0) {
                restorePlace(anchor, anchorY);
            }
            updateRulerViewport();
            loaded.run();
        };
        if (!sameText) {
            area.moveTo(0);
            area.showParagraphAtTop(0);
        }
        if (docs.size() == 1) {
            done.run();
        } else {
            loader = new AnimationTimer() {
                private int next = 1;

                @Override
                public void handle(long now) {
                    if (styled != s) {
                        stop();
                        return;
                    }
                    area.replace(area.getLength(), area.getLength(), docs.get(next++));
                    if (next == docs.size()) {
                        stop();
                        loader = null;
                        done.run();
                    }
                }
            };
            loader.start();
        }
        ruler.setStyled(s);
        title.setText(headline);
        meta.setText(metaLine);
    }

    /** Marks these spans (whole passages) as selected, and un-marks the previous ones. */
    public void mark(List<Span> spans) {
        List<Span> old = new ArrayList<>(marked);
        marked.clear();
        marked.addAll(spans);
        old.forEach(this::repaint);
        spans.forEach(this::repaint);
    }

    /** Briefly highlights a passage so the eye finds where a jump landed. */
    public void flash(Span s) {
        Span old = flashing;
        flashing = s;
        if (old != null) {
            repaint(old);
        }
        repaint(s);
        flashEnd.playFromStart();
    }

    private void endFlash() {
        Span s = flashing;
        flashing = null;
        if (s != null) {
            repaint(s);
        }
    }

    /** Highlights the matches of a search, {@code current} (one of them, or null) the most; un-highlights the
     *  previous ones. */
    public void showFound(List<Span> matches, Span current) {
        List<Span> old = new ArrayList<>(found);
        found.clear();
        found.addAll(matches);
        foundCurrent = current;
        old.forEach(this::repaint);
        matches.forEach(this::repaint);
    }

    /** Whether the character at {@code offset} carries a CSS class (used by tests). */
    public boolean hasClass(int offset, String cls) {
        return offset >= 0 && offset < area.getLength() && area.getStyleOfChar(offset).contains(cls);
    }

    /** Re-applies a passage's styles: the base ones plus selected and flash marks. */
    private void repaint(Span s) {
        if (base == null || s.end() > area.getLength() || s.isEmpty()) {
            return;
        }
        // a region inside a selected or flashing passage is drawn selected or flashing too (search matches)
        boolean sel = marked.stream().anyMatch(m -> m.start() <= s.start() && s.end() <= m.end());
        boolean fl = flashing != null && flashing.start() <= s.start() && s.end() <= flashing.end();
        StyleSpans<Collection<String>> spans = base.subView(s.start(), s.end());
        if (sel || fl) {
            spans = spans.mapStyles(st -> {
                List<String> l = new ArrayList<>(st);
                if (sel) {
                    l.add(StyleClasses.SELECTED);
                }
                if (fl) {
                    l.add("flash");
                }
                return l;
            });
        }
        if (!found.isEmpty()) {
            spans = spans.overlay(foundIn(s), (a, b) -> {
                if (b.isEmpty()) {
                    return a;
                }
                List<String> l = new ArrayList<>(a);
                l.addAll(b);
                return l;
            });
        }
        area.setStyleSpans(s.start(), spans);
    }

    /** The search matches within {@code s} as style spans over its length ("find-match", "find-current"). */
    private StyleSpans<Collection<String>> foundIn(Span s) {
        org.fxmisc.richtext.model.StyleSpansBuilder<Collection<String>> b =
                new org.fxmisc.richtext.model.StyleSpansBuilder<>();
        int at = s.start();
        for (Span m : found) { // in text order
            int from = Math.max(at, m.start());
            int to = Math.min(s.end(), m.end());
            if (to <= from) {
                continue;
            }
            b.add(List.of(), from - at);
            b.add(m.equals(foundCurrent) ? List.of("find-match", "find-current") : List.of("find-match"), to - from);
            at = to;
        }
        b.add(List.of(), s.end() - at);
        return b.create();
    }

    // ---- geometry

    /**
     * Scrolls so that the span's first line stands {@code fromTop} pixels below the top of the viewport
     * (clamped at the document's ends).
     */
    public void scrollTo(int offset, double fromTop) {
        if (styled == null || offset >= area.getLength()) {
            return;
        }
        int par = styled.paragraphOf(offset);
        double y = 0;
        Optional<Bounds> parBounds = area.getParagraphBoundsOnScreen(par);
        Optional<Bounds> charBounds = area.getCharacterBoundsOnScreen(offset, Math.min(offset + 1, area.getLength()));
        if (parBounds.isPresent() && charBounds.isPresent()) {
            y = charBounds.get().getMinY() - parBounds.get().getMinY();
        }
        double h = Math.max(1, area.getViewportHeight() - 1);
        double top = Math.max(0, Math.min(fromTop, h - 20));
        // a region exactly one viewport high, starting 'top' above the line: only one scroll position shows it
        area.showParagraphRegion(par, new BoundingBox(0, y - top, 1, h));
    }

    /** The first offset from {@code from} on that {@code s} leaves readable: not folded away, not a space. */
    private static int readable(StyledSide s, int from) {
        if (from < 0) {
            return -1;
        }
        String text = s.text();
        for (StyledSide.Run r : s.runs()) {
            if (r.end() <= from || r.classes().contains(StyleClasses.FOLDED)) {
                continue;
            }
            for (int i = Math.max(from, r.start()); i < r.end(); i++) {
                if (!Character.isWhitespace(text.charAt(i))) {
                    return i;
                }
            }
        }
        return Math.min(from, Math.max(0, text.length() - 1));
    }

    /** Scrolls {@code offset} back to {@code fromTop} once the new text has been laid out. */
    private void restorePlace(int offset, double fromTop) {
        double want = Double.isNaN(fromTop) ? 0 : fromTop;
        double ask = want;
        // scrollTo measures from the text's first line, lineFromTop from the area's edge, and paragraphs not
        // laid out yet have estimated heights: measure where the line landed and correct, twice at most
        for (int i = 0; i < 3; i++) {
            scrollTo(offset, ask);
            area.applyCss(); // a folded passage is small only once its style class has been applied
            area.layout();
            double now = lineFromTop(offset);
            if (Double.isNaN(now) || Math.abs(now - want) <= 1 || atEnd() && now > want) {
                return; // there, or as near as the (now shorter) text lets it come
            }
            ask -= now - want;
        }
    }

    /** Whether the pane is scrolled as far down as it goes. */
    public boolean atEnd() {
        return area.getEstimatedScrollY() + area.getViewportHeight() >= area.getTotalHeightEstimate() - 2;
    }

    /** Scrolls a span into the upper third of the viewport. */
    public void reveal(Span s) {
        scrollTo(s.start(), area.getViewportHeight() / 4);
    }

    /** The y range of a span in {@code target}'s coordinates, or {@code null} when it is off screen. */
    public double[] yRange(Span s, Node target) {
        if (styled == null || area.getParagraphs().isEmpty() || s.end() > area.getLength()) {
            return null;
        }
        int first = firstVisible();
        int last = lastVisible();
        if (first < 0) {
            return null;
        }
        int sp = styled.paragraphOf(s.start());
        int ep = styled.paragraphOf(Math.max(s.start(), s.end() - 1));
        Bounds view = target.sceneToLocal(area.localToScene(area.getLayoutBounds()));
        if (ep < first) {
            return new double[] {Double.NEGATIVE_INFINITY, view.getMinY()};
        }
        if (sp > last) {
            return new double[] {view.getMaxY(), Double.POSITIVE_INFINITY};
        }
        double top = view.getMinY();
        double bottom = view.getMaxY();
        // paragraph boxes, interpolated by characters: exact enough for ribbons and far cheaper than
        // character shapes, which a long book would ask for dozens of times a frame
        if (sp >= first) {
            double y = yAt(sp, s.start(), target);
            if (!Double.isNaN(y)) {
                top = y;
            }
        }
        if (ep <= last) {
            double y = yAt(ep, s.end(), target);
            if (!Double.isNaN(y)) {
                bottom = y;
            }
        }
        return new double[] {Math.max(top, view.getMinY() - 4), Math.min(bottom, view.getMaxY() + 4)};
    }

    private double yAt(int par, int offset, Node target) {
        Optional<Bounds> pb = area.getParagraphBoundsOnScreen(par);
        if (pb.isEmpty()) {
            return Double.NaN;
        }
        Bounds b = target.screenToLocal(pb.get());
        int from = styled.paragraphStart(par);
        int to = par + 1 < styled.paragraphCount() ? styled.paragraphStart(par + 1) - 1 : styled.text().length();
        double f = to <= from ? 0 : Math.max(0, Math.min(1, (offset - from) / (double) (to - from)));
        return b.getMinY() + f * b.getHeight();
    }

    /**
     * The text offset at a viewport height (0 = top, 1 = bottom), for scroll sync; -1 when empty or while the
     * pane is being laid out. Found from the paragraph boxes on screen by paragraph index, never by RichTextFX's
     * {@code hit}: in a long text most paragraphs are virtual (no cell), and {@code hit} throws for a paragraph
     * whose cell is not laid out, which it is while the pane scrolls (the scroll listeners run mid-layout).
     */
    public int offsetAtViewport(double fraction) {
        if (styled == null || area.getLength() == 0) {
            return -1;
        }
        try {
            int first = firstVisible();
            int last = Math.min(lastVisible(), area.getParagraphs().size() - 1);
            Bounds view = area.localToScreen(area.getLayoutBounds());
            if (first < 0 || view == null) {
                return -1;
            }
            double y = view.getMinY() + area.getViewportHeight() * fraction;
            for (int par = first; par <= last; par++) {
                Optional<Bounds> b = area.getParagraphBoundsOnScreen(par);
                if (b.isPresent() && y < b.get().getMaxY()) {
                    int from = styled.paragraphStart(par);
                    int to = Math.min(area.getLength(), par + 1 < styled.paragraphCount()
                            ? styled.paragraphStart(par + 1) : styled.text().length());
                    double f = b.get().getHeight() <= 0 ? 0
                            : Math.max(0, Math.min(1, (y - b.get().getMinY()) / b.get().getHeight()));
                    return Math.max(from, Math.min(to, from + (int) Math.round(f * (to - from))));
                }
            }
            return Math.min(area.getLength(), styled.paragraphStart(Math.max(first, last)));
        } catch (RuntimeException e) { // a cell replaced under us mid-layout: no answer this time
            return -1;
        }
    }

    /** The text offset under a point of the area (a click), or -1 when the pane cannot tell yet. */
    public int offsetAt(double x, double y) {
        try {
            return area.hit(x, y).getInsertionIndex();
        } catch (RuntimeException e) { // the clicked paragraph's cell is not laid out (NoSuchElementException)
            return -1;
        }
    }

    /** Distance of an offset's line from the viewport top, or NaN when off screen. */
    public double lineFromTop(int offset) {
        if (offset < 0 || offset >= area.getLength()) {
            return Double.NaN;
        }
        try {
            Optional<Bounds> b = area.getCharacterBoundsOnScreen(offset, Math.min(offset + 1, area.getLength()));
            if (b.isEmpty()) {
                return Double.NaN;
            }
            return area.screenToLocal(b.get()).getMinY();
        } catch (RuntimeException e) { // its paragraph's cell is not laid out
            return Double.NaN;
        }
    }

    /** Whether the paragraph of this offset is on screen. */
    public boolean isVisible(int offset) {
        if (styled == null || area.getParagraphs().isEmpty()) {
            return false;
        }
        int par = styled.paragraphOf(offset);
        return offset < area.getLength() && par >= firstVisible() && par <= lastVisible();
    }

    /** The text range [first visible char, last visible char) for the ruler's viewport box. */
    public int[] visibleRange() {
        if (styled == null || area.getParagraphs().isEmpty()) {
            return new int[] {0, 0};
        }
        int first = firstVisible();
        int last = lastVisible();
        if (first < 0) {
            return new int[] {0, 0};
        }
        int end = last + 1 < styled.paragraphCount() ? styled.paragraphStart(last + 1) : styled.text().length();
        if (last >= area.getParagraphs().size() - 1) {
            end = Math.min(end, area.getLength());
        }
        return new int[] {styled.paragraphStart(first), end};
    }

    public void updateRulerViewport() {
        int[] r = visibleRange();
        ruler.setViewport(r[0], r[1]);
    }

    /** The first paragraph on screen, or -1 while none is laid out. */
    public int firstVisible() {
        return area.getVisibleParagraphs().isEmpty() ? -1 : area.firstVisibleParToAllParIndex();
    }

    /** The last paragraph on screen, or -1 while none is laid out. */
    public int lastVisible() {
        return area.getVisibleParagraphs().isEmpty() ? -1 : area.lastVisibleParToAllParIndex();
    }

    public Side side() {
        return side;
    }

    public StyleClassedTextArea area() {
        return area;
    }

    public VirtualizedScrollPane<StyleClassedTextArea> scrollPane() {
        return scroll;
    }

    public OverviewRuler ruler() {
        return ruler;
    }

    public StyledSide styled() {
        return styled;
    }
}
