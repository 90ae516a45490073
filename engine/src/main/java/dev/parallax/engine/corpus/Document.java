package dev.parallax.engine.corpus;

import dev.parallax.engine.text.Article;
import java.util.Objects;

/**
 * One article of a scanned collection, under a stable id (in a folder scan: its path relative to the folder,
 * with '/' separators).
 *
 * @param id      unique within the collection; never null
 * @param article the article; never null
 */
public record Document(String id, Article article) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(article, "article");
    }
}
