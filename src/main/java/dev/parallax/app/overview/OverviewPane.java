package dev.parallax.app.overview;

import dev.parallax.app.view.Palette;
import dev.parallax.app.view.TaskBar;
import dev.parallax.app.viewmodel.OverviewViewModel;
import dev.parallax.engine.corpus.Document;
import dev.parallax.engine.corpus.PairScore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The overview of a folder: a heat map, article by article, shaded by the share of text two articles share and
 * marked where they conflict; beside it, for the selected article, the others ranked by similarity. A click on
 * a cell or a row fires {@link #setOnOpenPair}. It shows an {@link OverviewViewModel}: it fills in while the
 * model's scan of the reader's articles runs in the background, with progress and Cancel (the shared
 * {@link TaskBar}); its colours are the window's {@link Palette}. All methods must be called on the FX thread.
 */
public class OverviewPane extends BorderPane {

    /** One row of the counterpart list: the other article of a pair, seen from the selected one. */
    public record Counterpart(String id, String title, PairScore pair) {
    }

    private static final double MATRIX = 760;

    private final Canvas canvas = new Canvas();
    private final Label hover = new Label(" ");
    private final OverviewViewModel vm;
    private final TaskBar bar;
    /** The words above the heat map; its colours are the {@link Palette}'s (the corner: its conflict orange). */
    public static final String LEGEND = "Stronger blue: more of the two articles' text is shared.  Orange corner:"
            + " they disagree on a fact.  Click a cell to open the pair in the reader.  Rows and columns are the"
            + " articles in the order of the reader's list.";

    private Palette palette = Palette.LIGHT;
    private final ComboBox<Document> article = new ComboBox<>();
    private final ObservableList<Counterpart> rows = FXCollections.observableArrayList();
    private final TableView<Counterpart> table = new TableView<>(rows);

    private Path folder;
    private final List<Document> documents = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    /** Display position of each document index (the axes are reordered by group when a scan ends). */
    private int[] order = new int[0];
    private final Map<Long, PairScore> pairs = new HashMap<>();
    private double cell = 4;
    /** Room left of and above the matrix for the article names (none when the cells are too small to name). */
    private double ox;
    private double oy;
    /** Cells at least this high carry a name on each axis. */
    static final double NAMED_CELL = 9;
    static final double LABEL_WIDTH = 170;
    private BiConsumer<Path, Path> onOpenPair = (a, b) -> { };

    public OverviewPane(OverviewViewModel vm) {
        this.vm = Objects.requireNonNull(vm, "vm");
        getStyleClass().addAll("reader-root", "overview");
        getStylesheets().add(Objects.requireNonNull(
                OverviewPane.class.getResource("/dev/parallax/app/view/reader.css")).toExternalForm());
        getStylesheets().add(Objects.requireNonNull(OverviewPane.class.getResource("overview.css")).toExternalForm());

        canvas.setId("overview-matrix");
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clickCell);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::hoverCell);
        ScrollPane matrixScroll = new ScrollPane(canvas);
        matrixScroll.setId("overview-matrix-scroll");
        matrixScroll.setPannable(false);
        hover.setId("overview-hover");
        hover.getStyleClass().add("overview-hover");
        Label legend = new Label(LEGEND);
        legend.setId("overview-hint");
        legend.getStyleClass().add("overview-legend");
        legend.setWrapText(true);
        legend.setMinHeight(Region.USE_PREF_SIZE);
        VBox matrixBox = new VBox(6, legend, matrixScroll, hover);
        VBox.setVgrow(matrixScroll, Priority.ALWAYS);
        matrixBox.getStyleClass().add("overview-matrix-box");

        article.setId("overview-article");
        article.setPromptText("Select an article");
        article.setMaxWidth(Double.MAX_VALUE);
        article.setCellFactory(l -> new DocumentCell());
        article.setButtonCell(new DocumentCell());
        article.valueProperty().addListener((o, was, now) -> {
            refreshRows();
            draw();
        });
        table.setId("overview-list");
        table.setPlaceholder(new Label("Select an article to see the others that share its text"));
        // every column in view: the article's name takes what the numbers leave
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Shared", 62, c -> String.format(Locale.ROOT, "%.0f%%",
                100 * c.pair().sharedShare())));
        table.getColumns().add(column("Conflicts", 66, c -> Integer.toString(c.pair().conflicts())));
        table.getColumns().add(column("Similar", 62, c -> String.format(Locale.ROOT, "%.0f%%",
                100 * c.pair().similarity())));
        table.getColumns().add(column("Likely source", 100, c -> c.pair().likelySource() == null ? "–"
                : c.pair().likelySource().equals(c.id()) ? "this one" : "the selected"));
        table.getColumns().get(3).setId("overview-likely-source");
        table.getColumns().add(column("Article", 120, Counterpart::title));
        for (int i = 0; i < 4; i++) {
            table.getColumns().get(i).setMinWidth(table.getColumns().get(i).getPrefWidth()); // headers whole
        }
        table.setRowFactory(t -> {
            TableRow<Counterpart> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (!row.isEmpty() && e.getButton() == MouseButton.PRIMARY) {
                    open(article.getValue().id(), row.getItem().id());
                }
            });
            return row;
        });
        Label listTitle = new Label("Others, most similar first (click to open the pair)");
        listTitle.getStyleClass().add("overview-legend");
        VBox side = new VBox(6, article, listTitle, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        side.getStyleClass().add("overview-side");

        SplitPane split = new SplitPane(matrixBox, side);
        split.setDividerPositions(0.5);
        setCenter(split);

        bar = new TaskBar(vm.task(), "overview");
        setBottom(bar);
        vm.documents().addListener((javafx.collections.ListChangeListener<Document>) c ->
                setDocuments(vm.folder(), vm.documents()));
        vm.pairs().addListener((javafx.collections.ListChangeListener<PairScore>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(this::addPair);
            }
        });
        vm.completeProperty().addListener((o, was, done) -> refreshRows());
        draw();
    }

    private static TableColumn<Counterpart, String> column(String name, double width,
                                                           java.util.function.Function<Counterpart, String> f) {
        TableColumn<Counterpart, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(d -> new SimpleStringProperty(f.apply(d.getValue())));
        return c;
    }

    /** Called with the two files of a pair when the user clicks its cell or row. */
    public void setOnOpenPair(BiConsumer<Path, Path> handler) {
        this.onOpenPair = Objects.requireNonNull(handler, "handler");
    }

    /** Clears the overview and sets its axes: the documents of {@code folder}, in order. */
    public void setDocuments(Path folder, List<Document> docs) {
        this.folder = Objects.requireNonNull(folder, "folder");
        documents.clear();
        documents.addAll(docs);
        // the reader's list order (file names, ignoring case), on both axes
        documents.sort(java.util.Comparator.comparing((Document d) -> d.id().toLowerCase(Locale.ROOT))
                .thenComparing(Document::id));
        index.clear();
        for (int i = 0; i < documents.size(); i++) {
            index.put(documents.get(i).id(), i);
        }
        order = new int[docs.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        pairs.clear();
        article.getItems().setAll(documents);
        article.setValue(null);
        cell = docs.isEmpty() ? 8 : Math.max(1, Math.min(24, MATRIX / docs.size()));
        boolean named = cell >= NAMED_CELL;
        ox = named ? LABEL_WIDTH : 0;
        oy = named ? LABEL_WIDTH : 0;
        canvas.setWidth(Math.max(1, ox + cell * docs.size() + 1));
        canvas.setHeight(Math.max(1, oy + cell * docs.size() + 1));
        rows.clear();
        draw();
    }

    /** Adds one scored pair (as the scan reports them); pairs of unknown documents are ignored. */
    public void addPair(PairScore p) {
        Integer a = index.get(p.a());
        Integer b = index.get(p.b());
        if (a == null || b == null) {
            return;
        }
        pairs.put(key(a, b), p);
        drawCell(a, b);
        drawCell(b, a);
        Document selected = article.getValue();
        if (selected != null && (selected.id().equals(p.a()) || selected.id().equals(p.b()))) {
            refreshRows();
        }
    }

    /** Number of pairs shown. */
    public int pairCount() {
        return pairs.size();
    }

    /** The documents on the axes, in scan order. */
    public List<Document> documents() {
        return List.copyOf(documents);
    }

    /** Selects the article whose counterparts the list shows. */
    public void select(String id) {
        Integer i = index.get(id);
        article.setValue(i == null ? null : documents.get(i));
    }

    /** The counterparts listed for the selected article, most similar first. */
    public List<Counterpart> counterparts() {
        return List.copyOf(rows);
    }

    /** Centre of the cell of documents {@code a} (row) and {@code b} (column), in the matrix canvas. */
    public Point2D cellCenter(String a, String b) {
        int r = order[index.get(a)];
        int c = order[index.get(b)];
        return new Point2D(ox + (c + 0.5) * cell, oy + (r + 0.5) * cell);
    }

    /** Puts the members of each group next to each other on both axes, largest groups first. */
    public void orderByGroups(List<List<String>> groups) {
        LinkedHashSet<Integer> seq = new LinkedHashSet<>();
        List<List<String>> sorted = new ArrayList<>(groups);
        sorted.sort((x, y) -> Integer.compare(y.size(), x.size()));
        for (List<String> g : sorted) {
            for (String id : g) {
                Integer i = index.get(id);
                if (i != null) {
                    seq.add(i);
                }
            }
        }
        for (int i = 0; i < documents.size(); i++) {
            seq.add(i);
        }
        int pos = 0;
        for (int i : seq) {
            order[i] = pos++;
        }
        draw();
    }

    /** The view model the pane shows. */
    public OverviewViewModel viewModel() {
        return vm;
    }

    /** Cancels the running scan, if any. */
    public void cancelScan() {
        vm.cancel();
    }

    /** Colours the heat map with {@code p} (the window's light or dark palette) and follows the theme's CSS. */
    public void setPalette(Palette p, boolean dark) {
        this.palette = Objects.requireNonNull(p, "p");
        getStyleClass().remove("dark");
        if (dark) {
            getStyleClass().add("dark");
        }
        draw();
    }

    private void refreshRows() {
        Document selected = article.getValue();
        if (selected == null) {
            rows.clear();
            return;
        }
        List<Counterpart> out = new ArrayList<>();
        for (PairScore p : pairs.values()) {
            if (p.a().equals(selected.id()) || p.b().equals(selected.id())) {
                String other = p.other(selected.id());
                out.add(new Counterpart(other, documents.get(index.get(other)).article().title() + "  (" + other + ")",
                        p));
            }
        }
        out.sort((x, y) -> PairScore.byRank(x.pair(), y.pair()));
        rows.setAll(out);
    }

    private void clickCell(MouseEvent e) {
        int[] rc = cellAt(e.getX(), e.getY());
        if (rc == null) {
            return;
        }
        article.setValue(documents.get(rc[0]));
        if (rc[0] != rc[1] && pairs.containsKey(key(rc[0], rc[1]))) {
            open(documents.get(rc[0]).id(), documents.get(rc[1]).id());
        }
    }

    private void hoverCell(MouseEvent e) {
        int[] rc = cellAt(e.getX(), e.getY());
        if (rc == null) {
            hover.setText(" ");
            return;
        }
        String a = documents.get(rc[0]).id();
        String b = documents.get(rc[1]).id();
        PairScore p = pairs.get(key(rc[0], rc[1]));
        hover.setText(rc[0] == rc[1] ? a : p == null ? a + "  ×  " + b + ": "
                + OverviewViewModel.unscored(vm.completeProperty().get(), documents.size())
                : String.format(Locale.ROOT, "%s  ×  %s: %.0f%% of the text shared, %d conflicting fact%s", a, b,
                100 * p.sharedShare(), p.conflicts(), p.conflicts() == 1 ? "" : "s"));
    }

    /** {document index of the row, of the column} under a canvas point, or null. */
    private int[] cellAt(double x, double y) {
        if (x < ox || y < oy) {
            return null;
        }
        int r = (int) ((y - oy) / cell);
        int c = (int) ((x - ox) / cell);
        if (r < 0 || c < 0 || r >= documents.size() || c >= documents.size()) {
            return null;
        }
        int[] byPosition = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            byPosition[order[i]] = i;
        }
        return new int[] {byPosition[r], byPosition[c]};
    }

    private void open(String a, String b) {
        onOpenPair.accept(folder.resolve(a), folder.resolve(b));
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(palette.paper());
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.setFill(palette.rulerBackground());
        g.fillRect(ox, oy, cell * documents.size(), cell * documents.size());
        Document selected = article.getValue();
        if (selected != null) {
            g.setFill(palette.highlight().interpolate(palette.rulerBackground(), 0.6));
            double y = oy + order[index.get(selected.id())] * cell;
            g.fillRect(ox, y, cell * documents.size(), cell);
        }
        drawNames(g);
        for (int i = 0; i < documents.size(); i++) {
            drawCell(i, i);
        }
        for (PairScore p : pairs.values()) {
            int a = index.get(p.a());
            int b = index.get(p.b());
            drawCell(a, b);
            drawCell(b, a);
        }
    }

    private void drawCell(int i, int j) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double x = ox + order[j] * cell;
        double y = oy + order[i] * cell;
        PairScore p = i == j ? null : pairs.get(key(i, j));
        Color fill;
        // compared but sharing nothing: a pale tint of the agreement colour, so an unscored cell stays apart
        Color candidate = palette.rulerBackground().interpolate(palette.agree(), 0.12);
        if (i == j) {
            fill = palette.unique();
        } else if (p == null) {
            return;
        } else if (p.sharedShare() <= 0) {
            fill = candidate;
        } else {
            // light to dark blue: even a small shared share stays visible
            fill = candidate.interpolate(palette.agree(), 0.25 + 0.75 * Math.min(1, p.sharedShare() / 0.6));
        }
        double gap = cell >= 6 ? 1 : 0;
        g.setFill(fill);
        g.fillRect(x, y, cell - gap, cell - gap);
        if (p != null && p.conflicts() > 0) {
            g.setFill(palette.conflict());
            double m = Math.max(2, cell * 0.5);
            g.fillPolygon(new double[] {x + cell - gap - m, x + cell - gap, x + cell - gap},
                    new double[] {y, y, y + m}, 3);
        }
    }

    /** The article names along both axes (rows on the left, columns above, turned), when cells are big enough. */
    private void drawNames(GraphicsContext g) {
        if (ox == 0) {
            return;
        }
        g.setFill(palette.text());
        g.setFont(javafx.scene.text.Font.font(Math.min(12, cell - 1)));
        g.setTextBaseline(javafx.geometry.VPos.CENTER);
        for (int i = 0; i < documents.size(); i++) {
            String name = axisName(documents.get(i));
            double at = order[i] * cell + cell / 2;
            g.setTextAlign(javafx.scene.text.TextAlignment.RIGHT);
            g.fillText(name, ox - 4, oy + at, LABEL_WIDTH - 8);
            g.save();
            g.translate(ox + at, oy - 4);
            g.rotate(-90);
            g.setTextAlign(javafx.scene.text.TextAlignment.LEFT);
            g.fillText(name, 0, 0, LABEL_WIDTH - 8);
            g.restore();
        }
    }

    /** An article's name on an axis: its file name without the extension, cut to fit. */
    static String axisName(Document d) {
        String n = d.id().replaceFirst("\\.[^.]*$", "");
        return n.length() > 26 ? n.substring(0, 25) + "…" : n;
    }

    /** The names on the axes, in their order (for tests). */
    public List<String> axisNames() {
        if (ox == 0) {
            return List.of();
        }
        String[] out = new String[documents.size()];
        for (int i = 0; i < documents.size(); i++) {
            out[order[i]] = axisName(documents.get(i));
        }
        return List.of(out);
    }

    private static long key(int i, int j) {
        return ((long) Math.min(i, j) << 32) | Math.max(i, j);
    }

    /** Shows a document by title and path. */
    private static final class DocumentCell extends ListCell<Document> {
        @Override
        protected void updateItem(Document d, boolean empty) {
            super.updateItem(d, empty);
            setText(empty || d == null ? null : d.id());
        }
    }

    /** Read-only access for tests: the current status line. */
    public String statusText() {
        return bar.statusText();
    }

}
