package dev.parallax.app.viewmodel;

import dev.parallax.app.viewmodel.ReaderViewModel.Selection;
import dev.parallax.engine.result.Comparison;
import dev.parallax.engine.result.Kind;
import dev.parallax.engine.result.Link;
import dev.parallax.engine.result.Passage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Where the reader is and where a key or click takes them, in one comparison: the selected link, the next or
 * previous difference or conflict, the counterpart a jump goes to, the passage the synchronized scrolling
 * follows, and which conflict a new pair opens on. Offsets in, passages and links out: it knows no panes, so it
 * is tested on a comparison alone, without the FX toolkit.
 */
public final class Navigation {

    private final Supplier<Comparison> comparison;
    private final Predicate<Link> shown;
    private final ReadOnlyObjectWrapper<Selection> selection = new ReadOnlyObjectWrapper<>(this, "selection");
    private Comparison arrived;

    /**
     * @param comparison the comparison on screen (null when there is none)
     * @param shown      whether the filters show a link
     */
    public Navigation(Supplier<Comparison> comparison, Predicate<Link> shown) {
        this.comparison = Objects.requireNonNull(comparison, "comparison");
        this.shown = Objects.requireNonNull(shown, "shown");
    }

    // ---- looking up

    /** The passage at {@code offset} of a side's text, or null. */
    public Passage passageAt(Side side, int offset) {
        Comparison c = comparison.get();
        if (c == null) {
            return null;
        }
        List<Passage> ps = passages(c, side);
        int lo = 0;
        int hi = ps.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Passage p = ps.get(mid);
            if (offset < p.start()) {
                hi = mid - 1;
            } else if (offset >= p.end()) {
                lo = mid + 1;
            } else {
                return p;
            }
        }
        return null;
    }

    /**
     * The passage nearest to {@code offset} on {@code side} that has a link the filters show (the anchor for
     * synchronized scrolling), or null when there is none.
     */
    public Passage nearestLinked(Side side, int offset) {
        Comparison c = comparison.get();
        if (c == null) {
            return null;
        }
        List<Passage> ps = passages(c, side);
        int lo = 0;
        int hi = ps.size();
        while (lo < hi) { // first passage ending after offset
            int mid = (lo + hi) >>> 1;
            if (ps.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int d = 0; d < ps.size(); d++) {
            int after = lo + d;
            int before = lo - 1 - d;
            if (after < ps.size() && hasShownLink(c, ps.get(after))) {
                return ps.get(after);
            }
            if (before >= 0 && d < 3 && hasShownLink(c, ps.get(before))) {
                return ps.get(before);
            }
            if (after >= ps.size() && before < 0) {
                break;
            }
        }
        return null;
    }

    private boolean hasShownLink(Comparison c, Passage p) {
        for (Link l : c.linksOf(p.id())) {
            if (shown.test(l)) {
                return true;
            }
        }
        return false;
    }

    /** The first shown counterpart of a passage, or null. */
    public Passage counterpart(Side side, Passage p) {
        Comparison c = comparison.get();
        if (c == null || p == null) {
            return null;
        }
        for (Link l : c.linksOf(p.id())) {
            if (shown.test(l)) {
                return c.passage(side == Side.LEFT ? l.right() : l.left());
            }
        }
        return null;
    }

    /** A passage and where the other side should stand with it. */
    public record Anchor(Passage passage, Passage counterpart) {
    }

    /**
     * What synchronized scrolling keeps level when {@code side} shows {@code offset} near its top: the nearest
     * passage with a shown link and its counterpart on the other side; null when nothing there is linked.
     */
    public Anchor syncAnchor(Side side, int offset) {
        Passage anchor = offset < 0 ? null : nearestLinked(side, offset);
        Passage target = counterpart(side, anchor);
        return target == null ? null : new Anchor(anchor, target);
    }

    /** Where a click on a side's overview ruler goes: the passage there, else the nearest linked one; or null. */
    public Passage rulerTarget(Side side, int offset) {
        Passage p = passageAt(side, offset);
        return p != null ? p : nearestLinked(side, offset);
    }

    // ---- selecting

    /**
     * Selects {@code passage} on {@code side}. Selecting the same passage again moves on to its next link, so
     * repeated clicks cycle through several counterparts. A passage without a visible link clears the link.
     */
    public Selection select(Side side, Passage passage) {
        Comparison c = comparison.get();
        if (c == null || passage == null) {
            selection.set(null);
            return null;
        }
        List<Link> links = c.linksOf(passage.id()).stream().filter(shown).toList();
        Selection cur = selection.get();
        if (links.isEmpty()) {
            Selection s = new Selection(side, passage, null, null, 0, 0);
            selection.set(s);
            return s;
        }
        int index = 0;
        if (cur != null && cur.passage() != null && cur.passage().id().equals(passage.id()) && cur.link() != null) {
            index = (cur.index() + 1) % links.size();
        }
        Link link = links.get(index);
        Passage other = c.passage(side == Side.LEFT ? link.right() : link.left());
        Selection s = new Selection(side, passage, link, other, index, links.size());
        selection.set(s);
        return s;
    }

    /** Selects a link as seen from {@code side}. */
    public Selection selectLink(Side side, Link link) {
        Comparison c = comparison.get();
        if (c == null || link == null) {
            return null;
        }
        Passage mine = c.passage(side == Side.LEFT ? link.left() : link.right());
        Passage other = c.passage(side == Side.LEFT ? link.right() : link.left());
        List<Link> links = c.linksOf(mine.id()).stream().filter(shown).toList();
        Selection s = new Selection(side, mine, link, other, Math.max(0, links.indexOf(link)), links.size());
        selection.set(s);
        return s;
    }

    /** A click at {@code offset} on {@code side}: selects the passage there, or clears the selection (null). */
    public Selection click(Side side, int offset) {
        Passage p = passageAt(side, offset);
        if (p == null) {
            clearSelection();
            return null;
        }
        return select(side, p);
    }

    public void clearSelection() {
        selection.set(null);
    }

    public ReadOnlyObjectProperty<Selection> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    public Selection selection() {
        return selection.get();
    }

    // ---- moving

    /**
     * The next (or previous) link after {@code offset} in the order of {@code side}'s text, wrapping at the
     * end; only conflicts when asked; only links the filters show. Null when there is none.
     */
    public Link nextLink(Side side, int offset, boolean forward, boolean conflictsOnly) {
        Comparison c = comparison.get();
        if (c == null) {
            return null;
        }
        List<Link> order = new ArrayList<>();
        for (Link l : c.links()) {
            if (shown.test(l) && (!conflictsOnly || l.kind() == Kind.CONFLICT)) {
                order.add(l);
            }
        }
        if (order.isEmpty()) {
            return null;
        }
        Comparator<Link> byStart = Comparator.comparingInt(l -> start(c, side, l));
        order.sort(byStart);
        if (forward) {
            for (Link l : order) {
                if (start(c, side, l) > offset) {
                    return l;
                }
            }
            return order.get(0);
        }
        for (int i = order.size() - 1; i >= 0; i--) {
            if (start(c, side, order.get(i)) < offset) {
                return order.get(i);
            }
        }
        return order.get(order.size() - 1);
    }

    /**
     * Next / previous difference or conflict (F7, Alt+Down and their reverses) in {@code side}: from the
     * selection when there is one (its passage on this side), else from the edge of what the pane shows
     * (the start of {@code visible}'s range going forward, its end going back; asked only then). Selects the
     * link it lands on and returns that selection, or null when there is nothing to go to.
     *
     * @param visible the {start, end} offsets of the text the side's pane shows
     */
    public Selection step(Side side, Supplier<int[]> visible, boolean forward, boolean conflicts) {
        Selection cur = selection.get();
        int from;
        if (cur != null && cur.passage() != null) {
            Passage mine = cur.side() == side ? cur.passage() : cur.counterpart();
            from = mine == null ? cur.passage().start() : mine.start();
        } else {
            int[] r = visible.get();
            from = forward ? r[0] - 1 : r[1];
        }
        Link l = nextLink(side, from, forward, conflicts);
        return l == null ? null : selectLink(side, l);
    }

    /**
     * Jump to counterpart (Enter): the selection to bring into view on the other side. A passage with several
     * counterparts moves on to the next one; null when the selection has no counterpart to go to.
     */
    public Selection jump() {
        Selection s = selection.get();
        if (s == null || s.passage() == null) {
            return null;
        }
        if (s.link() != null && s.of() > 1) {
            s = select(s.side(), s.passage()); // cycle to the next counterpart
        }
        return s.counterpart() == null ? null : s;
    }

    /**
     * What the panes do once {@code c} is on screen in both: a new pair opens on its first conflict
     * ({@link #open}, selected), the finding a reader wants first; the same pair restyled keeps its selection
     * ({@link #remark}), unless a filter now hides its link, which clears it.
     */
    public record Arrival(Selection open, boolean remark) {
    }

    /** Decides {@link Arrival} for {@code c}, now shown; see there. */
    public Arrival arrived(Comparison c) {
        Selection sel = selection.get();
        boolean fresh = c != arrived;
        arrived = c;
        if (sel == null && fresh) {
            Link first = nextLink(Side.LEFT, -1, true, true);
            return new Arrival(first == null ? null : selectLink(Side.LEFT, first), false);
        }
        if (sel != null && sel.link() != null && !shown.test(sel.link())) {
            clearSelection();
            return new Arrival(null, false);
        }
        return new Arrival(null, true);
    }

    private static List<Passage> passages(Comparison c, Side side) {
        return side == Side.LEFT ? c.leftPassages() : c.rightPassages();
    }

    private static int start(Comparison c, Side side, Link l) {
        return c.passage(side == Side.LEFT ? l.left() : l.right()).start();
    }
}
