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

    /** The paragraphs on screen, as last set: {from, to}. */
    int[] viewport() {
        return new int[] {viewFrom, viewTo};
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
    private boolean[] conflictRows;
    private StyledSide rowsFor;
    private Palette rowsPalette;

    /**
     * One colour per pixel row, computed once per document, size and palette: the kind covering most of the
     * row's characters, conflicts counted double so a conflict stays visible beside long agreement (but a long
     * book does not turn solid orange).
     */
    private Color[] rows(int h) {
        if (rowsCache != null && rowsCache.length == h && rowsFor == styled && rowsPalette == palette) {
            return rowsCache;
        }
        int n = Math.max(0, h);
        double[][] weight = new double[n][3]; // agree, conflict, unique
        Color[] colours = new Color[3];
        double len = styled.text().length();
        for (StyledSide.Run r : styled.runs()) {
            Color c = palette.forClasses(r.classes());
            if (c == null || n == 0) {
                continue;
            }
            int k = c == palette.conflict() ? 1 : c == palette.agree() ? 0 : 2;
            colours[k] = c;
            double perRow = len / n;
            int y0 = (int) Math.min(n - 1, r.start() / len * n);
            int y1 = (int) Math.min(n - 1, (r.end() - 1) / len * n);
            for (int y = y0; y <= y1; y++) {
                double from = Math.max(r.start(), y * perRow);
                double to = Math.min(r.end(), (y + 1) * perRow);
                weight[y][k] += Math.max(1, to - from) * (k == 1 ? 2 : 1);
            }
        }
        Color[] rows = new Color[n];
        for (int y = 0; y < n; y++) {
            int best = -1;
            for (int k = 0; k < 3; k++) {
                if (weight[y][k] > 0 && (best < 0 || weight[y][k] > weight[y][best])) {
                    best = k;
                }
            }
            rows[y] = best < 0 ? null : colours[best];
        }
        conflictRows = new boolean[n];
        for (int y = 0; y < n; y++) {
            conflictRows[y] = weight[y][1] > 0 && rows[y] != colours[1];
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
        // a conflict inside mostly other text still gets a tick on the inner half
        g.setFill(palette.conflict());
        for (int y = 0; y < rows.length; y++) {
            if (conflictRows[y]) {
                g.fillRect(w / 2, y, w / 2 - 2, 1);
            }
        }
        double v0 = viewFrom / len * h;
        double v1 = Math.max(v0 + 3, viewTo / len * h);
        g.setStroke(palette.viewport());
        g.setLineWidth(1.5);
        g.strokeRect(0.75, v0 + 0.75, w - 1.5, v1 - v0 - 1.5);
    }
}
