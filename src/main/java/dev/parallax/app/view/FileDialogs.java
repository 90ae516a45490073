package dev.parallax.app.view;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The reader's file dialogs: the folder and the two articles to open, the file an export goes to, and the
 * question before replacing one. Only asks: what is opened or refused, and where an export starts, the view
 * model decides.
 */
final class FileDialogs {

    private final Supplier<Window> owner;

    /** @param owner the window the dialogs belong to (may give null before the window is shown) */
    FileDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    /** File > Open folder…: a folder, starting in {@code current} when it still exists; null when cancelled. */
    Path folder(Path current) {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle("Open a folder of articles");
        if (current != null && Files.isDirectory(current)) {
            dc.setInitialDirectory(current.toFile());
        }
        File dir = dc.showDialog(owner.get());
        return dir == null ? null : dir.toPath();
    }

    /** File > Open two files…: the articles chosen, starting in {@code current}; empty when cancelled. */
    List<Path> articles(Path current) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Open two articles to compare (select both)");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Articles", "*.txt", "*.md", "*.html", "*.htm"));
        if (current != null && Files.isDirectory(current)) {
            fc.setInitialDirectory(current.toFile());
        }
        List<File> files = fc.showOpenMultipleDialog(owner.get());
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    /**
     * A save dialog for an export: {@code name} proposed in {@code start} (when not null), files ending in
     * {@code ext} offered; null when cancelled.
     */
    Path saveTarget(String title, String ext, String description, String name, Path start) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + ext));
        fc.setInitialFileName(name);
        if (start != null) {
            fc.setInitialDirectory(start.toFile());
        }
        File f = fc.showSaveDialog(owner.get());
        return f == null ? null : f.toPath();
    }

    /** Asks before replacing {@code target}; true only for Yes. */
    boolean confirmReplace(Path target) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, target.getFileName() + " already exists. Replace it?",
                ButtonType.CANCEL, ButtonType.YES);
        a.setHeaderText(null);
        a.initOwner(owner.get());
        return a.showAndWait().filter(b -> b == ButtonType.YES).isPresent();
    }
}
