package dev.parallax.app.view;

import dev.parallax.app.viewmodel.Side;
import dev.parallax.engine.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;

/**
 * Find (Ctrl+F): a bar above the panes that searches both articles at once, ignoring case, starting from the words
 * selected in the focused pane. Every match is
 * highlighted; Enter / F3 goes to the next one (left article first, then the right), Shift+Enter / Shift+F3 to
 * the previous one, Esc closes the bar.
 */
final class FindBar extends HBox {

    /** Enough for any article; a book with more matches is told to narrow the search. */
    static final int MAX_MATCHES = 5_000;

    /** One match: where it is. */
    record Match(Side side, Span span) {
    }

    private final ArticlePane left;
    private final ArticlePane right;
    private final TextField field = new TextField();
    private final Label count = new Label();
    private final List<Match> matches = new ArrayList<>();
    private final Consumer<Side> onGo;
    private int current = -1;

    /** @param onGo told which side the next match shown is on, before its pane scrolls (the window makes it the
     *             active side) */
    FindBar(ArticlePane left, ArticlePane right, Consumer<Side> onGo) {
        this.left = left;
        this.right = right;
        this.onGo = onGo;
        setId("find-bar");
        getStyleClass().add("find-bar");
        setSpacing(6);
        setAlignment(Pos.CENTER_LEFT);
        Label what = new Label("Find in both:");
        field.setId("find-field");
        field.setPromptText("words to find");
        field.setPrefColumnCount(22);
        count.setId("find-count");
        count.getStyleClass().add("find-count");
        Button prev = new Button("▲");
        prev.setId("find-previous");
        Tips.set(prev, "Previous match (Shift+Enter, Shift+F3)");
        prev.setOnAction(e -> go(-1));
        Button next = new Button("▼");
        next.setId("find-next");
        Tips.set(next, "Next match (Enter, F3)");
        next.setOnAction(e -> go(1));
        Button close = new Button("✕");
        close.setId("find-close");
        Tips.set(close, "Close (Esc)");
        close.setOnAction(e -> close());
        for (Button b : List.of(prev, next, close)) {
            b.setFocusTraversable(false);
        }
        getChildren().addAll(what, field, prev, next, count, close);
        field.textProperty().addListener((o, a, b) -> search());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                go(e.isShiftDown() ? -1 : 1);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        setVisible(false);
        setManaged(false);
    }

    /** Shows the bar with the field focused, starting from {@code selected} (the words selected in a pane) when
     *  that is one line of text. */
    void open(String selected) {
        if (selected != null && !selected.isBlank() && selected.length() <= 200 && selected.indexOf('\n') < 0) {
            field.setText(selected.strip());
        }
        open();
    }

    /** Shows the bar with the field focused and its text selected. */
    void open() {
        setVisible(true);
        setManaged(true);
        field.requestFocus();
        field.selectAll();
        search();
    }

    /** Hides the bar and its highlights. */
    void close() {
        setVisible(false);
        setManaged(false);
        matches.clear();
        current = -1;
        left.showFound(List.of(), null);
        right.showFound(List.of(), null);
        left.area().requestFocus();
    }

    boolean isOpen() {
        return isVisible();
    }

    /** The next (+1) or previous (-1) match, wrapping; opens the bar when it is closed. */
    void go(int step) {
        if (!isOpen()) {
            open();
            return;
        }
        if (matches.isEmpty()) {
            return;
        }
        current = Math.floorMod(current + step, matches.size());
        showCurrent(true);
    }

    /** Searches again and goes to the first match (the query changed). */
    void search() {
        search(true);
    }

    /** Searches again where the panes are (their texts changed), keeping the matches highlighted. */
    void refresh() {
        if (isOpen()) {
            search(false);
        }
    }

    private void search(boolean scroll) {
        matches.clear();
        current = -1;
        String q = field.getText();
        if (isOpen() && q != null && !q.isBlank()) {
            find(Side.LEFT, left.area().getText(), q);
            find(Side.RIGHT, right.area().getText(), q);
        }
        if (!matches.isEmpty()) {
            current = 0;
        }
        showCurrent(scroll && !matches.isEmpty());
    }

    private void find(Side side, String text, String q) {
        int n = q.length();
        for (int i = 0; i + n <= text.length() && matches.size() < MAX_MATCHES; i++) {
            if (text.regionMatches(true, i, q, 0, n)) {
                matches.add(new Match(side, new Span(i, i + n)));
                i += n - 1;
            }
        }
    }

    private void showCurrent(boolean scroll) {
        Match cur = current < 0 ? null : matches.get(current);
        left.showFound(spans(Side.LEFT), cur != null && cur.side() == Side.LEFT ? cur.span() : null);
        right.showFound(spans(Side.RIGHT), cur != null && cur.side() == Side.RIGHT ? cur.span() : null);
        String q = field.getText() == null ? "" : field.getText();
        if (q.isBlank()) {
            count.setText("");
        } else if (matches.isEmpty()) {
            count.setText("no matches");
        } else {
            long l = matches.stream().filter(m -> m.side() == Side.LEFT).count();
            count.setText(String.format(Locale.ROOT, "%d of %d%s  (%d left, %d right)", current + 1, matches.size(),
                    matches.size() >= MAX_MATCHES ? "+" : "", l, matches.size() - l));
        }
        if (scroll && cur != null) {
            onGo.accept(cur.side()); // first: the window stops the panes driving each other while this one moves
            ArticlePane p = cur.side() == Side.LEFT ? left : right;
            p.scrollTo(cur.span().start(), p.area().getViewportHeight() / 3);
        }
    }

    private List<Span> spans(Side side) {
        return matches.stream().filter(m -> m.side() == side).map(Match::span).toList();
    }

    /** The matches found, in order (for tests). */
    List<Match> matches() {
        return List.copyOf(matches);
    }

    /** The current match, or null. */
    Match current() {
        return current < 0 ? null : matches.get(current);
    }

    TextField field() {
        return field;
    }
}
