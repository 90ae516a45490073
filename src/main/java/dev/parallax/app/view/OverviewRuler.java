package dev.parallax.app.view;

import dev.parallax.app.view.style.StyledSide;
import java.util.function.IntConsumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * A thin strip beside a pane that marks every highlighted passage of the whole document at its relative
 * position, plus a box for the part on screen. A click asks to go to that place.
 */
public final class OverviewRuler extends Region {

    static final double WIDTH = 14;

    private final Canvas canvas = new Canvas(WIDTH, 10);
    private StyledSide styled;
    private int viewFrom;
    private int viewTo;
    private IntConsumer onJump = offset -> { };
    private Palette palette = Palette.LIGHT;

    public OverviewRuler() {
        getStyleClass().add("overview-ruler");
        getChildren().add(canvas);
        setMinWidth(WIDTH);
        setPrefWidth(WIDTH);
        setMaxWidth(WIDTH);
        setOnMouseClicked(e -> {
            if (styled != null && getHeight() > 0) {
                int len = styled.text().length();
                onJump.accept((int) Math.max(0, Math.min(len - 1, e.getY() / getHeight() * len)));
            }
        });
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    public void setStyled(StyledSide s) {
        this.styled = s;
        draw();
    }

    public void setViewport(int from, int to) {
        if (from != viewFrom || to != viewTo) {
            viewFrom = from;
            viewTo = to;
            draw();
        }
    }

    public void setPalette(Palette p) {
        this.palette = p;
        draw();
    }

    /** Called with the text offset of a click. */
    public void setOnJump(IntConsumer onJump) {
        this.onJump = onJump;
    }

    private Color[] rowsCache;
    private StyledSide rowsFor;
    private Palette rowsPalette;

    /** One colour per pixel row (the strongest kind in it), computed once per document, size and palette. */
    private Color[] rows(int h) {
        if (rowsCache != null && rowsCache.length == h && rowsFor == styled && rowsPalette == palette) {
            return rowsCache;
        }
        Color[] rows = new Color[Math.max(0, h)];
        int[] rank = new int[rows.length];
        double len = styled.text().length();
        for (StyledSide.Run r : styled.runs()) {
            Color c = palette.forClasses(r.classes());
            if (c == null || rows.length == 0) {
                continue;
            }
            int strength = c == palette.conflict() ? 3 : c == palette.agree() ? 2 : 1;
            int y0 = (int) Math.min(rows.length - 1, r.start() / len * h);
            int y1 = (int) Math.min(rows.length - 1, Math.max(y0 + 1, r.end() / len * h));
            for (int y = y0; y <= y1; y++) {
                if (strength > rank[y]) {
                    rank[y] = strength;
                    rows[y] = c;
                }
            }
        }
        rowsCache = rows;
        rowsFor = styled;
        rowsPalette = palette;
        return rows;
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        g.setFill(palette.rulerBackground());
        g.fillRect(0, 0, w, h);
        if (styled == null || styled.text().isEmpty()) {
            return;
        }
        double len = styled.text().length();
        Color[] rows = rows((int) Math.ceil(h));
        for (int y = 0; y < rows.length; y++) {
            if (rows[y] != null) {
                int y1 = y;
                while (y1 + 1 < rows.length && rows[y1 + 1] == rows[y]) {
                    y1++;
                }
                g.setFill(rows[y]);
                g.fillRect(2, y, w - 4, y1 - y + 1);
                y = y1;
            }
        }
        double v0 = viewFrom / len * h;
        double v1 = Math.max(v0 + 3, viewTo / len * h);
        g.setStroke(palette.viewport());
        g.setLineWidth(1.5);
        g.strokeRect(0.75, v0 + 0.75, w - 1.5, v1 - v0 - 1.5);
    }
}
