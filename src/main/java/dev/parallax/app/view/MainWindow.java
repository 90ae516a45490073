package dev.parallax.app.view;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.parallax.app.task.TaskRunner;
import dev.parallax.app.view.style.Filter;
import dev.parallax.app.view.style.StyleClasses;
import dev.parallax.app.view.style.StyledSide;
import dev.parallax.app.view.style.Styler;
import dev.parallax.app.viewmodel.ArticleEntry;
import dev.parallax.app.viewmodel.Navigation;
import dev.parallax.app.viewmodel.ReaderViewModel;
import dev.parallax.app.viewmodel.ReaderViewModel.Selection;
import dev.parallax.app.viewmodel.Side;
import dev.parallax.engine.result.Comparison;
import dev.parallax.engine.result.Kind;
import dev.parallax.engine.result.Passage;
import dev.parallax.engine.result.Summary;
import dev.parallax.engine.text.Article;
import dev.parallax.engine.text.Span;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import dev.parallax.app.claims.ClaimsPane;
import dev.parallax.app.overview.OverviewPane;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.StatusBar;

/**
 * The reader window's scene graph: menus, toolbar, article list, the two panes with the connector band and
 * rulers, the details panel and the status bar. Binds to a {@link ReaderViewModel} and forwards user actions;
 * holds no comparison logic.
 */
public final class MainWindow {

    /** The smallest window (scene) at which nothing is cut off: the toolbar fits and both panes can be read. */
    public static final int MIN_WIDTH = 960;
    public static final int MIN_HEIGHT = 640;

    private final ReaderViewModel vm;
    private final TaskRunner runner;
    private final BorderPane root = new BorderPane();
    private final ArticlePane leftPane = new ArticlePane(Side.LEFT);
    private final ArticlePane rightPane = new ArticlePane(Side.RIGHT);
    private final ConnectorBand band = new ConnectorBand(leftPane, rightPane);
    private final DetailsPanel details = new DetailsPanel();
    private final FindBar findBar = new FindBar(leftPane, rightPane, side -> {
        activeSide = side;
        driver = null;
    });
    /** Wraps to a second line in a narrow window instead of pushing the right pane out of it. */
    private final FlowPane legend = new FlowPane(14, 4);
    private final ListView<ArticleEntry> list = new ListView<>();
    private final StatusBar statusBar = new StatusBar();
    private final ReadOnlyIntegerWrapper renders = new ReadOnlyIntegerWrapper(this, "renders");
    private final List<Command> commands = new ArrayList<>();
    private final SimpleBooleanProperty noComparison = new SimpleBooleanProperty(true);
    private final SimpleBooleanProperty noHtmlExport = new SimpleBooleanProperty(true);
    private Function<Comparison, String> htmlRenderer;
    private Side driver;
    private Side activeSide = Side.LEFT;
    private final Styler styler;
    private final FileDialogs dialogs = new FileDialogs(this::window);
    private Menu recentMenu;

    public MainWindow(ReaderViewModel vm, TaskRunner runner) {
        this.vm = vm;
        this.runner = runner;
        this.styler = new Styler(runner);
        root.setId("reader-root");
        root.getStyleClass().add("reader-root");
        root.getStylesheets().add(MainWindow.class.getResource("reader.css").toExternalForm());
        buildCommands();
        root.setTop(new VBox(menuBar(), toolBar()));
        // the article list and the reading area share a divider: drag it to widen the list
        SplitPane body = new SplitPane(sidebar(), center());
        body.setId("body-split");
        SplitPane.setResizableWithParent(body.getItems().get(0), false);
        // the list starts at its preferred width, whatever size the window first shows at
        // (until the user drags the divider: then it stays where they left it)
        boolean[] adjusting = {false};
        boolean[] moved = {false};
        Runnable keep = () -> {
            double w = body.getWidth();
            if (!moved[0] && w > 0) {
                adjusting[0] = true;
                body.setDividerPositions(Math.min(0.4, 300 / w));
                adjusting[0] = false;
            }
        };
        body.widthProperty().addListener((o, was, now) -> keep.run());
        body.getDividers().get(0).positionProperty().addListener((o, was, now) -> {
            if (!adjusting[0]) {
                if (body.isPressed()) {
                    moved[0] = true;
                } else {
                    keep.run(); // the split pane's own layout after a resize
                }
            }
        });
        root.setCenter(body);
        root.setBottom(statusBar());
        wire();
        applyTheme(vm.darkProperty().get());
        applyFont();
    }

    // ---- commands

    private Command open;
    private Command exportJson;
    private Command exportHtml;
    private Command nextDiff;
    private Command prevDiff;
    private Command nextConflict;
    private Command prevConflict;
    private Command jump;
    private Command swap;
    private Command bigger;
    private Command smaller;
    private Command resetFont;
    private Command cancel;
    private Command find;
    private Command findNext;
    private Command findPrevious;
    private Command openFiles;
    private Command keysHelp;
    private Command syncToggle;
    private Command onlyConflictsToggle;
    private Command hideUniqueToggle;
    private Command foldUniqueToggle;
    private Command darkToggle;
    private Command overview;
    private Command claims;
    private Stage claimsStage;
    private ClaimsPane claimsPane;
    private Stage overviewStage;
    private OverviewPane overviewPane;

