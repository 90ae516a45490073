package dev.parallax.app.view;

import dev.parallax.engine.result.Comparison;
import dev.parallax.engine.result.Kind;
import dev.parallax.engine.result.Link;
import dev.parallax.engine.result.Passage;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;

/**
 * The strip between the panes: a ribbon from each visible passage to its counterpart, coloured by kind, solid
 * for conflicts and lighter for agreement; crossing ribbons show reordering. Drawn on a canvas, redrawn when
 * either pane scrolls.
 */
public final class ConnectorBand extends Region {

    static final double WIDTH = 64;

    private final Canvas canvas = new Canvas(WIDTH, 10);
    private final ArticlePane left;
    private final ArticlePane right;
    private Comparison comparison;
    private Predicate<Link> shown = l -> true;
    private Link selected;
    private Palette palette = Palette.LIGHT;

    public ConnectorBand(ArticlePane left, ArticlePane right) {
        this.left = left;
        this.right = right;
        setId("connector-band");
        getStyleClass().add("connector-band");
        getChildren().add(canvas);
        setMinWidth(WIDTH);
        setPrefWidth(WIDTH);
        setMaxWidth(WIDTH);
    }

    private boolean dirty;

    {
        // redraw at most once a frame, after layout, when both panes have settled
        sceneProperty().addListener((o, a, b) -> {
            if (b != null) {
                b.addPostLayoutPulseListener(() -> {
                    if (dirty) {
                        dirty = false;
                        redraw();
                    }
                });
            }
        });
    }

    /** Asks for a redraw in this frame (cheap to call many times). */
    public void requestRedraw() {
        if (!dirty) {
            dirty = true;
            if (getScene() != null) {
                javafx.application.Platform.requestNextPulse();
            }
        }
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            requestRedraw();
        }
    }

    public void setComparison(Comparison c, Predicate<Link> shown) {
        this.comparison = c;
        this.shown = shown;
        requestRedraw();
    }

    public void setSelected(Link l) {
        this.selected = l;
        requestRedraw();
    }

    public void setPalette(Palette p) {
        this.palette = p;
        requestRedraw();
    }

    /** Draws the ribbons of the links with at least one end on screen. */
    public void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (comparison == null || getScene() == null) {
            return;
        }
        Link sel = null;
        double[] selL = null;
        double[] selR = null;
        // only the links of passages on screen: a long book has tens of thousands
        Set<Link> visible = new LinkedHashSet<>();
        collect(comparison.leftPassages(), left.visibleRange(), visible);
        collect(comparison.rightPassages(), right.visibleRange(), visible);
        // agree first, conflicts on top
        for (Kind pass : new Kind[] {Kind.AGREE, Kind.CONFLICT}) {
            for (Link l : visible) {
                if (l.kind() != pass || !shown.test(l)) {
                    continue;
                }
                Passage lp = comparison.passage(l.left());
                Passage rp = comparison.passage(l.right());
                double[] a = left.yRange(lp.span(), this);
                double[] b = right.yRange(rp.span(), this);
                if (a == null || b == null) {
                    continue;
                }
                if (l.equals(selected)) {
                    sel = l;
                    selL = a;
                    selR = b;
                    continue;
                }
                ribbon(g, a, b, w, h, palette.of(l.kind()), l.kind() == Kind.CONFLICT ? 0.45 : 0.28, false);
            }
        }
        if (sel != null) {
            ribbon(g, selL, selR, w, h, palette.of(sel.kind()), 0.7, true);
        }
    }

    /** Adds the links of the passages overlapping the text range [from, to). */
    private void collect(List<Passage> passages, int[] range, Set<Link> out) {
        int lo = 0;
        int hi = passages.size();
        while (lo < hi) { // first passage ending after range start
            int mid = (lo + hi) >>> 1;
            if (passages.get(mid).end() <= range[0]) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < passages.size() && passages.get(i).start() < range[1]; i++) {
            out.addAll(comparison.linksOf(passages.get(i).id()));
        }
    }

    private static void ribbon(GraphicsContext g, double[] a, double[] b, double w, double h, Color c,
                               double alpha, boolean strong) {
        double a0 = clamp(a[0], h);
        double a1 = clamp(a[1], h);
        double b0 = clamp(b[0], h);
        double b1 = clamp(b[1], h);
        double mid = w / 2;
        g.beginPath();
        g.moveTo(0, a0);
        g.bezierCurveTo(mid, a0, mid, b0, w, b0);
        g.lineTo(w, b1);
        g.bezierCurveTo(mid, b1, mid, a1, 0, a1);
        g.closePath();
        g.setFill(c.deriveColor(0, 1, 1, alpha));
        g.fill();
        g.setStroke(c);
        g.setLineWidth(strong ? 2.5 : 1);
        g.setLineCap(StrokeLineCap.ROUND);
        if (!strong && alpha < 0.4) {
            g.setLineDashes(4, 3); // agreement: dashed edge; conflict: solid (not colour alone)
        } else {
            g.setLineDashes((double[]) null);
        }
        g.stroke();
        g.setLineDashes((double[]) null);
    }

    private static double clamp(double y, double h) {
        return Math.max(-20, Math.min(h + 20, y));
    }
}
