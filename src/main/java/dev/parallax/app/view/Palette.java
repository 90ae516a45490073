package dev.parallax.app.view;

import dev.parallax.app.view.style.StyleClasses;
import dev.parallax.engine.result.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;

/**
 * Colours for what is drawn on canvases (ruler, connector band, the folder overview's heat map). The colours the
 * stylesheet also has (the kinds' lines, paper, text, highlight) are read from reader.css, the one source for
 * them, so a canvas and the text beside it never disagree; the rest are the canvases' own.
 * Okabe-Ito hues (blue, vermilion) and a neutral grey, safe for the common colour-vision deficiencies; shapes and
 * markers carry the same information.
 */
public record Palette(Color agree, Color conflict, Color unique, Color rulerBackground, Color viewport,
                      Color paper, Color text, Color highlight) {

    /** agree, conflict, paper, text and highlight are reader.css's {@code -px-agree-line},
     *  {@code -px-conflict-line}, {@code -px-paper}, {@code -px-text} and {@code -px-flash}. */
    public static final Palette LIGHT = fromStylesheet(false, Color.web("#B4B4BC"), Color.web("#f3f3f3"),
            Color.web("#333333"));
    public static final Palette DARK = fromStylesheet(true, Color.web("#6E7681"), Color.web("#22272e"),
            Color.web("#cccccc"));

    private static Palette fromStylesheet(boolean dark, Color unique, Color rulerBackground, Color viewport) {
        Map<String, Color> css = stylesheetColours(dark);
        java.util.function.Function<String, Color> need = name -> Objects.requireNonNull(css.get(name),
                () -> "reader.css declares no " + name + (dark ? " for the dark theme" : ""));
        return new Palette(need.apply("-px-agree-line"), need.apply("-px-conflict-line"), unique, rulerBackground,
                viewport, need.apply("-px-paper"), need.apply("-px-text"), need.apply("-px-flash"));
    }

    /**
     * The {@code -px-*} colours reader.css declares for the light theme (its {@code .reader-root, ...} block) or
     * the dark one ({@code .reader-root.dark, ...}).
     */
    static Map<String, Color> stylesheetColours(boolean dark) {
        String css;
        try (InputStream in = Objects.requireNonNull(Palette.class.getResourceAsStream("reader.css"), "reader.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher block = Pattern.compile("(\\.reader-root[^{]*)\\{([^}]*)}").matcher(css);
        while (block.find()) {
            if (block.group(1).strip().startsWith(dark ? ".reader-root.dark" : ".reader-root,")) {
                Map<String, Color> out = new HashMap<>();
                Matcher decl = Pattern.compile("(-px-[a-z-]+)\\s*:\\s*(#[0-9a-fA-F]{3,8})\\s*;").matcher(block.group(2));
                while (decl.find()) {
                    out.put(decl.group(1), Color.web(decl.group(2)));
                }
                return out;
            }
        }
        throw new IllegalStateException("reader.css has no " + (dark ? "dark" : "light") + " colour block");
    }

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
