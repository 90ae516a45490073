package dev.parallax.app.view;

import dev.parallax.app.viewmodel.ArticleEntry;
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
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A row of the article list: headline, source, date and word count, or an error mark with the reason; two
 * buttons put the article on the left or the right (one gesture to change the pair).
 */
final class ArticleCell extends ListCell<ArticleEntry> {

    private final ReaderViewModel vm;
    private final Label title = new Label();
    private final Label meta = new Label();
    private final Label error = new Label();
    private final Button leftB = new Button("L");
    private final Button rightB = new Button("R");
    private final HBox row;

    ArticleCell(ReaderViewModel vm) {
        this.vm = vm;
        title.getStyleClass().add("article-title");
        title.setWrapText(true);
        title.setMaxHeight(40);
        meta.getStyleClass().add("article-meta");
        error.getStyleClass().add("article-error");
        error.setWrapText(true);
        leftB.getStyleClass().addAll("pick", "pick-left");
        rightB.getStyleClass().addAll("pick", "pick-right");
        leftB.setFocusTraversable(false);
        rightB.setFocusTraversable(false);
        leftB.setTooltip(new Tooltip("Read this article in the left pane"));
        rightB.setTooltip(new Tooltip("Read this article in the right pane"));
        leftB.setOnAction(e -> vm.show(Side.LEFT, getItem()));
        rightB.setOnAction(e -> vm.show(Side.RIGHT, getItem()));
        VBox text = new VBox(2, title, meta, error);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        VBox buttons = new VBox(3, leftB, rightB);
        buttons.setAlignment(Pos.CENTER);
        row = new HBox(6, text, buttons);
        row.setAlignment(Pos.CENTER_LEFT);
        MenuItem onLeft = new MenuItem("Show on the left");
        onLeft.setOnAction(e -> vm.show(Side.LEFT, getItem()));
        MenuItem onRight = new MenuItem("Show on the right");
        onRight.setOnAction(e -> vm.show(Side.RIGHT, getItem()));
        setContextMenu(new ContextMenu(onLeft, onRight));
        vm.leftProperty().addListener((o, a, b) -> refreshMarks());
        vm.rightProperty().addListener((o, a, b) -> refreshMarks());
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(ArticleEntry item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            setId(null);
            return;
        }
        setId("article-" + item.fileName());
        title.setText(item.title());
        if (item.readable()) {
            List<String> parts = new ArrayList<>();
            parts.add(item.sourceName());
            if (!item.date().isBlank()) {
                parts.add(item.date());
            }
            parts.add(String.format(Locale.ROOT, "%,d words", item.words()));
            meta.setText(String.join(" · ", parts));
            error.setText("");
            error.setVisible(false);
            error.setManaged(false);
            title.setTooltip(new Tooltip(item.path().toString()));
        } else {
            meta.setText(item.fileName());
            error.setText("⚠ " + item.error());
            error.setVisible(true);
            error.setManaged(true);
            title.setTooltip(new Tooltip(item.path() + ": " + item.error()));
        }
        leftB.setDisable(!item.readable());
        rightB.setDisable(!item.readable());
        setGraphic(row);
        refreshMarks();
    }

    private void refreshMarks() {
        ArticleEntry item = getItem();
        boolean l = item != null && item == vm.leftProperty().get();
        boolean r = item != null && item == vm.rightProperty().get();
        toggle(leftB, "on", l);
        toggle(rightB, "on", r);
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
