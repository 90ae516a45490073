package dev.parallax.app.viewmodel;

import static dev.parallax.app.viewmodel.ReaderViewModelTest.fx;
import static dev.parallax.app.viewmodel.ReaderViewModelTest.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.app.task.SameThreadTaskRunner;
import dev.parallax.engine.EngineFactory;
import dev.parallax.engine.align.ComparisonEngine;
import dev.parallax.engine.corpus.FolderScan;
import dev.parallax.engine.corpus.PairScore;
import dev.parallax.engine.corpus.ScanListener;
import dev.parallax.engine.corpus.ScanResult;
import dev.parallax.engine.text.ArticleLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader's list and the engine's scan (and so the claims table) list a folder by one policy: a pair the scan
 * names, even in a subfolder, is one the reader opens (issue 11, breakage 5: "not in the open folder").
 */
class OneListingPolicyTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    @Test
    void aPairTheScanFindsInASubfolderIsOneTheReaderListsAndOpens() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("folder"));
        Files.copy(Path.of("seeds/000_aeb0b849679dcb8d.txt"), folder.resolve("a.txt"));
        Files.createDirectories(folder.resolve("more"));
        Files.copy(Path.of("seeds/002_865976831600feca.txt"), folder.resolve("more/b.txt"));
        Files.createDirectories(folder.resolve(".cache"));
        Files.writeString(folder.resolve(".cache/hidden.txt"), "a hidden copy\n");
        Files.writeString(folder.resolve("notes.txt~"), "an editor's backup\n");
        Files.write(folder.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        List<ArticleEntry> listed = new FolderScanner(ArticleLoader.create()).scan(folder);
        assertEquals(List.of("a.txt", "more/b.txt", "photo.png"),
                listed.stream().map(e -> FolderScan.idOf(folder, e.path())).toList(), "the reader's list");
        assertEquals(listed.stream().filter(ArticleEntry::readable).map(ArticleEntry::path).toList(),
                FolderScan.listing(folder).files(), "the scan reads exactly the reader's readable entries");

        ScanResult r = EngineFactory.defaults().scan().scan(folder, ScanListener.NONE);
        assertEquals(1, r.pairs().size());
        PairScore p = r.pairs().get(0);

        ReaderViewModel vm = new ReaderViewModel(new SameThreadTaskRunner(), new Settings(SettingsStore.inMemory()),
                new FolderScanner(ArticleLoader.create()), s -> ComparisonEngine.builder().sensitivity(s).build());
        fx(() -> vm.openFolder(folder, null, null));
        settle();
        fx(() -> vm.openPair(folder.resolve(p.b()), folder.resolve(p.a())));
        settle();
        assertEquals("", vm.errorProperty().get(), "the scan's pair is in the open folder");
        assertNotNull(vm.comparison());
        assertTrue(vm.comparison().left().source().endsWith(p.b()), vm.comparison().left().source());
    }
}
