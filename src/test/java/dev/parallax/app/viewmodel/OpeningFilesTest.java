package dev.parallax.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.app.task.SameThreadTaskRunner;
import dev.parallax.engine.EngineFactory;
import dev.parallax.engine.result.Comparison;
import dev.parallax.engine.text.ArticleLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which chosen or dropped files the reader opens, and the name an export proposes: decided by the view model,
 * checked here without a window or the FX toolkit (a refusal starts no background work).
 */
class OpeningFilesTest {

    static final Path LEFT = Path.of("seeds/000_aeb0b849679dcb8d.txt");
    static final Path RIGHT = Path.of("seeds/002_865976831600feca.txt");

    final Settings settings = new Settings(SettingsStore.inMemory());
    final ReaderViewModel vm = new ReaderViewModel(new SameThreadTaskRunner(), settings,
            new FolderScanner(ArticleLoader.create()), s -> EngineFactory.defaults().sensitivity(s).engine());

    @Test
    void threeFilesAreRefusedWithOneLineAndNothingOpens() {
        vm.openFiles(List.of(LEFT, RIGHT, LEFT));
        assertEquals("Choose two articles, not 3", vm.errorProperty().get());
        assertNull(vm.folderProperty().get());
        assertTrue(settings.recentFolders().isEmpty(), "no folder was remembered");
    }

    @Test
    void twoFilesFromDifferentFoldersAreRefused(@TempDir Path elsewhere) throws Exception {
        Path copy = Files.copy(RIGHT, elsewhere.resolve(RIGHT.getFileName()));
        vm.openFiles(List.of(LEFT, copy));
        assertEquals("Choose two articles from the same folder (Parallax opens their folder)",
                vm.errorProperty().get());
        assertNull(vm.folderProperty().get());
    }

    @Test
    void anExportProposesBothArticleNamesWithoutTheirExtensions() throws Exception {
        ArticleLoader loader = ArticleLoader.create();
        Comparison c = EngineFactory.defaults().engine().compare(loader.load(LEFT), loader.load(RIGHT));
        assertEquals("000_aeb0b849679dcb8d_vs_002_865976831600feca.json", ReaderViewModel.exportName(c, "json"));
        assertEquals("000_aeb0b849679dcb8d_vs_002_865976831600feca.html", ReaderViewModel.exportName(c, "html"));
    }
}
