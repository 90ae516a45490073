package dev.parallax.app.claims;

import dev.parallax.app.task.Job;
import dev.parallax.app.task.TaskRunner;
import dev.parallax.app.task.TaskTracker;
import dev.parallax.app.view.TaskBar;
import dev.parallax.engine.claims.Claim;
import dev.parallax.engine.claims.ClaimsResult;
import dev.parallax.engine.claims.ClaimsScan;
import dev.parallax.engine.claims.PassageRef;
import dev.parallax.engine.corpus.Document;
import dev.parallax.engine.corpus.ScanListener;
import dev.parallax.engine.text.Article;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The claims table of a folder: one row per claim, one column per article (headline, outlet and date in the
 * header); a cell shows {@code =} (carries it), {@code ≠ value} (carries it with a different value) or nothing.
 * Sort by sources, first report or contested; filter to contested claims or to at least K sources; search the
 * claims' text. A click on a cell fires {@link #setOnOpen} with that article and the one carrying the claim's
 * main wording. {@link #build} runs the claims scan in a background task with progress and Cancel (the shared
 * {@link TaskBar}).
 * All methods must be called on the FX thread.
 */
public class ClaimsPane extends BorderPane {

    /**
     * What a click asks the reader to show: {@code article} beside {@code main}, scrolled to {@code offset} (the
     * passage in {@code article}) and {@code mainOffset} (the claim's wording in {@code main}).
     */
    public record Open(Path article, Path main, int offset, int mainOffset) {
    }

    /** One row: a claim and the text of its main wording. */
    public record Row(Claim claim, String text) {
    }

    /** The sort orders offered. */
    public enum Sort {
        SOURCES("Most sources"), FIRST("First report"), CONTESTED("Contested first");

        private final String label;

