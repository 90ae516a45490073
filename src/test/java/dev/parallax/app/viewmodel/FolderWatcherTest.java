package dev.parallax.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article saved into the open folder is noticed without a restart. */
class FolderWatcherTest {

    @Test
    void aFileSavedIntoTheFolderIsReported(@TempDir Path dir) throws Exception {
        CountDownLatch changed = new CountDownLatch(1);
        try (FolderWatcher w = new FolderWatcher(dir, Runnable::run, changed::countDown)) {
            Files.writeString(dir.resolve("new-article.txt"), "A new report arrived today.");
            assertTrue(changed.await(20, TimeUnit.SECONDS), "the change was reported");
        }
    }

    @Test
    void theScannerListsTheNewFileOnTheNextRead(@TempDir Path dir) throws Exception {
        FolderScanner scanner = new FolderScanner(dev.parallax.engine.text.ArticleLoader.create());
        assertTrue(scanner.scan(dir).isEmpty());
        Files.writeString(dir.resolve("a.txt"), "The council approved the budget on Monday.");
        assertTrue(scanner.scan(dir).stream().anyMatch(e -> e.fileName().equals("a.txt") && e.readable()));
    }
}
