package dev.parallax.app.viewmodel;

import dev.parallax.app.task.Job;
import dev.parallax.app.task.TaskRunner;
import dev.parallax.engine.align.ComparisonEngine;
import dev.parallax.engine.align.ProgressListener;
import dev.parallax.engine.export.ComparisonJson;
import dev.parallax.engine.export.InputOverwriteException;
import dev.parallax.engine.export.OutputGuard;
import dev.parallax.engine.result.Comparison;
import dev.parallax.engine.result.Kind;
import dev.parallax.engine.result.Link;
import dev.parallax.engine.result.Passage;
import dev.parallax.engine.text.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.DoubleFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The reader window's state: the open folder and its articles, the pair being compared, the comparison, the
 * selection and the filters. Engine work (reading the folder, comparing) is plain Java submitted to the injected
 * {@link TaskRunner} ({@link TaskRunner#submit}, no {@code javafx.concurrent.Task}); every property changes on the
 * FX thread only. Knows nothing of nodes, and with a same-thread runner it is tested without a scene or FX queue.
 */
public final class ReaderViewModel {

    private final TaskRunner runner;
    private final Settings settings;
    private final FolderScanner scanner;
    private final DoubleFunction<ComparisonEngine> engines;

    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>(this, "folder");
    private final ObservableList<ArticleEntry> articles = FXCollections.observableArrayList();
    private final ObjectProperty<ArticleEntry> left = new SimpleObjectProperty<>(this, "left");
    private final ObjectProperty<ArticleEntry> right = new SimpleObjectProperty<>(this, "right");
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    /** The sensitivity a window starts with. */
    public static final double DEFAULT_SENSITIVITY = dev.parallax.engine.EngineFactory.DEFAULT_SENSITIVITY;

    private final DoubleProperty sensitivity = new SimpleDoubleProperty(this, "sensitivity", DEFAULT_SENSITIVITY);
    /** The steps the sensitivity moves in (the slider's minor ticks). */
    public static final double SENSITIVITY_STEP = 0.05;
    private final BooleanProperty onlyConflicts = new SimpleBooleanProperty(this, "onlyConflicts");
    private final BooleanProperty hideUnique = new SimpleBooleanProperty(this, "hideUnique");
    private final BooleanProperty foldUnique = new SimpleBooleanProperty(this, "foldUnique");
    private final BooleanProperty syncScroll = new SimpleBooleanProperty(this, "syncScroll", true);
    private final DoubleProperty fontSize = new SimpleDoubleProperty(this, "fontSize");
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final ObservableList<Path> recentFolders = FXCollections.observableArrayList();
    private final Navigation navigation = new Navigation(comparison::get, this::isShown);

    private Job scanJob;
    /** The comparison running, or null. */
    private Job compareJob;
    /** Counts comparisons started and cancelled: a result is shown only while its comparison is the latest. */
    private long compareRuns;
    /** Whether the status line follows the running comparison's stages (until something else is said). */
    private boolean statusFollowsCompare;

    /**
     * @param engines builds the engine for a sensitivity (the app passes the standard builder)
     */
    public ReaderViewModel(TaskRunner runner, Settings settings, FolderScanner scanner,
                           DoubleFunction<ComparisonEngine> engines) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.scanner = Objects.requireNonNull(scanner, "scanner");
        this.engines = Objects.requireNonNull(engines, "engines");
        fontSize.set(settings.fontSize());
        fontSize.addListener((o, a, b) -> settings.fontSize(b.doubleValue()));
        dark.set(settings.dark());
        dark.addListener((o, a, b) -> settings.dark(b));
        recentFolders.setAll(settings.recentFolders());
    }

    /** A selected link, seen from the side where the user clicked. */
    public record Selection(Side side, Passage passage, Link link, Passage counterpart, int index, int of) {
    }

    // ---- opening

    /** Opens {@code dir}: lists and reads its files in the background, then compares a pair. */
    public void openFolder(Path dir, Path preferLeft, Path preferRight) {
        Path abs = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(abs)) {
            error.set(dir + ": not a folder");
            return;
        }
        opened(abs);
        scan(abs, preferLeft, preferRight, true);
    }

    /**
     * Opens one or two article files (chosen, or dropped on the window): the folder of the first, with the first
     * on the left and the second on the right. More than two files, or two from different folders, are refused
     * with a one-line message and nothing changes.
     */
    public void openFiles(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        Path first = files.get(0).toAbsolutePath();
        Path second = files.size() > 1 ? files.get(1).toAbsolutePath() : null;
        if (files.size() > 2) {
            error.set("Choose two articles, not " + files.size());
            return;
        }
        if (second != null && !first.getParent().equals(second.getParent())) {
            error.set("Choose two articles from the same folder (Parallax opens their folder)");
            return;
        }
        openFolder(first.getParent(), first, second);
    }

    /** {@code abs} is the open folder now, and the most recent one. */
    private void opened(Path abs) {
        folder.set(abs);
        settings.addRecentFolder(abs);
        recentFolders.setAll(settings.recentFolders());
    }

    /** Reads the folder again (it changed on disk), keeping the pair when both files are still there. */
    public void refresh() {
        Path dir = folder.get();
        if (dir != null) {
            scan(dir, pathOf(left.get()), pathOf(right.get()), false);
        }
    }

    private void scan(Path dir, Path preferLeft, Path preferRight, boolean fresh) {
        if (scanJob != null) {
            scanJob.cancel();
        }
        if (!busy.get()) { // a comparison running reports its progress, which stays
            status.set("Reading " + dir.getFileName() + "…");
        }
        scanJob = runner.submit(() -> scanner.scan(dir), list -> {
            if (dir.equals(folder.get())) {
                listed(dir, list, preferLeft, preferRight, fresh, null);
            }
        }, t -> error.set(dir + ": " + message(t)));
    }

    /**
     * The folder's articles have been read: list them, put the preferred (else the first readable) pair on the
     * sides and compare it, unless {@code ready} already holds its comparison or (on a refresh) the pair's text
     * is unchanged.
     */
    private void listed(Path dir, List<ArticleEntry> list, Path preferLeft, Path preferRight, boolean fresh,
                        Comparison ready) {
        ArticleEntry oldLeft = left.get();
        ArticleEntry oldRight = right.get();
        if (!fresh) {
            list = keepUnchanged(list);
        }
        articles.setAll(list);
        ArticleEntry[] pair = pair(list, preferLeft, preferRight);
        ArticleEntry l = pair[0];
        ArticleEntry r = pair[1];
        if (l == null || r == null) {
            left.set(l);
            right.set(r);
            comparison.set(null);
            status.set(list.stream().noneMatch(ArticleEntry::readable) ? "No readable articles in " + dir
                    : "Only one readable article in " + dir + ": add another to compare");
            return;
        }
        boolean same = !fresh && oldLeft != null && oldRight != null && sameText(oldLeft, l)
                && sameText(oldRight, r);
        left.set(l);
        right.set(r);
        if (ready != null && ready.left().source().equals(l.article().source())
                && ready.right().source().equals(r.article().source())) {
            cancel(); // what a comparison still running would report is not news
            compared(ready);
        } else if (!same || comparison.get() == null) {
            compare();
        } else if (!busy.get()) {
            status.set(list.size() == 1 ? "1 file in " + dir.getFileName()
                    : list.size() + " files in " + dir.getFileName());
        }
    }

    /**
     * The entries of a folder read again, with each file that did not change kept as the entry already listed:
     * the list, its cells and the sides then still agree on which entry is which (an equal entry would not
     * count as a change, so a cell would keep the old one while a side holds the new).
     */
    private List<ArticleEntry> keepUnchanged(List<ArticleEntry> fresh) {
        java.util.Map<ArticleEntry, ArticleEntry> old = new java.util.HashMap<>();
        for (ArticleEntry e : articles) {
            old.putIfAbsent(e, e);
        }
        List<ArticleEntry> out = new ArrayList<>(fresh.size());
        for (ArticleEntry e : fresh) {
            out.add(old.getOrDefault(e, e));
        }
        return out;
    }

    /** The pair a folder opens on: the preferred files when readable, else the first readable articles. */
    static ArticleEntry[] pair(List<ArticleEntry> list, Path preferLeft, Path preferRight) {
        ArticleEntry l = find(list, preferLeft);
        ArticleEntry r = find(list, preferRight);
        List<ArticleEntry> readable = list.stream().filter(ArticleEntry::readable).toList();
        if (l == null) {
            l = readable.stream().filter(a -> !Objects.equals(pathOf(a), preferRight)).findFirst().orElse(null);
        }
        if (r == null) {
            ArticleEntry ll = l;
            r = readable.stream().filter(a -> a != ll).findFirst().orElse(null);
        }
        return new ArticleEntry[] {l, r};
    }

    /**
     * A folder read, and its first pair compared, before the window could ask: see {@link #prepare}.
     *
     * @param comparison the first pair's comparison, or null when there is no pair or it is too long to compare
     *                   without the progress and cancel of {@link #compare()}
     */
    public record Opening(Path dir, List<ArticleEntry> entries, Path preferLeft, Path preferRight,
                          Comparison comparison) {
    }

    /** Pairs longer than this (words, both sides) are left to {@link #compare()}, which shows progress. */
    static final int PREPARE_WORDS = 60_000;

    /**
     * Reads {@code dir} and compares the pair {@link #openFolder} would show, on the calling thread (any
     * thread: this touches no property). Lets the app compare while its window is still being built.
     */
    public static Opening prepare(FolderScanner scanner, ComparisonEngine engine, Path dir, Path preferLeft,
                                  Path preferRight) throws IOException {
        Path abs = dir.toAbsolutePath().normalize();
        List<ArticleEntry> list = scanner.scan(abs);
        ArticleEntry[] pair = pair(list, preferLeft, preferRight);
        Comparison c = null;
        if (pair[0] != null && pair[1] != null
                && pair[0].words() + pair[1].words() <= PREPARE_WORDS) {
            c = engine.compare(pair[0].article(), pair[1].article());
        }
        return new Opening(abs, List.copyOf(list), preferLeft, preferRight, c);
    }

    /** Opens a folder that {@link #prepare} has already read (and maybe compared), as {@link #openFolder} would. */
    public void adopt(Opening o) {
        if (scanJob != null) {
            scanJob.cancel();
            scanJob = null;
        }
        opened(o.dir());
        listed(o.dir(), o.entries(), o.preferLeft(), o.preferRight(), true, o.comparison());
    }

    /** Says that a folder is being read elsewhere (by {@link #prepare}); {@link #adopt} follows. */
    public void reading(Path dir) {
        statusFollowsCompare = false;
        status.set("Reading " + dir.getFileName() + "…");
    }

    /** A folder could not be read by {@link #prepare}. */
    public void readFailed(Path dir, Throwable t) {
        folder.set(dir.toAbsolutePath().normalize());
        error.set(dir + ": " + message(t));
    }

    private static boolean sameText(ArticleEntry a, ArticleEntry b) {
        return a.readable() && b.readable() && a.path().equals(b.path()) && a.article().text().equals(b.article().text());
    }

    private static ArticleEntry find(List<ArticleEntry> list, Path p) {
        if (p == null) {
            return null;
        }
        Path abs = p.toAbsolutePath().normalize();
        for (ArticleEntry a : list) {
            if (a.readable() && (a.path().toAbsolutePath().normalize().equals(abs)
                    || a.fileName().equals(p.toString()))) {
                return a;
            }
        }
        return null;
    }

    private static Path pathOf(ArticleEntry e) {
        return e == null ? null : e.path();
    }

    // ---- the pair

    /** Puts {@code entry} on {@code side} and compares again; the other side keeps its article. */
    public void show(Side side, ArticleEntry entry) {
        if (entry == null || !entry.readable()) {
            if (entry != null) {
                error.set(entry.fileName() + ": " + entry.error());
            }
            return;
        }
        ObjectProperty<ArticleEntry> mine = side == Side.LEFT ? left : right;
        ObjectProperty<ArticleEntry> theirs = side == Side.LEFT ? right : left;
        if (entry == mine.get()) {
            return;
        }
        if (entry == theirs.get()) {
            theirs.set(mine.get());
        }
        mine.set(entry);
        compare();
    }

    /**
     * Shows the pair of files {@code leftFile} / {@code rightFile} of the open folder (as the folder overview
     * asks); a file that is not listed or not readable is reported and nothing changes.
     */
    public void openPair(Path leftFile, Path rightFile) {
        ArticleEntry a = entryFor(leftFile);
        ArticleEntry b = entryFor(rightFile);
        if (a == null || b == null) {
            error.set((a == null ? leftFile : rightFile).getFileName() + ": not in the open folder");
            return;
        }
        if (!a.readable() || !b.readable()) {
            ArticleEntry bad = a.readable() ? b : a;
            error.set(bad.fileName() + ": " + bad.error());
            return;
        }
        left.set(a);
        right.set(b);
        compare();
    }

    private ArticleEntry entryFor(Path file) {
        Path want = file.toAbsolutePath().normalize();
        for (ArticleEntry e : articles) {
            if (e.path().toAbsolutePath().normalize().equals(want)) {
                return e;
            }
        }
        return null;
    }

    public void swap() {
        ArticleEntry l = left.get();
        left.set(right.get());
        right.set(l);
        compare();
    }

    /** Compares the current pair in the background, cancelling a comparison still running. */
    public void compare() {
        ArticleEntry l = left.get();
        ArticleEntry r = right.get();
        if (l == null || r == null || !l.readable() || !r.readable()) {
            return;
        }
        cancel();
        Article la = l.article();
        Article ra = r.article();
        ComparisonEngine engine = engines.apply(sensitivity.get());
        long mine = ++compareRuns;
        String what = "Comparing " + l.fileName() + " with " + r.fileName();
        busy.set(true);
        progress.set(0);
        statusFollowsCompare = true;
        status.set(what + "…");
        Job job = runner.submit(p -> engine.compare(la, ra, p), (done, stage) -> {
            if (compareRuns == mine) {
                progress.set(done);
                if (statusFollowsCompare) {
                    status.set(what + (stage == null || stage.isEmpty() ? "…" : " — " + stage + "…"));
                }
            }
        }, c -> {
            if (compareRuns == mine) {
                compared(c);
            }
        }, t -> {
            if (compareRuns != mine) {
                return;
            }
            ended();
            status.set(t instanceof CancellationException ? "Comparison cancelled" : "Comparison failed");
            if (!(t instanceof CancellationException)) {
                error.set("Comparison failed: " + message(t));
            }
        });
        if (compareRuns == mine && busy.get()) {
            compareJob = job; // still running (a same-thread runner is done already)
        }
    }

    /** The comparison that ran has ended, one way or another. */
    private void ended() {
        compareJob = null;
        busy.set(false);
        progress.set(0);
        statusFollowsCompare = false;
    }

    /** A comparison has finished (here, or before the window asked): show it. */
    private void compared(Comparison c) {
        ended();
        navigation.clearSelection();
        comparison.set(c);
        status.set(String.format(Locale.ROOT, "Compared in %.0f ms", c.elapsedNanos() / 1e6));
    }

    /** Cancels a running comparison, at once: the status says so and the previous result stays on screen. */
    public void cancel() {
        Job running = compareJob;
        if (running == null) {
            return;
        }
        compareRuns++; // whatever it still reports is dropped
        running.cancel();
        ended();
        status.set("Comparison cancelled");
    }

    // ---- selection and navigation (see Navigation; these few are what the window's other windows use)

    /** Where the reader is and where keys and clicks take them, in the comparison on screen. */
    public Navigation navigation() {
        return navigation;
    }

    /** The passage at {@code offset} of a side's text, or null. */
    public Passage passageAt(Side side, int offset) {
        return navigation.passageAt(side, offset);
    }

    /** Selects {@code passage} on {@code side} (again: its next link); see {@link Navigation#select}. */
    public Selection select(Side side, Passage passage) {
        return navigation.select(side, passage);
    }

    public void clearSelection() {
        navigation.clearSelection();
    }

    /**
     * A sensitivity as the slider leaves it, on a whole step ({@link #SENSITIVITY_STEP}), and exactly the
     * default when it is within a step of it: a reader who drags back to the middle gets the default, not 0.48.
     */
    public static double snapSensitivity(double raw) {
        double v = Math.max(0, Math.min(1, raw));
        if (Math.abs(v - DEFAULT_SENSITIVITY) < SENSITIVITY_STEP) {
            return DEFAULT_SENSITIVITY;
        }
        return Math.round(v / SENSITIVITY_STEP) / (1 / SENSITIVITY_STEP);
    }

    /** Sets the sensitivity the slider was left at (snapped, see {@link #snapSensitivity}). */
    public void setSensitivity(double raw) {
        sensitivity.set(snapSensitivity(raw));
    }

    /** Back to the default sensitivity. */
    public void resetSensitivity() {
        sensitivity.set(DEFAULT_SENSITIVITY);
    }

    /** Whether the filters show this link. */
    public boolean isShown(Link l) {
        return !onlyConflicts.get() || l.kind() == Kind.CONFLICT;
    }

    /** Whether the filters show passages of this kind highlighted. */
    public boolean isShown(Kind k) {
        return switch (k) {
            case AGREE -> !onlyConflicts.get();
            case CONFLICT -> true;
            case UNIQUE -> !hideUnique.get() && !foldUnique.get() && !onlyConflicts.get();
        };
    }

    // ---- export

    /** The guard every export and snapshot of the window writes through: the folder's files and both articles. */
    public OutputGuard outputGuard() {
        List<Path> inputs = new ArrayList<>();
        articles.forEach(a -> inputs.add(a.path()));
        OutputGuard guard = OutputGuard.protecting(inputs);
        Comparison c = comparison.get();
        return c == null ? guard : guard.plus(OutputGuard.of(c).inputs());
    }

    /** Whether {@code target} is one of the folder's files or an article being compared (never overwritten). */
    public boolean isInputFile(Path target) {
        return outputGuard().protects(target);
    }

    /**
     * Writes the comparison JSON to {@code target} (the caller has asked before replacing a file).
     *
     * @throws IOException with a one-line message, also when {@code target} is an input article
     */
    public void exportJson(Path target) throws IOException {
        exportWith(ComparisonJson::toJson, target);
    }

    /**
     * Writes a rendering of the comparison (e.g. an HTML report) to {@code target}, never over an input.
     *
     * @throws IOException with a one-line message
     */
    public void exportWith(java.util.function.Function<Comparison, String> renderer, Path target) throws IOException {
        Comparison c = comparison.get();
        if (c == null) {
            throw new IOException("nothing to export: no comparison yet");
        }
        try {
            outputGuard().write(target, renderer.apply(c));
        } catch (InputOverwriteException e) {
            throw new IOException("refusing to write over the article " + target.getFileName());
        }
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            settings.exportFolder(parent);
        }
        statusFollowsCompare = false;
        status.set("Exported " + target.getFileName());
    }

    /**
     * Where a save dialog for an export starts: the folder of the last export, else {@code Documents} in the
     * home folder, else the home folder; never the open folder of articles, where a saved report would sit
     * among the articles.
     */
    public Path exportFolder(Path home) {
        Path open = folder.get() == null ? null : folder.get().toAbsolutePath().normalize();
        Path last = settings.exportFolder();
        for (Path p : new Path[] {last, home == null ? null : home.resolve("Documents"), home}) {
            if (p != null && Files.isDirectory(p) && !p.toAbsolutePath().normalize().equals(open)) {
                return p;
            }
        }
        return null;
    }

    /** The file name an export of {@code c} proposes: both articles' names without extension, then {@code ext}. */
    public static String exportName(Comparison c, String ext) {
        return stem(c.left()) + "_vs_" + stem(c.right()) + "." + ext;
    }

    private static String stem(Article a) {
        Path p = Path.of(a.source()).getFileName();
        return (p == null ? a.source() : p.toString()).replaceFirst("\\.[^.]*$", "");
    }

    private static String message(Throwable t) {
        return t == null ? "unknown error" : t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** Shows a one-line problem in the status area (the view decides how). */
    public void reportError(String message) {
        error.set(message);
    }

    public void clearError() {
        error.set("");
    }

    public void reportStatus(String message) {
        statusFollowsCompare = false;
        status.set(message);
    }

    // ---- properties

    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    public ObservableList<ArticleEntry> articles() {
        return articles;
    }

    public ObjectProperty<ArticleEntry> leftProperty() {
        return left;
    }

    public ObjectProperty<ArticleEntry> rightProperty() {
        return right;
    }

    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public Comparison comparison() {
        return comparison.get();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public DoubleProperty sensitivityProperty() {
        return sensitivity;
    }

    public BooleanProperty onlyConflictsProperty() {
        return onlyConflicts;
    }

    public BooleanProperty hideUniqueProperty() {
        return hideUnique;
    }

    /** Passages only one source has are folded away (drawn too small to read), so the shared ones close up. */
    public BooleanProperty foldUniqueProperty() {
        return foldUnique;
    }

    public BooleanProperty syncScrollProperty() {
        return syncScroll;
    }

    public DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public ObservableList<Path> recentFolders() {
        return recentFolders;
    }

    public ReadOnlyObjectProperty<Selection> selectionProperty() {
        return navigation.selectionProperty();
    }

    public Selection selection() {
        return navigation.selection();
    }

    public Settings settings() {
        return settings;
    }
}
