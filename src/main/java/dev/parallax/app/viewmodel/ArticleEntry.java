package dev.parallax.app.viewmodel;

import dev.parallax.engine.text.Article;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One file of the open folder as the sidebar lists it: read, or not readable with the reason.
 *
 * @param path    the file
 * @param article the article, or null when the file cannot be read
 * @param error   why it cannot be read, or null
 * @param words   the article's word count, counted once (a list cell asks for it on every repaint)
 */
public record ArticleEntry(Path path, Article article, String error, int words) {

    public ArticleEntry {
        Objects.requireNonNull(path, "path");
        if ((article == null) == (error == null)) {
            throw new IllegalArgumentException("an entry has an article or an error, not both");
        }
    }

    public static ArticleEntry of(Path path, Article article) {
        return new ArticleEntry(path, article, null, article.wordCount());
    }

    public static ArticleEntry failed(Path path, String error) {
        return new ArticleEntry(path, null, error, 0);
    }

    public boolean readable() {
        return article != null;
    }

    public String fileName() {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }

    /** The headline, or the file name when the file has none or cannot be read. */
    public String title() {
        return article == null || article.title().isBlank() ? fileName() : article.title();
    }

    /** The publishing site when known, else the file name. */
    public String sourceName() {
        return article == null || article.site().isBlank() ? fileName() : article.site();
    }

    public String date() {
        return article == null ? "" : article.date();
    }
}
