package dev.parallax.app.viewmodel;

/** One of the two reading panes. */
public enum Side {
    LEFT, RIGHT;

    public Side other() {
        return this == LEFT ? RIGHT : LEFT;
    }
}
