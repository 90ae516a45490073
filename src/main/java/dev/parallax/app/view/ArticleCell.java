package dev.parallax.app.view;

import dev.parallax.app.viewmodel.ArticleEntry;
import dev.parallax.app.viewmodel.Dates;
import dev.parallax.app.viewmodel.ReaderViewModel;
import dev.parallax.app.viewmodel.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A row of the article list: headline, source, date and word count, or an error mark with the reason; two
 * buttons put the article on the left or the right (one gesture to change the pair).
 */
final class ArticleCell extends ListCell<ArticleEntry> {

    private final ReaderViewModel vm;
    /** The row's nodes, made when the cell first shows an article: a list fills its height with empty cells. */
    private Row row;

    ArticleCell(ReaderViewModel vm) {
        this.vm = vm;
        vm.leftProperty().addListener((o, a, b) -> refreshMarks());
        vm.rightProperty().addListener((o, a, b) -> refreshMarks());
        addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (getContextMenu() == null && getItem() != null) {
                setContextMenu(contextMenu());
            }
        });
        setPrefWidth(0);
    }

    /** Two lines of the same height in every row (so the list never measures a row): the headline, then the
     *  source, date and length, or why the file cannot be read. Both are cut short with an ellipsis; the
     *  tooltip has the whole. */
    private final class Row {
        final Label title = new Label();
        final Label meta = new Label();
        /** The length, on the meta line's right: it never gives way to a long source name. */
        final Label words = new Label();
        final Button leftB = new Button("L");
        final Button rightB = new Button("R");
        final HBox box;

        Row() {
            title.getStyleClass().add("article-title");
            meta.getStyleClass().add("article-meta");
            leftB.getStyleClass().addAll("pick", "pick-left");
            rightB.getStyleClass().addAll("pick", "pick-right");
            leftB.setFocusTraversable(false);
            rightB.setFocusTraversable(false);
            Tips.set(leftB, "Read this article in the left pane");
            Tips.set(rightB, "Read this article in the right pane");
            Tips.set(title, ArticleCell.this::tip);
            Tips.set(meta, ArticleCell.this::tip);
            leftB.setOnAction(e -> vm.show(Side.LEFT, getItem()));
            rightB.setOnAction(e -> vm.show(Side.RIGHT, getItem()));
            title.setWrapText(true); // two lines for the headline; the tooltip has the rest
            words.getStyleClass().add("article-meta");
            words.setMinWidth(Label.USE_PREF_SIZE);
            meta.setMinWidth(0);
            HBox.setHgrow(meta, Priority.ALWAYS);
            meta.setMaxWidth(Double.MAX_VALUE);
            HBox metaLine = new HBox(6, meta, words);
            VBox text = new VBox(2, title, metaLine);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            VBox buttons = new VBox(3, leftB, rightB);
            buttons.setAlignment(Pos.CENTER);
            box = new HBox(6, text, buttons);
            box.setAlignment(Pos.CENTER_LEFT);
        }
    }

    private String tip() {
        ArticleEntry item = getItem();
        if (item == null) {
            return "";
        }
        return item.readable() ? item.title() + "\n" + item.path() : item.path() + ": " + item.error();
    }

    private ContextMenu contextMenu() {
        MenuItem onLeft = new MenuItem("Show on the left");
        onLeft.setOnAction(e -> vm.show(Side.LEFT, getItem()));
        MenuItem onRight = new MenuItem("Show on the right");
        onRight.setOnAction(e -> vm.show(Side.RIGHT, getItem()));
        return new ContextMenu(onLeft, onRight);
    }

    @Override
    protected void updateItem(ArticleEntry item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            setId(null);
            refreshMarks();
            return;
        }
        if (row == null) {
            row = new Row();
        }
        setId("article-" + item.fileName());
        row.title.setText(item.title());
        row.meta.getStyleClass().setAll(item.readable() ? "article-meta" : "article-error");
        if (item.readable()) {
            List<String> parts = new ArrayList<>();
            parts.add(item.sourceName());
            if (!item.date().isBlank()) {
                parts.add(Dates.readable(item.date()));
            }
            row.meta.setText(String.join(" · ", parts));
            row.words.setText(String.format(Locale.ROOT, "%,d words", item.words()));
        } else {
            row.meta.setText("⚠ " + item.error());
            row.words.setText("");
        }
        row.leftB.setDisable(!item.readable());
        row.rightB.setDisable(!item.readable());
        setGraphic(row.box);
        refreshMarks();
    }

    private void refreshMarks() {
        ArticleEntry item = getItem();
        boolean l = item != null && item == vm.leftProperty().get();
        boolean r = item != null && item == vm.rightProperty().get();
        if (row != null) {
            toggle(row.leftB, "on", l);
            toggle(row.rightB, "on", r);
        }
        getStyleClass().removeAll("unreadable", "shown");
        if (item != null && !item.readable()) {
            getStyleClass().add("unreadable");
        }
        if (l || r) {
            getStyleClass().add("shown");
        }
    }

    private static void toggle(Button b, String cls, boolean on) {
        b.getStyleClass().remove(cls);
        if (on) {
            b.getStyleClass().add(cls);
        }
    }
}
