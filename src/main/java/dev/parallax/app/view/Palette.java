package dev.parallax.app.view;

import dev.parallax.app.view.style.StyleClasses;
import dev.parallax.engine.result.Kind;
import java.util.Collection;
import javafx.scene.paint.Color;

/**
 * Colours for what is drawn on canvases (ruler, connector band, the folder overview's heat map), matching the
 * stylesheet's colours (reader.css, the source for everything styled by CSS).
 * Okabe-Ito hues (blue, vermilion) and a neutral grey, safe for the common colour-vision deficiencies; shapes and
 * markers carry the same information.
 */
public record Palette(Color agree, Color conflict, Color unique, Color rulerBackground, Color viewport,
                      Color paper, Color text, Color highlight) {

    /** paper, text and highlight are reader.css's {@code -px-paper}, {@code -px-text} and {@code -px-flash}. */
    public static final Palette LIGHT = new Palette(Color.web("#0072B2"), Color.web("#D55E00"),
            Color.web("#B4B4BC"), Color.web("#f3f3f3"), Color.web("#333333"),
            Color.web("#ffffff"), Color.web("#1b1b1b"), Color.web("#ffe14d"));
    public static final Palette DARK = new Palette(Color.web("#56B4E9"), Color.web("#E69F00").interpolate(
            Color.web("#D55E00"), 0.5), Color.web("#6E7681"), Color.web("#22272e"), Color.web("#cccccc"),
            Color.web("#161b22"), Color.web("#e6e6e6"), Color.web("#8a7a00"));

    /** The palette of the light or the dark theme. */
    public static Palette of(boolean dark) {
        return dark ? DARK : LIGHT;
    }

    public Color of(Kind k) {
        return switch (k) {
            case AGREE -> agree;
            case CONFLICT -> conflict;
            case UNIQUE -> unique;
        };
    }

    /** The colour of a run with these CSS classes on the ruler, or null when it is not highlighted. */
    Color forClasses(Collection<String> classes) {
        if (classes.contains(StyleClasses.of(Kind.CONFLICT))) {
            return conflict;
        }
        if (classes.contains(StyleClasses.of(Kind.AGREE))) {
            return agree;
        }
        if (classes.contains(StyleClasses.of(Kind.UNIQUE))) {
            return unique.deriveColor(0, 1, 1, 0.55);
        }
        return null;
    }
}
