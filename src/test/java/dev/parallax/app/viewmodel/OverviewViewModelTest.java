package dev.parallax.app.viewmodel;

import static dev.parallax.app.viewmodel.ReaderViewModelTest.fx;
import static dev.parallax.app.viewmodel.ReaderViewModelTest.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.app.task.SameThreadTaskRunner;
import dev.parallax.engine.EngineFactory;
import dev.parallax.engine.corpus.Candidates;
import dev.parallax.engine.corpus.Document;
import dev.parallax.engine.text.ArticleLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The overview's model: the reader's articles as loaded, scanned on the task runner, small folders in full. */
class OverviewViewModelTest {

    static final Path PAIRS = Path.of("src/test/resources/eval/wikinews-rewrites/pairs");

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    /** The two seeds and {@code stories} Wikinews stories (original and rewrite) in one folder. */
    private Path folder(int stories) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("folder"));
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            for (Path p : s.toList()) {
                Files.copy(p, folder.resolve(p.getFileName()));
            }
        }
        try (Stream<Path> s = Files.list(PAIRS)) {
            List<Path> dirs = s.sorted().limit(stories).toList();
            for (int n = 0; n < dirs.size(); n++) {
                Files.copy(dirs.get(n).resolve("left.txt"), folder.resolve(String.format("w%02d-a.txt", n)));
                Files.copy(dirs.get(n).resolve("right.txt"), folder.resolve(String.format("w%02d-b.txt", n)));
            }
        }
        return folder;
    }

    @Test
    void aSmallFolderIsComparedInFullAndNoPairIsLeftUnexplained() throws Exception {
        Path folder = folder(4);
        List<ArticleEntry> listed = new FolderScanner(ArticleLoader.create()).scan(folder);
        assertEquals(10, listed.size());
        OverviewViewModel vm = new OverviewViewModel(new SameThreadTaskRunner());
        fx(() -> vm.scan(folder, listed, EngineFactory.defaults()));
        settle();
        assertTrue(vm.completeProperty().get());
        assertEquals(10 * 9 / 2, vm.pairs().size(), "every pair of a folder of " + Candidates.COMPARE_ALL_UP_TO
                + " or fewer articles is scored, so the overview has a number for every pair the reader compares");
        String status = vm.task().messageProperty().get();
        assertTrue(status.startsWith("10 articles, 0 skipped; all 45 pairs compared passage by passage"), status);
        // the words for a pair without a score never say "candidate", and a large folder's say why
        for (int n : new int[] {10, 200}) {
            for (boolean complete : new boolean[] {false, true}) {
                assertFalse(OverviewViewModel.unscored(complete, n).contains("candidate"));
            }
        }
        assertTrue(OverviewViewModel.unscored(true, 200).contains("share too few"));
    }

    @Test
    void theSeedsAreOnePairComparedAndSaySo() throws Exception {
        Path folder = folder(0);
        List<ArticleEntry> listed = new FolderScanner(ArticleLoader.create()).scan(folder);
        OverviewViewModel vm = new OverviewViewModel(new SameThreadTaskRunner());
        fx(() -> vm.scan(folder, listed, EngineFactory.defaults()));
        settle();
        assertEquals(1, vm.pairs().size());
        assertTrue(vm.pairs().get(0).sharedShare() > 0, "the seed pair shares text");
        assertTrue(vm.task().messageProperty().get().contains("the one pair compared"),
                vm.task().messageProperty().get());
    }

    @Test
    void theScanUsesTheArticlesTheReaderLoadedAndReadsNoFile() throws Exception {
        Path folder = folder(2);
        List<ArticleEntry> listed = new FolderScanner(ArticleLoader.create()).scan(folder);
        for (ArticleEntry e : listed) {
            Files.writeString(e.path(), "changed on disk after the reader read it\n");
        }
        OverviewViewModel vm = new OverviewViewModel(new SameThreadTaskRunner());
        fx(() -> vm.scan(folder, listed, EngineFactory.defaults()));
        settle();
        List<String> ids = vm.documents().stream().map(Document::id).toList();
        assertEquals(listed.stream().map(ArticleEntry::fileName).toList(), ids, "the reader's list, in its order");
        for (Document d : vm.documents()) {
            assertFalse(d.article().text().contains("changed on disk"), d.id() + " was read again");
        }
        assertEquals(6 * 5 / 2, vm.pairs().size());
    }
}