        Sort(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final ObservableList<Row> all = FXCollections.observableArrayList();
    private final FilteredList<Row> filtered = new FilteredList<>(all, r -> true);
    private final SortedList<Row> sorted = new SortedList<>(filtered);
    private final TableView<Row> table = new TableView<>(sorted);
    private final TextField search = new TextField();
    private final CheckBox contested = new CheckBox("Contested only");
    private final Spinner<Integer> minSources = new Spinner<>(2, 2, 2);
    private final ComboBox<Sort> sort = new ComboBox<>(FXCollections.observableArrayList(Sort.values()));
    private final TaskTracker task;

    private Path folder;
    private ClaimsResult result;
    private Consumer<Open> onOpen = o -> { };

    /** @param runner runs the claims scan off the FX thread */
    public ClaimsPane(TaskRunner runner) {
        this.task = new TaskTracker(runner, "No folder");
        getStyleClass().addAll("reader-root", "claims-pane");
        getStylesheets().add(Objects.requireNonNull(
                ClaimsPane.class.getResource("/dev/parallax/app/view/reader.css")).toExternalForm());
        getStylesheets().add(Objects.requireNonNull(ClaimsPane.class.getResource("claims.css")).toExternalForm());

        search.setId("claims-search");
        search.setPromptText("Search claims");
        search.setPrefColumnCount(22);
        contested.setId("claims-contested");
        minSources.setId("claims-min-sources");
        minSources.setPrefWidth(80);
        minSources.setEditable(true);
        sort.setId("claims-sort");
        sort.setValue(Sort.SOURCES);
        search.textProperty().addListener((o, a, b) -> refilter());
        contested.selectedProperty().addListener((o, a, b) -> refilter());
        minSources.valueProperty().addListener((o, a, b) -> refilter());
        sort.valueProperty().addListener((o, a, b) -> resort());
        Label atLeast = new Label("Sources at least");
        HBox bar = new HBox(search, contested, atLeast, minSources, new Label("Sort"), sort);
        bar.getStyleClass().add("claims-bar");
        setTop(bar);

        table.setId("claims-table");
        table.setPlaceholder(new Label("No claims yet"));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        setCenter(table);

        setBottom(new TaskBar(task, "claims"));
        resort();
    }

    /** Called when the user clicks a cell of an article that carries the claim. */
    public void setOnOpen(Consumer<Open> handler) {
        this.onOpen = Objects.requireNonNull(handler, "handler");
    }

    /**
     * Builds the claims of {@code folder} in a background job on the pane's runner: progress and status follow
     * it, Cancel stops it; the table fills in when it ends. Returns the job (already started).
     */
    public Job build(Path folder, ClaimsScan scan) {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(scan, "scan");
        long t0 = System.nanoTime();
        return task.run(progress -> scan.scan(folder, new ScanListener() {
            @Override
            public void progress(double done, String stage) {
                progress.progress(done, stage);
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        }), r -> setResult(folder, r, System.nanoTime() - t0), () -> "Cancelled; no claims shown", "Claims failed");
    }

    /** The build's progress, status and Cancel (the pane's {@link TaskBar} shows them). */
    public TaskTracker task() {
        return task;
    }

    /** The claims shown, or null before the first build ended. */
    public ClaimsResult result() {
        return result;
    }

    /** Cancels the running build, if any. */
    public void cancelBuild() {
        task.cancel();
    }

    /** Shows {@code r}, the claims of {@code folder}; returns the summary the status line shows. */
    public String setResult(Path folder, ClaimsResult r, long nanos) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.result = Objects.requireNonNull(r, "r");
        List<Document> docs = r.documents();
        table.getColumns().clear();
        TableColumn<Row, Row> claimCol = new TableColumn<>("Claim");
        claimCol.setId("claims-col-claim");
        claimCol.setPrefWidth(docs.size() > 20 ? 300 : 360);
        claimCol.setSortable(false);
        claimCol.setCellValueFactory(d -> new SimpleObjectProperty<>(d.getValue()));
        claimCol.setCellFactory(c -> new ClaimCell());
        TableColumn<Row, String> sourcesCol = new TableColumn<>("Src");
        sourcesCol.setPrefWidth(42);
        sourcesCol.setSortable(false);
        sourcesCol.setCellValueFactory(d -> new SimpleStringProperty(Integer.toString(d.getValue().claim().sources())));
        table.getColumns().add(claimCol);
        table.getColumns().add(sourcesCol);
        // 30 articles fit about 1,600 pixels beside the claim: narrow columns, the full header on hover
        double width = docs.size() > 20 ? 62 : docs.size() > 12 ? 84 : 120;
        for (int i = 0; i < docs.size(); i++) {
            int article = i;
            Article a = docs.get(i).article();
            TableColumn<Row, Row> col = new TableColumn<>();
            col.setId("claims-col-" + i);
            col.setSortable(false);
            col.setPrefWidth(width);
            col.setGraphic(header(docs.get(i), width));
            col.setCellValueFactory(d -> new SimpleObjectProperty<>(d.getValue()));
            col.setCellFactory(c -> new ArticleCell(article));
            table.getColumns().add(col);
        }
        List<Row> rows = new ArrayList<>();
        for (Claim c : r.claims()) {
            rows.add(new Row(c, text(c.main())));
        }
        all.setAll(rows);
        minSources.setValueFactory(new javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory(2,
                Math.max(2, docs.size()), Math.min(minSources.getValue(), Math.max(2, docs.size()))));
        refilter();
        long contestedCount = r.claims().stream().filter(Claim::contested).count();
        String summary = String.format(Locale.ROOT, "%d articles, %d skipped; %d claims (%d carried by 3+ sources, "
                        + "%d contested); %.1f s", docs.size(), r.scan().skipped().size(), r.claims().size(),
                r.withSources(3).size(), contestedCount, nanos / 1e9);
        task.say(summary);
        return summary;
    }

    private static VBox header(Document d, double width) {
        Article a = d.article();
        Label headline = new Label(a.title().isBlank() ? d.id() : a.title());
        headline.getStyleClass().add("headline");
        headline.setWrapText(true);
        headline.setMaxWidth(width - 10);
        headline.setPrefHeight(44);
        headline.setMinHeight(44);
        headline.setTextOverrun(OverrunStyle.ELLIPSIS);
        String file = d.id().substring(d.id().lastIndexOf('/') + 1).replaceFirst("\\.[A-Za-z]+$", "");
        Label outlet = new Label(a.site().isEmpty() ? file : a.site());
        outlet.getStyleClass().add("outlet");
        outlet.setMaxWidth(width - 10);
        outlet.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        Label date = new Label(a.date().isEmpty() ? "no date" : a.date());
        date.getStyleClass().add("date");
        VBox box = new VBox(1, headline, outlet, date);
        box.getStyleClass().add("claims-header");
        Tooltip.install(box, new Tooltip(a.title() + "\n" + d.id() + (a.site().isEmpty() ? "" : "\n" + a.site())
                + (a.date().isEmpty() ? "" : "\n" + a.date())));
        return box;
    }

    private String text(PassageRef p) {
        Article a = result.documents().get(p.article()).article();
        return a.sentences().get(p.sentence()).of(a.text()).replaceAll("\\s+", " ").strip();
    }

    private void refilter() {
        String q = search.getText() == null ? "" : search.getText().strip().toLowerCase(Locale.ROOT);
        boolean onlyContested = contested.isSelected();
        int k = minSources.getValue() == null ? 2 : minSources.getValue();
        filtered.setPredicate(r -> r.claim().sources() >= k && (!onlyContested || r.claim().contested())
                && (q.isEmpty() || matches(r, q)));
    }

    private boolean matches(Row r, String q) {
        if (r.text().toLowerCase(Locale.ROOT).contains(q)) {
            return true;
        }
        for (PassageRef p : r.claim().passages()) {
            if (text(p).toLowerCase(Locale.ROOT).contains(q)) {
                return true;
            }
        }
        return false;
    }

    private void resort() {
        Comparator<Row> bySources = Comparator.comparingInt((Row r) -> -r.claim().sources());
        Comparator<Row> byId = Comparator.comparingInt(r -> Integer.parseInt(r.claim().id().substring(1)));
        Comparator<Row> c = switch (sort.getValue() == null ? Sort.SOURCES : sort.getValue()) {
            case SOURCES -> bySources.thenComparing(byId);
            case FIRST -> Comparator.comparing((Row r) -> firstDate(r.claim()),
                    Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(bySources).thenComparing(byId);
            case CONTESTED -> Comparator.comparing((Row r) -> !r.claim().contested()).thenComparing(bySources)
                    .thenComparing(byId);
        };
        sorted.setComparator(c);
    }

    private String firstDate(Claim c) {
        if (c.first() < 0 || result == null) {
            return null;
        }
        return result.documents().get(c.first()).article().date();
    }

    /** The rows shown, in the order shown. */
    public List<Row> rows() {
        return List.copyOf(sorted);
    }

    /** The articles of the columns, in order. */
    public List<Document> articles() {
        return result == null ? List.of() : result.documents();
    }

    /** What the cell of {@code claim} and {@code article} shows: "=", "≠ value" or "". */
    public static String cellText(Claim claim, int article) {
        if (claim.passagesOf(article).isEmpty()) {
            return "";
        }
        Claim.Variant.Value v = claim.differentValue(article);
        return v == null ? "=" : "≠ " + (v.text().isEmpty() ? "(nothing)" : v.text());
    }

    /** The request a click on the cell of {@code row} and {@code article} makes, or null for a blank cell. */
    public Open openRequest(Row row, int article) {
        Claim c = row.claim();
        List<PassageRef> ps = c.passagesOf(article);
        if (ps.isEmpty() || folder == null) {
            return null;
        }
        int mainArticle = c.main().article();
        if (mainArticle == article) {
            // beside the main wording's own article: the next carrier
            mainArticle = c.articles().stream().filter(a -> a != article).findFirst().orElse(article);
        }
        List<Document> docs = result.documents();
        Article a = docs.get(article).article();
        Article m = docs.get(mainArticle).article();
        List<PassageRef> inMain = c.passagesOf(mainArticle);
        int mainOffset = inMain.isEmpty() ? -1 : m.sentences().get(inMain.get(0).sentence()).start();
        return new Open(folder.resolve(docs.get(article).id()), folder.resolve(docs.get(mainArticle).id()),
                a.sentences().get(ps.get(0).sentence()).start(), mainOffset);
    }

    /** Asks the reader to open the cell of {@code row} and {@code article}; nothing for a blank cell. */
    public void open(Row row, int article) {
        Open o = openRequest(row, article);
        if (o != null) {
            onOpen.accept(o);
        }
    }

    public TableView<Row> table() {
        return table;
    }

    public TextField searchField() {
        return search;
    }

    public CheckBox contestedBox() {
        return contested;
    }

    public Spinner<Integer> minSourcesSpinner() {
        return minSources;
    }

    public ComboBox<Sort> sortBox() {
        return sort;
    }

    /** The claim text: elided to three lines, the full text and its variants on hover. */
    private final class ClaimCell extends TableCell<Row, Row> {
        private final Label label = new Label();

        ClaimCell() {
            label.setWrapText(true);
            label.setMaxHeight(52);
            label.setTextOverrun(OverrunStyle.ELLIPSIS);
            label.maxWidthProperty().bind(widthProperty().subtract(12));
        }

        @Override
        protected void updateItem(Row item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            label.setText(item.claim().id() + "  " + item.text());
            StringBuilder tip = new StringBuilder(item.text());
            for (Claim.Variant v : item.claim().variants()) {
                tip.append('\n').append(v.type().id()).append(": ");
                for (int k = 0; k < v.values().size(); k++) {
                    Claim.Variant.Value val = v.values().get(k);
                    tip.append(k == 0 ? "" : " | ").append(val.text().isEmpty() ? "(nothing)" : val.text())
                            .append(" (").append(val.articles().size()).append(')');
                }
            }
            if (item.claim().first() >= 0) {
                tip.append("\nfirst: ").append(result.documents().get(item.claim().first()).id());
            }
            setTooltip(new Tooltip(tip.toString()));
            setGraphic(label);
        }
    }

    /** One article's cell: = / ≠ value / blank; a click opens the pair at the passage. */
    private final class ArticleCell extends TableCell<Row, Row> {
        private final int article;

        ArticleCell(int article) {
            this.article = article;
            getStyleClass().add("claims-cell");
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && getItem() != null) {
                    open(getItem(), this.article);
                }
            });
        }

        @Override
        protected void updateItem(Row item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("carries", "differs");
            if (empty || item == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            String t = cellText(item.claim(), article);
            setText(t);
            if (t.isEmpty()) {
                setTooltip(null);
                return;
            }
            getStyleClass().add(t.equals("=") ? "carries" : "differs");
            setTooltip(new Tooltip(text(item.claim().passagesOf(article).get(0))));
        }
    }
}
