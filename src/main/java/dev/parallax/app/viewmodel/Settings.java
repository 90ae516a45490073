package dev.parallax.app.viewmodel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Typed access to the remembered settings. */
public final class Settings {

    public static final double DEFAULT_FONT_SIZE = 15;
    public static final int MAX_RECENT = 8;

    private final SettingsStore store;

    public Settings(SettingsStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    public double fontSize() {
        try {
            return Double.parseDouble(store.get("fontSize", Double.toString(DEFAULT_FONT_SIZE)));
        } catch (NumberFormatException e) {
            return DEFAULT_FONT_SIZE;
        }
    }

    public void fontSize(double size) {
        store.put("fontSize", Double.toString(size));
    }

    public String fontFamily() {
        return store.get("fontFamily", "Serif");
    }

    public void fontFamily(String family) {
        store.put("fontFamily", family);
    }

    public boolean dark() {
        return Boolean.parseBoolean(store.get("dark", "false"));
    }

    public void dark(boolean dark) {
        store.put("dark", Boolean.toString(dark));
    }

    /** The window size the user left the window at, {@code {width, height}}, or null when none is known. */
    public double[] windowSize() {
        try {
            String[] wh = store.get("windowSize", "").split("x");
            double w = Double.parseDouble(wh[0]);
            double h = Double.parseDouble(wh[1]);
            return w > 0 && h > 0 && Double.isFinite(w) && Double.isFinite(h) ? new double[] {w, h} : null;
        } catch (RuntimeException e) { // none yet, or not two numbers
            return null;
        }
    }

    public void windowSize(double width, double height) {
        store.put("windowSize", Math.round(width) + "x" + Math.round(height));
    }

    /** The folder the last export was saved in, or null. */
    public Path exportFolder() {
        String s = store.get("exportFolder", "");
        return s.isBlank() ? null : Path.of(s);
    }

    public void exportFolder(Path folder) {
        store.put("exportFolder", folder.toAbsolutePath().normalize().toString());
    }

    /** Recent folders, most recent first, only those that still exist. */
    public List<Path> recentFolders() {
        List<Path> out = new ArrayList<>();
        for (String s : store.get("recent", "").split("\n")) {
            if (!s.isBlank()) {
                Path p = Path.of(s);
                if (Files.isDirectory(p) && !out.contains(p)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    public void addRecentFolder(Path folder) {
        Path abs = folder.toAbsolutePath().normalize();
        List<Path> list = new ArrayList<>(recentFolders());
        list.remove(abs);
        list.add(0, abs);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(MAX_RECENT, list.size()); i++) {
            b.append(list.get(i)).append('\n');
        }
        store.put("recent", b.toString());
    }

    /** The folder used last, if it still exists. */
    public Path lastFolder() {
        List<Path> r = recentFolders();
        return r.isEmpty() ? null : r.get(0);
    }
}
