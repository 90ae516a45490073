package dev.parallax.app.viewmodel;

import dev.parallax.engine.corpus.FolderScan;
import dev.parallax.engine.corpus.ScanResult;
import dev.parallax.engine.export.OwnReports;
import dev.parallax.engine.text.Article;
import dev.parallax.engine.text.ArticleLoader;
import dev.parallax.engine.text.Format;
import dev.parallax.engine.text.UnreadableInputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Reads every file of a folder into {@link ArticleEntry}s; never writes, never throws for one bad file. */
public final class FolderScanner {

    private final ArticleLoader loader;

    public FolderScanner(ArticleLoader loader) {
        this.loader = loader;
    }

    /**
     * The folder's files as the engine's scan lists them ({@link FolderScan#listing}, the one listing policy:
     * any depth, hidden entries and Parallax's own reports ({@link OwnReports}) left out), in the order of their
     * path inside the folder, ignoring case. Articles (.txt, .md, .html) are read; any other visible file is
     * listed with the reason it is not read, so a stray image shows up instead of silently vanishing, and so is
     * an entry the walk could not use (an unreadable subfolder, a dangling link).
     */
    public List<ArticleEntry> scan(Path folder) throws IOException {
        FolderScan.Listing listing = FolderScan.listing(folder);
        List<ArticleEntry> out = new ArrayList<>();
        for (Path p : listing.files()) {
            out.add(read(p));
        }
        for (ScanResult.Skipped s : listing.skipped()) {
            out.add(ArticleEntry.failed(s.file(), s.reason()));
        }
        for (Path p : listing.others()) {
            out.add(read(p));
        }
        out.sort(Comparator.comparing((ArticleEntry e) -> FolderScan.idOf(folder, e.path()).toLowerCase(Locale.ROOT))
                .thenComparing(e -> FolderScan.idOf(folder, e.path())));
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
