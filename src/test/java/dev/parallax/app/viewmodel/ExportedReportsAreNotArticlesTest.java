package dev.parallax.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.app.task.SameThreadTaskRunner;
import dev.parallax.engine.align.ComparisonEngine;
import dev.parallax.engine.corpus.FolderScan;
import dev.parallax.engine.export.HtmlReport;
import dev.parallax.engine.export.OwnReports;
import dev.parallax.engine.export.ReportInfo;
import dev.parallax.engine.text.ArticleLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report exported from the reader (HTML and JSON) is never taken for an article: not listed by the reader,
 * not scanned, and the save dialog does not start in the folder of articles in the first place.
 */
class ExportedReportsAreNotArticlesTest {

    static final String LEFT = "000_aeb0b849679dcb8d.txt";
    static final String RIGHT = "002_865976831600feca.txt";

    @org.junit.jupiter.api.BeforeAll
    static void toolkit() throws Exception {
        ReaderViewModelTest.toolkit();
    }

    ReaderViewModel vm(Settings settings) {
        return new ReaderViewModel(new SameThreadTaskRunner(), settings, new FolderScanner(ArticleLoader.create()),
                s -> ComparisonEngine.builder().sensitivity(s).build());
    }

    @Test
    void reportsSavedIntoTheFolderAreLeftOutOfTheListAndTheScan(@TempDir Path dir) throws Exception {
        for (String f : new String[] {LEFT, RIGHT}) {
            Files.copy(Path.of("seeds", f), dir.resolve(f));
        }
        ReaderViewModel vm = vm(new Settings(SettingsStore.inMemory()));
        ReaderViewModelTest.fx(() -> vm.openFolder(dir, dir.resolve(LEFT), dir.resolve(RIGHT)));
        ReaderViewModelTest.settle();
        vm.exportWith(c -> HtmlReport.render(c, ReportInfo.now("test", "sensitivity 0.50")), dir.resolve("report.html"));
        vm.exportJson(dir.resolve("report.json"));
        assertTrue(OwnReports.isOwnReport(dir.resolve("report.html")));
        assertTrue(OwnReports.isOwnReport(dir.resolve("report.json")));
        assertFalse(OwnReports.isOwnReport(dir.resolve(LEFT)));

        List<ArticleEntry> listed = new FolderScanner(ArticleLoader.create()).scan(dir);
        assertEquals(List.of(LEFT, RIGHT), listed.stream().map(ArticleEntry::fileName).toList(),
                "the reader lists the two articles, not the reports");
        assertEquals(List.of(dir.resolve(LEFT), dir.resolve(RIGHT)), FolderScan.articleFiles(dir),
                "the scan and the overview leave the reports out too");
        // a saved web page that merely mentions Parallax is still an article
        Files.writeString(dir.resolve("page.html"), "<html><head><meta name=\"generator\" content=\"WordPress\">"
                + "<title>Parallax bars</title></head><body><p>Parallax is a word.</p></body></html>");
        assertTrue(FolderScan.articleFiles(dir).contains(dir.resolve("page.html")));
    }

    @Test
    void theSaveDialogStartsInTheLastExportFolderElseDocumentsElseHomeNeverTheOpenFolder(@TempDir Path tmp)
            throws Exception {
        Path home = Files.createDirectories(tmp.resolve("home"));
        Path articles = Files.createDirectories(home.resolve("articles"));
        Files.copy(Path.of("seeds", LEFT), articles.resolve(LEFT));
        Files.copy(Path.of("seeds", RIGHT), articles.resolve(RIGHT));
        Settings settings = new Settings(SettingsStore.inMemory());
        ReaderViewModel vm = vm(settings);
        ReaderViewModelTest.fx(() -> vm.openFolder(articles, null, null));
        ReaderViewModelTest.settle();
        assertEquals(home, vm.exportFolder(home), "no Documents folder: the home folder");
        Path docs = Files.createDirectories(home.resolve("Documents"));
        assertEquals(docs, vm.exportFolder(home));
        Path reports = Files.createDirectories(tmp.resolve("reports"));
        vm.exportJson(reports.resolve("a.json"));
        assertEquals(reports, vm.exportFolder(home), "the folder of the last export");
        vm.exportJson(articles.resolve("b.json")); // the user chose the articles' folder once
        assertEquals(docs, vm.exportFolder(home), "never the open folder of articles");
    }
}
