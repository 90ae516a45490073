package dev.parallax.engine.text;

import java.nio.file.Path;
import java.util.Locale;

/** The file formats Parallax reads. */
public enum Format {
    TEXT, MARKDOWN, HTML;

    /** The format a file name implies; anything not Markdown or HTML is read as plain text. */
    public static Format of(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return MARKDOWN;
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return HTML;
        }
        return TEXT;
    }

    /** Whether Parallax lists files with this name in a folder. */
    public static boolean isArticleName(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(".txt") || name.endsWith(".text") || name.endsWith(".md")
                || name.endsWith(".markdown") || name.endsWith(".html") || name.endsWith(".htm")
                || name.endsWith(".xhtml"));
    }
}
