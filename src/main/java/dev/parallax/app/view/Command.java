package dev.parallax.app.view;

import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCombination;

/**
 * One user command, defined once: label, shortcut, action and when it is disabled. Menus and toolbar buttons
 * are made from it so they never disagree.
 */
public final class Command {

    private final String id;
    private final String label;
    private final KeyCombination key;
    private final Runnable action;
    private final ObservableBooleanValue disabled;
    private final java.util.List<KeyCombination> alternatives = new java.util.ArrayList<>();
    private BooleanProperty selected;
    private String tip;

    public Command(String id, String label, KeyCombination key, Runnable action, ObservableBooleanValue disabled) {
        this.id = id;
        this.label = label;
        this.key = key;
        this.action = action;
        this.disabled = disabled;
    }

    /**
     * A command that switches {@code state} on and off: its menu item is a check item and its toolbar button
     * a toggle button, both bound to the one property.
     */
    public static Command toggle(String id, String label, KeyCombination key, BooleanProperty state, String tip) {
        Command c = new Command(id, label, key, () -> state.set(!state.get()), null);
        c.selected = state;
        c.tip = tip;
        return c;
    }

    public MenuItem menuItem() {
        if (selected != null) {
            CheckMenuItem m = new CheckMenuItem(label);
            m.setId("menu-" + id);
            if (key != null) {
                m.setAccelerator(key);
            }
            m.selectedProperty().bindBidirectional(selected);
            return m;
        }
        MenuItem m = new MenuItem(label);
        m.setId("menu-" + id);
        if (key != null) {
            m.setAccelerator(key);
        }
        m.setOnAction(e -> run());
        if (disabled != null) {
            m.disableProperty().bind(disabled);
        }
        return m;
    }

    public Button button(String text) {
        Button b = new Button(text);
        b.setId("button-" + id);
        b.setFocusTraversable(false);
        Tips.set(b, label.replace("…", "") + (key == null ? "" : "  (" + key.getDisplayText() + ")"));
        b.setOnAction(e -> run());
        if (disabled != null) {
            b.disableProperty().bind(disabled);
        }
        return b;
    }

    /** The toolbar's toggle button of a {@link #toggle} command. */
    public ToggleButton toggleButton(String text) {
        if (selected == null) {
            throw new IllegalStateException(id + " is not a toggle");
        }
        ToggleButton b = new ToggleButton(text);
        b.setId("toggle-" + id);
        b.setFocusTraversable(false);
        b.selectedProperty().bindBidirectional(selected);
        Tips.set(b, (tip == null ? label : tip) + (key == null ? "" : "  (" + key.getDisplayText() + ")"));
        return b;
    }

    /** Runs the command unless it is disabled. */
    public void run() {
        if (disabled == null || !disabled.get()) {
            action.run();
        }
    }

    /** Also runs on these keys (e.g. the keypad's plus), without showing them in the menu. */
    public Command alsoOn(KeyCombination... keys) {
        alternatives.addAll(java.util.List.of(keys));
        return this;
    }

    public boolean matches(javafx.scene.input.KeyEvent e) {
        return key != null && key.match(e) || alternatives.stream().anyMatch(k -> k.match(e));
    }

    public String id() {
        return id;
    }

    /** The menu label. */
    public String label() {
        return label;
    }

    /** The shortcut shown in the menu, or null. */
    public KeyCombination key() {
        return key;
    }
}
