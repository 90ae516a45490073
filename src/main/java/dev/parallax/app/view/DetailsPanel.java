package dev.parallax.app.view;

import dev.parallax.app.view.style.StyleClasses;
import dev.parallax.app.viewmodel.Explain;
import dev.parallax.app.viewmodel.ReaderViewModel.Selection;
import dev.parallax.app.viewmodel.Side;
import dev.parallax.engine.result.Comparison;
import dev.parallax.engine.result.Difference;
import dev.parallax.engine.result.Kind;
import dev.parallax.engine.result.Link;
import dev.parallax.engine.result.Passage;
import dev.parallax.engine.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The panel under the panes for the selected link: kind, similarity, both passages with their word differences
 * marked, and each typed difference in words ("number: 200,000 vs 250,000").
 */
public final class DetailsPanel extends VBox {

    private final Label heading = new Label();
    private final TextFlow leftFlow = new TextFlow();
    private final TextFlow rightFlow = new TextFlow();
    private final VBox differences = new VBox(3);
    private final GridPane passages = new GridPane();

    public DetailsPanel() {
        setId("details");
        getStyleClass().add("details");
        setPadding(new Insets(8, 12, 8, 12));
        setSpacing(6);
        heading.getStyleClass().add("details-heading");
        heading.setWrapText(true);
        leftFlow.getStyleClass().add("details-passage");
        rightFlow.getStyleClass().add("details-passage");
        ColumnConstraints c = new ColumnConstraints();
        c.setPercentWidth(50);
        c.setHgrow(Priority.ALWAYS);
        passages.getColumnConstraints().addAll(c, c);
        passages.setHgap(16);
        passages.add(leftFlow, 0, 0);
        passages.add(rightFlow, 1, 0);
        ScrollPane sp = new ScrollPane(new VBox(6, passages, differences));
        sp.setFitToWidth(true);
        sp.getStyleClass().add("details-scroll");
        VBox.setVgrow(sp, Priority.ALWAYS);
        getChildren().addAll(heading, sp);
        show(null, null);
    }

    public void show(Comparison c, Selection s) {
        leftFlow.getChildren().clear();
        rightFlow.getChildren().clear();
        differences.getChildren().clear();
        if (c == null || s == null) {
            heading.setText("Click a coloured passage to see how the two sources differ.   "
                    + "F7 next difference · Alt+↓ next conflict · Enter jump to counterpart");
            heading.getStyleClass().removeAll("details-agree", "details-conflict", "details-unique");
            passages.setVisible(false);
            return;
        }
        passages.setVisible(true);
        heading.getStyleClass().removeAll("details-agree", "details-conflict", "details-unique");
        if (s.link() == null) {
            String who = s.side() == Side.LEFT ? "left" : "right";
            String other = s.side() == Side.LEFT ? "right" : "left";
            heading.setText(StyleClasses.marker(Kind.UNIQUE) + " Only in this source (the " + who + "): the " + other
                    + " article has no passage like this one.");
            heading.getStyleClass().add("details-unique");
            Passage p = s.passage();
            TextFlow flow = s.side() == Side.LEFT ? leftFlow : rightFlow;
            String text = (s.side() == Side.LEFT ? c.left() : c.right()).text();
            flow.getChildren().add(new Text(p.span().of(text).strip()));
            return;
        }
        Link l = s.link();
        heading.getStyleClass().add(l.kind() == Kind.CONFLICT ? "details-conflict" : "details-agree");
        List<Difference> factual = l.conflicts();
        String what = l.kind() == Kind.CONFLICT
                ? StyleClasses.marker(Kind.CONFLICT) + " Conflict: same claim, but " + factual.size()
                        + (factual.size() == 1 ? " fact differs" : " facts differ")
                : StyleClasses.marker(Kind.AGREE) + " Agree: both sources say this";
        String more = s.of() > 1 ? String.format(Locale.ROOT, "  ·  counterpart %d of %d (click again for the next)",
                s.index() + 1, s.of()) : "";
        heading.setText(String.format(Locale.ROOT, "%s  ·  similarity %.0f%%%s", what, 100 * l.similarity(), more));
        Passage lp = c.passage(l.left());
        Passage rp = c.passage(l.right());
        fill(leftFlow, c.left().text(), lp.span(), l, true);
        fill(rightFlow, c.right().text(), rp.span(), l, false);
        String same = Explain.sameness(l, lp.span(), c.left().text(), rp.span(), c.right().text());
        if (same != null) {
            Label line = new Label(same);
            line.setId("details-sameness");
            line.setWrapText(true);
            line.getStyleClass().addAll("difference-line", "difference-wording");
            differences.getChildren().add(line);
        }
        for (Difference d : l.differences()) {
            Label line = new Label(Explain.difference(d, c.left().text(), c.right().text()));
            line.setWrapText(true);
            line.getStyleClass().addAll("difference-line", d.type().isFactual() ? "difference-factual" : "difference-wording");
            if (d.type().isFactual() || factual.isEmpty()) {
                differences.getChildren().add(line);
            }
        }
        long wording = l.differences().stream().filter(d -> !d.type().isFactual()).count();
        if (!factual.isEmpty() && wording > 0) {
            Label w = new Label("+ " + wording + " wording change" + (wording == 1 ? "" : "s") + " (dotted underline)");
            w.getStyleClass().add("difference-wording");
            differences.getChildren().add(w);
        }
    }

    private static void fill(TextFlow flow, String text, Span passage, Link l, boolean left) {
        List<Difference> diffs = new ArrayList<>();
        for (Difference d : l.differences()) {
            Span s = left ? d.left() : d.right();
            if (!s.isEmpty() && s.start() >= passage.start() && s.end() <= passage.end()) {
                diffs.add(d);
            }
        }
        diffs.sort((a, b) -> Integer.compare((left ? a.left() : a.right()).start(), (left ? b.left() : b.right()).start()));
        int at = passage.start();
        for (Difference d : diffs) {
            Span s = left ? d.left() : d.right();
            if (s.start() < at) {
                continue;
            }
            flow.getChildren().add(new Text(text.substring(at, s.start())));
            Text t = new Text(s.of(text));
            t.getStyleClass().addAll("details-diff", d.type().isFactual() ? "details-diff-factual" : "details-diff-wording");
            flow.getChildren().add(t);
            at = s.end();
        }
        flow.getChildren().add(new Text(text.substring(at, passage.end())));
        flow.getChildren().forEach(n -> n.getStyleClass().add("details-text"));
    }
}
