package dev.parallax.app.view;

import dev.parallax.app.task.TaskTracker;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The status bar of a view's background task: the status line, a progress bar while it runs and Cancel, all
 * bound to a {@link TaskTracker}. Ids {@code PREFIX-status}, {@code PREFIX-progress}, {@code PREFIX-cancel}.
 */
public final class TaskBar extends HBox {

    private final Label status = new Label();

    public TaskBar(TaskTracker tracker, String prefix) {
        super(10);
        Objects.requireNonNull(tracker, "tracker");
        Objects.requireNonNull(prefix, "prefix");
        status.setId(prefix + "-status");
        status.getStyleClass().add(prefix + "-status");
        status.textProperty().bind(tracker.messageProperty());
        status.setWrapText(true); // the whole summary, on two lines when the window is narrow
        status.setMinWidth(0);
        status.setMinHeight(Region.USE_PREF_SIZE);
        ProgressBar progress = new ProgressBar(0);
        progress.setId(prefix + "-progress");
        progress.setPrefWidth(220);
        progress.progressProperty().bind(tracker.progressProperty());
        progress.visibleProperty().bind(tracker.runningProperty());
        Button cancel = new Button("Cancel");
        cancel.setId(prefix + "-cancel");
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.disableProperty().bind(tracker.runningProperty().not());
        cancel.setOnAction(e -> tracker.cancel());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        getChildren().setAll(status, grow, progress, cancel);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add(prefix + "-bar");
    }

    /** The status line. */
    public String statusText() {
        return status.getText();
    }
}