    private void buildCommands() {
        var none = vm.comparisonProperty().isNull();
        noComparison.bind(none);
        open = add(new Command("open", "Open folder…", shortcut(KeyCode.O), this::chooseFolder, null));
        exportJson = add(new Command("export-json", "Export JSON…", shortcut(KeyCode.S, KeyCombination.SHIFT_DOWN),
                this::exportJson, none));
        exportHtml = add(new Command("export-html", "Export HTML…", shortcut(KeyCode.E), this::exportHtml,
                noHtmlExport.or(none)));
        nextDiff = add(new Command("next-difference", "Next difference", new KeyCodeCombination(KeyCode.F7),
                () -> navigate(true, false), none));
        prevDiff = add(new Command("previous-difference", "Previous difference",
                new KeyCodeCombination(KeyCode.F7, KeyCombination.SHIFT_DOWN), () -> navigate(false, false), none));
        nextConflict = add(new Command("next-conflict", "Next conflict",
                new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN), () -> navigate(true, true), none));
        prevConflict = add(new Command("previous-conflict", "Previous conflict",
                new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN), () -> navigate(false, true), none));
        jump = add(new Command("jump", "Jump to counterpart", new KeyCodeCombination(KeyCode.ENTER),
                this::jumpToCounterpart, none));
        swap = add(new Command("swap", "Swap sides", shortcut(KeyCode.W, KeyCombination.SHIFT_DOWN), vm::swap, none));
        bigger = add(new Command("font-bigger", "Larger text", shortcut(KeyCode.EQUALS), () -> font(1), null)
                .alsoOn(shortcut(KeyCode.PLUS), shortcut(KeyCode.ADD), shortcut(KeyCode.EQUALS, KeyCombination.SHIFT_DOWN)));
        smaller = add(new Command("font-smaller", "Smaller text", shortcut(KeyCode.MINUS), () -> font(-1), null)
                .alsoOn(shortcut(KeyCode.SUBTRACT)));
        resetFont = add(new Command("font-reset", "Default text size", shortcut(KeyCode.DIGIT0), () -> font(0), null)
                .alsoOn(shortcut(KeyCode.NUMPAD0)));
        overview = add(new Command("folder-overview", "Folder overview…", shortcut(KeyCode.O, KeyCombination.SHIFT_DOWN),
                this::showOverview, vm.folderProperty().isNull()));
        syncToggle = add(Command.toggle("sync", "Synchronized scrolling", null, vm.syncScrollProperty(),
                "Scrolling one side brings the matching passage into view on the other"));
        onlyConflictsToggle = add(Command.toggle("only-conflicts", "Show only conflicts", null,
                vm.onlyConflictsProperty(), "Highlight only the passages where the sources disagree on a fact"));
        hideUniqueToggle = add(Command.toggle("hide-unique", "Hide passages only in one source", null,
                vm.hideUniqueProperty(), "Stop highlighting passages that only one source has (they stay, greyed)"));
        foldUniqueToggle = add(Command.toggle("fold-unique", "Fold away passages only in one source", null,
                vm.foldUniqueProperty(), "Fold passages that only one source has out of the way (⋯ marks where),"
                        + " so the shared ones stand together"));
        darkToggle = add(Command.toggle("dark", "Dark theme", null, vm.darkProperty(), "Dark theme"));
        find = add(new Command("find", "Find in both…", shortcut(KeyCode.F),
                () -> findBar.open(pane(activeSide).area().getSelectedText()), null));
        findNext = add(new Command("find-next", "Find next", new KeyCodeCombination(KeyCode.F3), () -> findBar.go(1),
                null));
        findPrevious = add(new Command("find-previous", "Find previous",
                new KeyCodeCombination(KeyCode.F3, KeyCombination.SHIFT_DOWN), () -> findBar.go(-1), null));
        openFiles = add(new Command("open-files", "Open two files…", shortcut(KeyCode.O, KeyCombination.ALT_DOWN),
                this::chooseFiles, null));
        keysHelp = add(new Command("keys", "Keys", new KeyCodeCombination(KeyCode.F1), this::showKeys, null));
        claims = add(new Command("claims-table", "Claims table…", shortcut(KeyCode.C, KeyCombination.SHIFT_DOWN),
                this::showClaims, vm.folderProperty().isNull()));
        cancel = add(new Command("cancel", "Cancel comparison", new KeyCodeCombination(KeyCode.ESCAPE), vm::cancel,
                vm.busyProperty().not()));
    }

    private Command add(Command c) {
        commands.add(c);
        return c;
    }

    private static KeyCombination shortcut(KeyCode code, KeyCombination.Modifier... more) {
        KeyCombination.Modifier[] mods = new KeyCombination.Modifier[more.length + 1];
        mods[0] = KeyCombination.SHORTCUT_DOWN;
        System.arraycopy(more, 0, mods, 1, more.length);
        return new KeyCodeCombination(code, mods);
    }

    private MenuBar menuBar() {
        recentMenu = new Menu("Recent folders");
        recentMenu.setId("menu-recent");
        rebuildRecent();
        vm.recentFolders().addListener((javafx.collections.ListChangeListener<Path>) c -> rebuildRecent());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(shortcut(KeyCode.Q));
        quit.setOnAction(e -> {
            Window w = root.getScene() == null ? null : root.getScene().getWindow();
            if (w != null) {
                w.hide();
            }
        });
        Menu file = new Menu("File", null, open.menuItem(), openFiles.menuItem(), recentMenu, new SeparatorMenuItem(),
                exportJson.menuItem(), exportHtml.menuItem(), new SeparatorMenuItem(), quit);

        Menu fontMenu = new Menu("Reading font");
        javafx.scene.control.ToggleGroup fonts = new javafx.scene.control.ToggleGroup();
        for (String family : List.of("Serif", "SansSerif", "DejaVu Serif", "DejaVu Sans", "Liberation Serif")) {
            javafx.scene.control.RadioMenuItem item = new javafx.scene.control.RadioMenuItem(family);
            item.setToggleGroup(fonts);
            item.setSelected(family.equals(vm.settings().fontFamily()));
            item.setOnAction(e -> {
                vm.settings().fontFamily(family);
                applyFont();
            });
            fontMenu.getItems().add(item);
        }
        Menu view = new Menu("View", null, overview.menuItem(), claims.menuItem(), new SeparatorMenuItem(),
                onlyConflictsToggle.menuItem(), hideUniqueToggle.menuItem(), foldUniqueToggle.menuItem(),
                new SeparatorMenuItem(), syncToggle.menuItem(),
                swap.menuItem(), new SeparatorMenuItem(), bigger.menuItem(), smaller.menuItem(),
                resetFont.menuItem(), fontMenu, darkToggle.menuItem());
        Menu nav = new Menu("Navigate", null, nextDiff.menuItem(), prevDiff.menuItem(), nextConflict.menuItem(),
                prevConflict.menuItem(), jump.menuItem(), new SeparatorMenuItem(), find.menuItem(),
                findNext.menuItem(), findPrevious.menuItem(), new SeparatorMenuItem(), cancel.menuItem());
        MenuItem about = new MenuItem("About Parallax");
        about.setId("menu-about");
        about.setOnAction(e -> showAbout());
        Menu help = new Menu("Help", null, keysHelp.menuItem(), about);
        help.setId("menu-help");
        MenuBar bar = new MenuBar(file, view, nav, help);
        bar.setId("menu-bar");
        return bar;
    }

    private void rebuildRecent() {
        recentMenu.getItems().clear();
        for (Path p : vm.recentFolders()) {
            MenuItem m = new MenuItem(p.toString());
            m.setMnemonicParsing(false);
            m.setOnAction(e -> vm.openFolder(p, null, null));
            recentMenu.getItems().add(m);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private ToolBar toolBar() {
        Button openB = open.button("Open…");
        Button swapB = swap.button("⇄ Swap");
        ToggleButton sync = syncToggle.toggleButton("⇅ Sync");
        ToggleButton only = onlyConflictsToggle.toggleButton("≠ Conflicts");
        ToggleButton hide = hideUniqueToggle.toggleButton("+ Hide");
        ToggleButton fold = foldUniqueToggle.toggleButton("⋯ Fold");
        Button prev = prevConflict.button("▲");
        Button next = nextConflict.button("▼");
        Slider sens = new Slider(0, 1, vm.sensitivityProperty().get());
        sens.setId("sensitivity");
        sens.setPrefWidth(90);
        sens.setFocusTraversable(false);
        sens.setShowTickMarks(true);
        sens.setMajorTickUnit(0.5);
        sens.setMinorTickCount(9);
        sens.setBlockIncrement(ReaderViewModel.SENSITIVITY_STEP);
        Tips.set(sens, "Sensitivity: left links only near-identical passages, right also loose"
                + " paraphrases. Compares again when released; the middle tick is the default"
                + String.format(Locale.ROOT, " (%.2f)", ReaderViewModel.DEFAULT_SENSITIVITY)
                + ", double-click or ↺ goes back to it.");
        // the slider only proposes: the view model snaps to a step (and to the default near the middle)
        Runnable commit = () -> vm.setSensitivity(sens.getValue());
        sens.valueChangingProperty().addListener((o, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
        sens.setOnMouseReleased(e -> commit.run());
        sens.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.resetSensitivity();
            }
        });
        vm.sensitivityProperty().addListener((o, a, b) -> {
            if (!sens.isValueChanging()) {
                sens.setValue(b.doubleValue());
            }
        });
        Label sensValue = new Label();
        sensValue.setId("sensitivity-value");
        sensValue.getStyleClass().add("toolbar-value");
        sensValue.textProperty().bind(Bindings.createStringBinding(() -> {
            double v = sens.isValueChanging() ? sens.getValue() : vm.sensitivityProperty().get();
            return String.format(Locale.ROOT, "%.2f", v);
        }, sens.valueProperty(), sens.valueChangingProperty(), vm.sensitivityProperty()));
        sensValue.setMinWidth(Region.USE_PREF_SIZE);
        Button sensReset = new Button("↺");
        sensReset.setId("sensitivity-reset");
        sensReset.setFocusTraversable(false);
        Tips.set(sensReset, String.format(Locale.ROOT, "Back to the default sensitivity (%.2f)",
                ReaderViewModel.DEFAULT_SENSITIVITY));
        sensReset.setOnAction(e -> vm.resetSensitivity());
        sensReset.disableProperty().bind(vm.sensitivityProperty().isEqualTo(ReaderViewModel.DEFAULT_SENSITIVITY, 1e-9));
        Label sensL = new Label("Strict");
        Label sensR = new Label("Loose");
        sensL.getStyleClass().add("toolbar-hint");
        sensR.getStyleClass().add("toolbar-hint");
        Button a1 = smaller.button("A−");
        Button a2 = bigger.button("A+");
        ToggleButton theme = darkToggle.toggleButton("◐");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        ToolBar tb = new ToolBar(openB, new Separator(Orientation.VERTICAL), swapB, sync,
                new Separator(Orientation.VERTICAL), only, hide, fold, prev, next, new Separator(Orientation.VERTICAL),
                sensL, sens, sensR, sensValue, sensReset, grow, a1, a2, theme);
        tb.setId("toolbar");
        return tb;
    }

    private Node sidebar() {
        Label head = new Label("Articles");
        head.getStyleClass().add("sidebar-title");
        Label folder = new Label();
        folder.getStyleClass().add("sidebar-folder");
        folder.textProperty().bind(Bindings.createStringBinding(() -> vm.folderProperty().get() == null ? ""
                : String.valueOf(vm.folderProperty().get().getFileName()), vm.folderProperty()));
        Tips.set(folder, () -> String.valueOf(vm.folderProperty().get()));
        Label hint = new Label("L / R puts an article on the left or right. Drop a folder or files here.");
        hint.getStyleClass().add("sidebar-hint");
        hint.setWrapText(true);
        list.setId("article-list");
        list.setItems(vm.articles());
        list.setCellFactory(l -> new ArticleCell(vm));
        list.setFocusTraversable(false);
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(4, head, folder, list, hint);
        box.getStyleClass().add("sidebar");
        box.setId("sidebar");
        box.setPrefWidth(300);
        box.setMinWidth(200);
        box.setMaxWidth(700);
        return box;
    }

    private Node center() {
        legend.setId("legend");
        legend.getStyleClass().add("legend");
        legend.setAlignment(Pos.CENTER_LEFT);
        HBox panes = new HBox(leftPane, band, rightPane);
        panes.getStyleClass().add("panes");
        HBox.setHgrow(leftPane, Priority.ALWAYS);
        HBox.setHgrow(rightPane, Priority.ALWAYS);
        leftPane.setPrefWidth(100);
        rightPane.setPrefWidth(100);
        VBox top = new VBox(legend, findBar, panes);
        VBox.setVgrow(panes, Priority.ALWAYS);
        SplitPane split = new SplitPane(top, details);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.8);
        SplitPane.setResizableWithParent(details, false);
        return split;
    }

    private Node statusBar() {
        statusBar.setId("status-bar");
        statusBar.textProperty().bind(vm.statusProperty());
        statusBar.progressProperty().bind(Bindings.when(vm.busyProperty()).then(
                vm.progressProperty().asObject()).otherwise(0.0));
        Label error = new Label();
        error.setId("status-error");
        error.getStyleClass().add("status-error");
        error.textProperty().bind(Bindings.createStringBinding(() -> vm.errorProperty().get().isEmpty() ? ""
                : "⚠ " + vm.errorProperty().get(), vm.errorProperty()));
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        error.setOnMouseClicked(e -> vm.clearError());
        Tips.set(error, "Click to dismiss");
        Label shared = new Label();
        shared.setId("status-summary");
        shared.textProperty().bind(Bindings.createStringBinding(() -> summaryText(vm.comparison()),
                vm.comparisonProperty()));
        Button cancelB = cancel.button("✕ Cancel");
        cancelB.visibleProperty().bind(vm.busyProperty());
        cancelB.managedProperty().bind(cancelB.visibleProperty());
        statusBar.getLeftItems().add(error);
        statusBar.getRightItems().addAll(shared, cancelB);
        return statusBar;
    }

    private static String summaryText(Comparison c) {
        if (c == null) {
            return "";
        }
        Summary s = c.summary();
        return String.format(Locale.ROOT, "Shared: %.0f%%   ·   %d agree · %d conflict · %d + %d only in one   ·   %.0f ms",
                100 * s.sharedShare(), s.agree(), s.conflict(), s.leftOnly(), s.rightOnly(), c.elapsedNanos() / 1e6);
    }

    // ---- wiring

    private void wire() {
        vm.comparisonProperty().addListener((o, a, b) -> render());
        vm.onlyConflictsProperty().addListener((o, a, b) -> render());
        vm.hideUniqueProperty().addListener((o, a, b) -> render());
        vm.foldUniqueProperty().addListener((o, a, b) -> render());
        vm.sensitivityProperty().addListener((o, a, b) -> vm.compare());
        vm.selectionProperty().addListener((o, a, b) -> showSelection(b));
        vm.darkProperty().addListener((o, a, b) -> applyTheme(b));
        vm.fontSizeProperty().addListener((o, a, b) -> applyFont());
        for (ArticlePane p : List.of(leftPane, rightPane)) {
            Side side = p.side();
            p.addEventFilter(ScrollEvent.ANY, e -> driver = side);
            p.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
                driver = side;
                activeSide = side;
            });
            p.addEventFilter(KeyEvent.KEY_PRESSED, e -> driver = side);
            p.area().setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress() && p.area().getSelection().getLength() == 0) {
                    int offset = p.offsetAt(e.getX(), e.getY());
                    if (offset >= 0) {
                        clickAt(side, offset);
                    }
                }
            });
            p.area().estimatedScrollYProperty().addListener((o, a, b) -> scrolled(side));
            p.area().heightProperty().addListener((o, a, b) -> scrolled(side));
            p.area().widthProperty().addListener((o, a, b) -> band.requestRedraw());
            p.ruler().setOnJump(offset -> rulerJump(side, offset));
        }
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getTarget() instanceof javafx.scene.control.TextInputControl
                    && (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.ESCAPE)) {
                return; // the find field's own Enter (next match) and Esc (close), not jump and cancel
            }
            for (Command c : commands) {
                if (c.matches(e)) {
                    c.run();
                    e.consume();
                    return;
                }
            }
        });
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.ANY);
            }
            e.consume();
        });
        root.setOnDragDropped(this::dropped);
        updateLegend(null);
    }

    private void dropped(DragEvent e) {
        List<File> files = e.getDragboard().getFiles();
        boolean ok = files != null && !files.isEmpty();
        if (ok) {
            Path first = files.get(0).toPath();
            if (Files.isDirectory(first)) {
                vm.openFolder(first, null, null);
            } else {
                openFiles(files.stream().limit(2).map(File::toPath).toList());
            }
        }
        e.setDropCompleted(ok);
        e.consume();
    }

    /** Styles both sides in the background and shows them in one step each. */
    private void render() {
        Comparison c = vm.comparison();
        if (c == null) {
            styler.cancel();
            updateLegend(null);
            band.setComparison(null, l -> true);
            return;
        }
        driver = null; // restyling keeps each pane's place; neither pane drives the other meanwhile
        styler.request(c, Styler.filter(vm), sides -> {
            if (vm.comparison() == c) {
                apply(c, sides);
            }
        }, t -> vm.reportError("Cannot show the comparison: " + t.getMessage()));
    }

    /**
     * Offers the sides of {@code c} styled ahead of time (by {@link Styler#style}, off the FX thread) so that
     * the next render of {@code c} through filter {@code f} shows them at once instead of styling them again.
     */
    public void offerStyled(Comparison c, Filter f, StyledSide[] sides) {
        styler.offer(c, f, sides);
    }

    private void apply(Comparison c, StyledSide[] s) {
        band.setComparison(null, l -> true);
        int[] pending = {2};
        Runnable bothLoaded = () -> {
            if (--pending[0] == 0 && vm.comparison() == c) {
                shown(c);
            }
        };
        leftPane.show(s[0], headline(c.left()), meta(c.left()), bothLoaded);
        rightPane.show(s[1], headline(c.right()), meta(c.right()), bothLoaded);
    }

    /** Both panes hold the whole comparison: connect the band, legend and selection. */
    private void shown(Comparison c) {
        band.setComparison(c, vm::isShown);
        updateLegend(c);
        // a new pair opens on its first conflict, in the details and in both panes, so what the panel describes
        // is what the reader sees; the same pair restyled keeps its selection
        Navigation.Arrival arrival = vm.navigation().arrived(c);
        if (arrival.open() != null) {
            bringBoth(arrival.open());
        } else if (arrival.remark()) {
            showSelection(vm.selection());
        }
        findBar.refresh();
        leftPane.updateRulerViewport();
        rightPane.updateRulerViewport();
        renders.set(renders.get() + 1);
    }

    private static String headline(Article a) {
        return a.title().isBlank() ? fileName(a) : a.title();
    }

    private static String fileName(Article a) {
        Path p = Path.of(a.source()).getFileName();
        return p == null ? a.source() : p.toString();
    }

    private String meta(Article a) {
        List<String> parts = new ArrayList<>();
        parts.add(a.site().isBlank() ? fileName(a) : a.site() + " · " + fileName(a));
        if (!a.date().isBlank()) {
            parts.add(dev.parallax.app.viewmodel.Dates.readable(a.date()));
        }
        parts.add(String.format(Locale.ROOT, "%,d words", words(a)));
        return String.join("  ·  ", parts);
    }

    /** The article's length in words, as counted when its file was read: counting a book again on the FX
     *  thread would take tens of milliseconds. */
    private int words(Article a) {
        for (ArticleEntry e : new ArticleEntry[] {vm.leftProperty().get(), vm.rightProperty().get()}) {
            if (e != null && e.readable() && e.article() == a) {
                return e.words();
            }
        }
        return a.wordCount();
    }

    private void updateLegend(Comparison c) {
        legend.getChildren().clear();
        if (c == null) {
            Label l = new Label(vm.busyProperty().get() ? "Comparing…" : "Open a folder of articles about one event"
                    + " (Ctrl+O, or drop it here) and pick two to compare.");
            l.getStyleClass().add("legend-empty");
            legend.getChildren().add(l);
            return;
        }
        Summary s = c.summary();
        legend.getChildren().addAll(
                chip("legend-agree", Kind.AGREE, "Agree", s.agree(), "Both sources say the same (possibly reworded)",
                        vm.isShown(Kind.AGREE)),
                chip("legend-conflict", Kind.CONFLICT, "Conflict", s.conflict(),
                        "Same claim, but a number, date, name, negation or quote differs (bold words)", true),
                chip("legend-unique", Kind.UNIQUE, "Only in left", s.leftOnly(), "Passages the right source lacks",
                        vm.isShown(Kind.UNIQUE)),
                chip("legend-unique", Kind.UNIQUE, "Only in right", s.rightOnly(), "Passages the left source lacks",
                        vm.isShown(Kind.UNIQUE)));
        Label share = new Label(String.format(Locale.ROOT, "%.0f%% of the text is shared", 100 * s.sharedShare()));
        share.getStyleClass().add("legend-share");
        share.setMinWidth(Region.USE_PREF_SIZE);
        Label diffKey = new Label("bold = differing fact · dotted = wording · margin =+ ≠=: one mark per passage"
                + " on the line");
        Tips.set(diffKey, "The margin beside each line marks every passage that starts on it, so one line can carry"
                + " several: ≠= a conflict and an agreement, =+ an agreement and a passage only this source has");
        diffKey.getStyleClass().add("legend-hint");
        diffKey.setMinWidth(0);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        legend.getChildren().addAll(grow, diffKey, share);
    }

    private static Node chip(String cls, Kind kind, String text, int count, String tip, boolean shown) {
        Label marker = new Label(StyleClasses.marker(kind));
        marker.getStyleClass().addAll("legend-swatch", cls);
        Label label = new Label(text + "  " + String.format(Locale.ROOT, "%,d", count));
        label.getStyleClass().add("legend-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        marker.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(5, marker, label);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("legend-chip");
        box.setId(cls + "-" + text.toLowerCase(Locale.ROOT).replace(' ', '-'));
        if (!shown) {
            box.getStyleClass().add("legend-hidden");
        }
        Tips.install(box, tip + (shown ? "" : " (hidden by a filter)"));
        return box;
    }

    // ---- reading actions

    private ArticlePane pane(Side side) {
        return side == Side.LEFT ? leftPane : rightPane;
    }

    private void clickAt(Side side, int offset) {
        activeSide = side;
        Selection s = vm.navigation().click(side, offset);
        if (s != null && s.counterpart() != null) {
            double y = pane(side).lineFromTop(s.passage().start());
            bringCounterpart(s, Double.isNaN(y) ? pane(side).area().getViewportHeight() / 4 : y);
        }
    }

    /** Scrolls the other pane so the counterpart stands level with {@code fromTop}, and flashes it. */
    private void bringCounterpart(Selection s, double fromTop) {
        driver = null;
        ArticlePane other = pane(s.side().other());
        other.scrollTo(s.counterpart().start(), fromTop);
        other.flash(s.counterpart().span());
        band.setSelected(s.link());
    }

    private void jumpToCounterpart() {
        Selection s = vm.navigation().jump();
        if (s == null) {
            return;
        }
        double y = pane(s.side()).lineFromTop(s.passage().start());
        bringCounterpart(s, Double.isNaN(y) ? pane(s.side()).area().getViewportHeight() / 4 : y);
        pane(s.side().other()).area().requestFocus();
        activeSide = s.side().other();
    }

    private void navigate(boolean forward, boolean conflicts) {
        Side side = activeSide;
        Selection s = vm.navigation().step(side, pane(side)::visibleRange, forward, conflicts);
        if (s == null) {
            vm.reportStatus(conflicts ? "No conflicts in this pair" : "No differences to go to");
            return;
        }
        bringBoth(s);
    }

    /** Scrolls both panes so the selected pair stands level in the upper quarter, and flashes both. */
    private void bringBoth(Selection s) {
        if (s == null || s.counterpart() == null) {
            return;
        }
        driver = null;
        ArticlePane p = pane(s.side());
        double y = p.area().getViewportHeight() / 4;
        p.scrollTo(s.passage().start(), y);
        pane(s.side().other()).scrollTo(s.counterpart().start(), y);
        p.flash(s.passage().span());
        pane(s.side().other()).flash(s.counterpart().span());
    }

    private void rulerJump(Side side, int offset) {
        activeSide = side;
        Passage p = vm.navigation().rulerTarget(side, offset);
        if (p == null) {
            return;
        }
        ArticlePane pane = pane(side);
        driver = side;
        pane.reveal(p.span());
        pane.flash(p.span());
    }

    private void showSelection(Selection s) {
        Comparison c = vm.comparison();
        List<Span> left = new ArrayList<>();
        List<Span> right = new ArrayList<>();
        if (s != null && c != null) {
            (s.side() == Side.LEFT ? left : right).add(s.passage().span());
            if (s.counterpart() != null) {
                (s.side() == Side.LEFT ? right : left).add(s.counterpart().span());
            }
        }
        leftPane.mark(left);
        rightPane.mark(right);
        band.setSelected(s == null ? null : s.link());
        details.show(c, s);
    }

    /** A pane scrolled: move the other one when synchronized, and redraw the band and rulers. */
    private void scrolled(Side side) {
        pane(side).updateRulerViewport();
        if (vm.syncScrollProperty().get() && driver == side && vm.comparison() != null) {
            ArticlePane src = pane(side);
            Navigation.Anchor a = vm.navigation().syncAnchor(side, src.offsetAtViewport(0.3));
            if (a != null) {
                double y = src.lineFromTop(a.passage().start());
                if (Double.isNaN(y)) {
                    y = src.offsetAtViewport(0) > a.passage().start() ? -1 : src.area().getViewportHeight() / 3;
                }
                pane(side.other()).scrollTo(a.counterpart().start(), Math.max(0, y));
            }
        }
        band.requestRedraw();
    }

    private void font(int step) {
        double size = step == 0 ? dev.parallax.app.viewmodel.Settings.DEFAULT_FONT_SIZE
                : Math.max(9, Math.min(40, vm.fontSizeProperty().get() + step));
        vm.fontSizeProperty().set(size);
    }

    private void applyFont() {
        // the size is a user setting, not a fixed style: set on the areas, everything else stays in CSS
        String style = String.format(Locale.ROOT, "-fx-font-size: %.1fpx; -fx-font-family: \"%s\";",
                vm.fontSizeProperty().get(), vm.settings().fontFamily());
        leftPane.area().setStyle(style);
        rightPane.area().setStyle(style);
        band.requestRedraw();
    }

    /**
     * Makes AtlantaFX's light or dark theme the stylesheet every control starts from. Call it before the first
     * control is made: otherwise JavaFX first loads its own Modena stylesheet, for nothing.
     */
    public static void useTheme(boolean dark) {
        String sheet = dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
        if (!sheet.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(sheet);
        }
    }

    private void applyTheme(boolean dark) {
        useTheme(dark);
        root.getStyleClass().remove("dark");
        if (dark) {
            root.getStyleClass().add("dark");
        }
        Palette p = Palette.of(dark);
        themePanes(dark);
        band.setPalette(p);
        leftPane.ruler().setPalette(p);
        rightPane.ruler().setPalette(p);
    }

    // ---- files

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void chooseFolder() {
        Path dir = dialogs.folder(vm.folderProperty().get());
        if (dir != null) {
            vm.openFolder(dir, null, null);
        }
    }

    /** File > Open two files…: the two articles to compare, from one folder (which opens with them). */
    private void chooseFiles() {
        List<Path> files = dialogs.articles(vm.folderProperty().get());
        if (!files.isEmpty()) {
            openFiles(files);
        }
    }

    /** Opens one or two article files, as dropping them would: see {@link ReaderViewModel#openFiles}. */
    public void openFiles(List<Path> files) {
        vm.openFiles(files);
    }

    /** Help > Keys (F1): every command with its key, from the commands themselves. */
    private void showKeys() {
        StringBuilder b = new StringBuilder();
        for (Command c : commands) {
            if (c.key() != null) {
                b.append(String.format(Locale.ROOT, "%-18s %s%n", c.key().getDisplayText(), c.label()));
            }
        }
        b.append(String.format(Locale.ROOT, "%-18s %s%n", "Enter / Shift+Enter", "next / previous match (in Find)"));
        b.append(String.format(Locale.ROOT, "%-18s %s%n", "Esc", "close Find"));
        javafx.scene.control.TextArea text = new javafx.scene.control.TextArea(b.toString());
        text.setId("keys-text");
        text.setEditable(false);
        text.setStyle("-fx-font-family: monospace;");
        text.setPrefRowCount(Math.min(28, commands.size() + 3));
        text.setPrefColumnCount(56);
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.setTitle("Parallax keys");
        a.setHeaderText("Keys");
        a.getDialogPane().setContent(text);
        a.initOwner(window());
        a.show();
    }

    /** Help > About Parallax. */
    private void showAbout() {
        String version = MainWindow.class.getPackage().getImplementationVersion();
        Alert a = new Alert(Alert.AlertType.INFORMATION, "Parallax" + (version == null ? "" : " " + version)
                + "\nReads two articles about one event side by side: what they share, where they disagree on a"
                + " fact, and what only one of them says.\nThe comparison runs on this computer; nothing is"
                + " sent anywhere and the articles are never modified.");
        a.setTitle("About Parallax");
        a.setHeaderText("Parallax");
        a.initOwner(window());
        a.show();
    }

    private Path chooseTarget(String title, String ext, String description) {
        Path target = dialogs.saveTarget(title, ext, description, ReaderViewModel.exportName(vm.comparison(), ext),
                vm.exportFolder(Path.of(System.getProperty("user.home"))));
        if (target == null) {
            return null;
        }
        if (vm.isInputFile(target)) {
            vm.reportError("Refusing to write over the article " + target.getFileName() + ": choose another name");
            return null;
        }
        if (Files.exists(target) && !dialogs.confirmReplace(target)) {
            return null;
        }
        return target;
    }

    private void exportJson() {
        Path target = chooseTarget("Export the comparison as JSON", "json", "Comparison JSON");
        if (target != null) {
            try {
                vm.exportJson(target);
            } catch (IOException e) {
                vm.reportError(e.getMessage());
            }
        }
    }

    /**
     * Export HTML… (Ctrl+E): writes the annotated HTML report. Disabled until the composition root supplies a
     * renderer with {@link #setHtmlRenderer} (the HtmlReport writer lives in dev.parallax.engine.export).
     */
    public void exportHtml() {
        if (htmlRenderer == null) {
            return;
        }
        Path target = chooseTarget("Export the comparison as an HTML report", "html", "HTML report");
        if (target != null) {
            try {
                vm.exportWith(htmlRenderer, target);
            } catch (IOException e) {
                vm.reportError(e.getMessage());
            }
        }
    }

    /**
     * View > Folder overview… (Ctrl+Shift+O): a window with the heat map of which articles of the open folder
     * share what, filled in by a background scan (cancelled when the window closes); a click on a cell or row
     * opens that pair here.
     */
    public void showOverview() {
        Path dir = vm.folderProperty().get();
        if (dir == null) {
            return;
        }
        if (overviewStage == null) {
            overviewPane = new OverviewPane(new dev.parallax.app.viewmodel.OverviewViewModel(runner));
            overviewPane.setId("overview");
            overviewPane.setOnOpenPair((a, b) -> {
                vm.openPair(a, b);
                Window w = window();
                if (w instanceof Stage main) {
                    main.toFront();
                }
            });
            overviewStage = new Stage();
            overviewStage.initOwner(window());
            Scene scene = new Scene(overviewPane, 980, 720);
            if (root.getScene() != null) {
                scene.getStylesheets().setAll(root.getScene().getStylesheets());
            }
            scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    overviewStage.hide(); // and the scan stops (onHidden)
                    e.consume();
                }
            });
            overviewStage.setScene(scene);
            overviewStage.setOnHidden(e -> overviewPane.cancelScan());
        }
        overviewStage.setTitle("Folder overview: " + dir.getFileName());
        themePanes(vm.darkProperty().get());
        // the reader's articles as listed and read, compared with the reader's engine settings
        overviewPane.viewModel().scan(dir, List.copyOf(vm.articles()), dev.parallax.engine.EngineFactory.defaults()
                .sensitivity(vm.sensitivityProperty().get()));
        overviewStage.show();
        overviewStage.toFront();
    }

    /**
     * View > Claims table… (Ctrl+Shift+C): a window with the claims of the open folder, built by a background
     * task on the window's task runner (cancelled when the window closes); a click on a cell opens that article
     * here beside the one with the claim's main wording, the passage selected.
     */
    public void showClaims() {
        Path dir = vm.folderProperty().get();
        if (dir == null) {
            return;
        }
        if (claimsStage == null) {
            claimsPane = new ClaimsPane(runner);
            claimsPane.setId("claims");
            claimsPane.setOnOpen(this::openAtPassage);
            claimsStage = new Stage();
            claimsStage.initOwner(window());
            javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
            Scene scene = new Scene(claimsPane, Math.min(1560, screen.getWidth() - 80), Math.min(760, screen.getHeight() - 80));
            if (root.getScene() != null) {
                scene.getStylesheets().setAll(root.getScene().getStylesheets());
            }
            claimsStage.setScene(scene);
            claimsStage.setOnHidden(e -> claimsPane.cancelBuild());
        }
        claimsStage.setTitle("Claims table: " + dir.getFileName());
        themePanes(vm.darkProperty().get());
        claimsPane.build(dir, dev.parallax.engine.EngineFactory.defaults()
                .sensitivity(vm.sensitivityProperty().get()).claims());
        claimsStage.show();
        claimsStage.toFront();
    }

    /**
     * Opens a pair from the claims table and, once both panes hold it and have been laid out, selects the
     * passage at the offset and scrolls both panes to it (the left passage and its counterpart, or the main
     * wording when the passage has none).
     */
    private void openAtPassage(ClaimsPane.Open o) {
        javafx.beans.value.ChangeListener<Number> once = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> v, Number was, Number now) {
                Comparison c = vm.comparison();
                if (c == null || !Path.of(c.left().source()).toAbsolutePath().normalize()
                        .equals(o.article().toAbsolutePath().normalize())) {
                    return;
                }
                renders.removeListener(this);
                afterLayout(() -> {
                    Passage p = vm.comparison() == c ? vm.passageAt(Side.LEFT, o.offset()) : null;
                    if (p == null) {
                        return;
                    }
                    activeSide = Side.LEFT;
                    Selection s = vm.select(Side.LEFT, p);
                    if (s != null && s.counterpart() != null) {
                        bringBoth(s);
                    } else {
                        driver = null;
                        leftPane.reveal(p.span());
                        if (o.mainOffset() >= 0) {
                            rightPane.scrollTo(o.mainOffset(), rightPane.area().getViewportHeight() / 4);
                        }
                    }
                });
            }
        };
        renders.addListener(once);
        vm.openPair(o.article(), o.main());
        Window w = window();
        if (w instanceof Stage main) {
            main.toFront();
        }
    }

    /**
     * Runs {@code action} once, right after the next layout pass of the window's scene: a pane given new text
     * has cells to scroll only once it has been laid out.
     */
    private void afterLayout(Runnable action) {
        Scene scene = root.getScene();
        if (scene == null) {
            action.run();
            return;
        }
        Runnable[] self = new Runnable[1];
        self[0] = () -> {
            scene.removePostLayoutPulseListener(self[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(self[0]);
        javafx.application.Platform.requestNextPulse();
    }

    /** The overview and claims windows follow the theme: reader.css's dark colours and the dark palette. */
    private void themePanes(boolean dark) {
        if (overviewPane != null) {
            overviewPane.setPalette(Palette.of(dark), dark);
        }
        if (claimsPane != null) {
            claimsPane.getStyleClass().remove("dark");
            if (dark) {
                claimsPane.getStyleClass().add("dark");
            }
        }
    }

    /** The claims window's pane, once opened (for tests). */
    public ClaimsPane claimsPane() {
        return claimsPane;
    }

    /** The overview window's pane, once opened (for tests). */
    public OverviewPane overviewPane() {
        return overviewPane;
    }

    /** Enables Export HTML… with this renderer (comparison to a complete HTML document). */
    public void setHtmlRenderer(Function<Comparison, String> renderer) {
        this.htmlRenderer = renderer;
        noHtmlExport.set(renderer == null);
    }

    // ---- for the app and tests

    public Scene scene(double width, double height) {
        return new Scene(root, width, height);
    }

    public BorderPane root() {
        return root;
    }

    /** Counts the comparisons shown; the probe and the snapshot wait for it. */
    public ReadOnlyIntegerProperty rendersProperty() {
        return renders.getReadOnlyProperty();
    }

    public ArticlePane pane(boolean left) {
        return left ? leftPane : rightPane;
    }

    public ConnectorBand band() {
        return band;
    }

    /** The find bar (for tests). */
    FindBar findBar() {
        return findBar;
    }

    public void setActiveSide(Side side) {
        activeSide = side;
    }

    /** Runs a command by id (as the menu would), for tests and scripting. */
    public void run(String commandId) {
        commands.stream().filter(c -> c.id().equals(commandId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no command " + commandId)).run();
    }
}
