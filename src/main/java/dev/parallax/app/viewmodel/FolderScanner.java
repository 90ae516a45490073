package dev.parallax.app.viewmodel;

import dev.parallax.engine.export.OwnReports;
import dev.parallax.engine.text.Article;
import dev.parallax.engine.text.ArticleLoader;
import dev.parallax.engine.text.Format;
import dev.parallax.engine.text.UnreadableInputException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Reads every file of a folder into {@link ArticleEntry}s; never writes, never throws for one bad file. */
public final class FolderScanner {

    private final ArticleLoader loader;

    public FolderScanner(ArticleLoader loader) {
        this.loader = loader;
    }

    /**
     * The folder's files in name order. Articles (.txt, .md, .html) are read; any other visible file is listed
     * with the reason it is not read, so a stray image shows up instead of silently vanishing. A report Parallax
     * wrote (HTML or JSON, {@link OwnReports}) is not an article and is left out.
     */
    public List<ArticleEntry> scan(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder)) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                if (!name.startsWith(".") && !name.endsWith("~") && Files.isRegularFile(p)
                        && !OwnReports.isOwnReport(p)) {
                    files.add(p);
                }
            }
        }
        files.sort(Comparator.comparing(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT)));
        List<ArticleEntry> out = new ArrayList<>(files.size());
        for (Path p : files) {
            out.add(read(p));
        }
        return out;
    }

    /** Reads one file into an entry, turning every failure into an entry with a reason. */
    public ArticleEntry read(Path p) {
        if (!Format.isArticleName(p)) {
            return ArticleEntry.failed(p, "not a text, Markdown or HTML article");
        }
        try {
            Article a = loader.load(p);
            return ArticleEntry.of(p, a);
        } catch (UnreadableInputException e) {
            return ArticleEntry.failed(p, e.reason());
        } catch (RuntimeException e) {
            return ArticleEntry.failed(p, "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }
}
