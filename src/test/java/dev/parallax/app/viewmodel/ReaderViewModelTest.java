package dev.parallax.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.app.task.SameThreadTaskRunner;
import dev.parallax.engine.align.ComparisonEngine;
import dev.parallax.engine.result.Kind;
import dev.parallax.engine.result.Link;
import dev.parallax.engine.text.ArticleLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view-model without a window: opening, pairing, filters, export safety (navigation: NavigationTest). */
class ReaderViewModelTest {

    static final Path SEEDS = Path.of("seeds");

    @BeforeAll
    static void toolkit() throws Exception {
        // started the way TestFX starts it, so UI tests in the same JVM find the toolkit as they expect
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    /** Runs on the FX thread (tasks check it) and waits. */
    static void fx(Runnable r) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Throwable[] failure = new Throwable[1];
        Platform.runLater(() -> {
            try {
                r.run();
            } catch (Throwable t) {
                failure[0] = t;
            } finally {
                done.countDown();
            }
        });
        assertTrue(done.await(60, TimeUnit.SECONDS));
        if (failure[0] instanceof Error e) {
            throw e;
        }
        if (failure[0] != null) {
            throw new AssertionError(failure[0]);
        }
    }

    /** Lets queued task results (and the work they start) arrive. */
    static void settle() throws Exception {
        for (int i = 0; i < 8; i++) {
            fx(() -> { });
        }
    }

    static ReaderViewModel seeds(Settings settings) throws Exception {
        ReaderViewModel vm = new ReaderViewModel(new SameThreadTaskRunner(), settings,
                new FolderScanner(ArticleLoader.create()), s -> ComparisonEngine.builder().sensitivity(s).build());
        fx(() -> vm.openFolder(SEEDS, null, null));
        settle();
        assertNotNull(vm.comparison(), () -> "status: " + vm.statusProperty().get() + " error: " + vm.errorProperty().get());
        return vm;
    }

    @Test
    void openingAFolderPicksTheFirstTwoArticlesAndRemembersTheFolder() throws Exception {
        Settings settings = new Settings(SettingsStore.inMemory());
        ReaderViewModel vm = seeds(settings);
        assertEquals("000_aeb0b849679dcb8d.txt", vm.leftProperty().get().fileName());
        assertEquals("002_865976831600feca.txt", vm.rightProperty().get().fileName());
        assertNotNull(vm.comparison());
        assertEquals(SEEDS.toAbsolutePath().normalize(), settings.lastFolder());
        assertTrue(vm.statusProperty().get().startsWith("Compared in"), vm.statusProperty().get());
    }

    @Test
    void swappingSidesComparesTheOtherWayRound() throws Exception {
        ReaderViewModel vm = seeds(new Settings(SettingsStore.inMemory()));
        String leftTitle = vm.comparison().left().title();
        fx(vm::swap);
        settle();
        assertEquals(leftTitle, vm.comparison().right().title());
    }

    @Test
    void theOnlyConflictsFilterLeavesOnlyConflictLinksToVisit() throws Exception {
        ReaderViewModel vm = seeds(new Settings(SettingsStore.inMemory()));
        fx(() -> vm.onlyConflictsProperty().set(true));
        Link l = vm.navigation().nextLink(Side.RIGHT, -1, true, false);
        assertEquals(Kind.CONFLICT, l.kind());
        assertFalse(vm.isShown(Kind.AGREE));
        assertTrue(vm.isShown(Kind.CONFLICT));
    }

    @Test
    void exportRefusesToWriteOverAnInputArticle() throws Exception {
        ReaderViewModel vm = seeds(new Settings(SettingsStore.inMemory()));
        Path input = SEEDS.resolve("000_aeb0b849679dcb8d.txt");
        byte[] before = Files.readAllBytes(input);
        IOException e = assertThrows(IOException.class, () -> vm.exportJson(input));
        assertTrue(e.getMessage().contains("refusing"), e.getMessage());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(input)));
    }

    @Test
    void exportWritesTheComparisonJson(@TempDir Path dir) throws Exception {
        ReaderViewModel vm = seeds(new Settings(SettingsStore.inMemory()));
        Path out = dir.resolve("pair.json");
        vm.exportJson(out);
        String json = Files.readString(out);
        assertTrue(json.contains("\"links\""));
        assertTrue(json.contains("\"kind\" : \"conflict\"") || json.contains("\"kind\":\"conflict\""), json.substring(0, 200));
    }

    @Test
    void fontSizeIsRemembered() throws Exception {
        Settings settings = new Settings(SettingsStore.inMemory());
        ReaderViewModel vm = seeds(settings);
        fx(() -> vm.fontSizeProperty().set(19));
        assertEquals(19, settings.fontSize());
    }

    @Test
    void aComparisonRunsInTheBackgroundAndCanBeCancelled() throws Exception {
        dev.parallax.app.task.ExecutorTaskRunner runner = new dev.parallax.app.task.ExecutorTaskRunner("test", 1);
        try {
            ReaderViewModel vm = new ReaderViewModel(runner, new Settings(SettingsStore.inMemory()),
                    new FolderScanner(ArticleLoader.create()), s -> ComparisonEngine.builder().sensitivity(s).build());
            ArticleLoader loader = ArticleLoader.create();
            Path l = SEEDS.resolve("000_aeb0b849679dcb8d.txt");
            Path r = SEEDS.resolve("002_865976831600feca.txt");
            fx(() -> {
                vm.leftProperty().set(ArticleEntry.of(l, load(loader, l)));
                vm.rightProperty().set(ArticleEntry.of(r, load(loader, r)));
                vm.compare();
                assertTrue(vm.busyProperty().get(), "running, and the FX thread is free meanwhile");
                vm.cancel();
            });
            for (int i = 0; i < 50 && vm.busyProperty().get(); i++) {
                Thread.sleep(100);
                fx(() -> { });
            }
            assertFalse(vm.busyProperty().get());
            assertEquals(null, vm.comparison(), "a cancelled comparison shows nothing new");
            assertEquals("Comparison cancelled", vm.statusProperty().get());
        } finally {
            runner.shutdown();
        }
    }

    /** Counts the jobs it is given, then runs them at once on the calling thread. */
    static final class CountingRunner implements dev.parallax.app.task.TaskRunner {
        final SameThreadTaskRunner inner = new SameThreadTaskRunner();
        int started;

        @Override
        public <T> dev.parallax.app.task.Job submit(dev.parallax.app.task.Work<T> work,
                dev.parallax.engine.align.ProgressListener onProgress, java.util.function.Consumer<? super T> onDone,
                java.util.function.Consumer<? super Throwable> onFailed) {
            started++;
            return inner.submit(work, onProgress, onDone, onFailed);
        }

        @Override
        public void shutdown() {
        }
    }

    @Test
    void aFolderPreparedBeforeTheWindowOpensAsIfOpenedThereWithoutComparingAgain() throws Exception {
        // what the app does at start-up: read and compare on another thread, adopt on the FX thread
        ReaderViewModel.Opening opening = ReaderViewModel.prepare(new FolderScanner(ArticleLoader.create()),
                ComparisonEngine.builder().sensitivity(ReaderViewModel.DEFAULT_SENSITIVITY).build(), SEEDS, null, null);
        assertNotNull(opening.comparison());
        Settings settings = new Settings(SettingsStore.inMemory());
        CountingRunner runner = new CountingRunner();
        ReaderViewModel vm = new ReaderViewModel(runner, settings, new FolderScanner(ArticleLoader.create()),
                s -> ComparisonEngine.builder().sensitivity(s).build());
        fx(() -> vm.adopt(opening));
        settle();
        assertEquals(0, runner.started, "nothing read or compared again");
        assertEquals(2, vm.articles().size());
        assertEquals("000_aeb0b849679dcb8d.txt", vm.leftProperty().get().fileName());
        assertEquals("002_865976831600feca.txt", vm.rightProperty().get().fileName());
        assertEquals(opening.comparison(), vm.comparison());
        assertEquals(SEEDS.toAbsolutePath().normalize(), settings.lastFolder());
        assertTrue(vm.statusProperty().get().startsWith("Compared in"), vm.statusProperty().get());

        // the same pair opened the ordinary way gives the same links
        ReaderViewModel usual = seeds(new Settings(SettingsStore.inMemory()));
        assertEquals(usual.comparison().links(), vm.comparison().links());
    }

    @Test
    void aPreparedFolderWithoutItsComparisonIsComparedInTheBackground() throws Exception {
        // a pair too long to compare before the window opens: listed at once, then compared with progress
        FolderScanner scanner = new FolderScanner(ArticleLoader.create());
        ReaderViewModel.Opening listedOnly = new ReaderViewModel.Opening(SEEDS.toAbsolutePath().normalize(),
                scanner.scan(SEEDS), SEEDS.resolve("002_865976831600feca.txt"), null, null);
        CountingRunner runner = new CountingRunner();
        ReaderViewModel vm = new ReaderViewModel(runner, new Settings(SettingsStore.inMemory()), scanner,
                s -> ComparisonEngine.builder().sensitivity(s).build());
        fx(() -> vm.adopt(listedOnly));
        settle();
        assertEquals(1, runner.started, "one comparison");
        assertEquals("002_865976831600feca.txt", vm.leftProperty().get().fileName(), "the preferred left file");
        assertNotNull(vm.comparison());
        assertEquals("002_865976831600feca.txt", Path.of(vm.comparison().left().source()).getFileName().toString());
    }

    @Test
    void aPreparedFolderWithOneReadableArticleSaysSo(@TempDir Path dir) throws Exception {
        Files.copy(SEEDS.resolve("000_aeb0b849679dcb8d.txt"), dir.resolve("only.txt"));
        Files.write(dir.resolve("picture.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        ReaderViewModel.Opening opening = ReaderViewModel.prepare(new FolderScanner(ArticleLoader.create()),
                ComparisonEngine.builder().build(), dir, null, null);
        assertEquals(null, opening.comparison());
        ReaderViewModel vm = new ReaderViewModel(new CountingRunner(), new Settings(SettingsStore.inMemory()),
                new FolderScanner(ArticleLoader.create()), s -> ComparisonEngine.builder().sensitivity(s).build());
        fx(() -> vm.adopt(opening));
        settle();
        assertEquals(2, vm.articles().size());
        assertEquals(null, vm.comparison());
        assertTrue(vm.statusProperty().get().startsWith("Only one readable article"), vm.statusProperty().get());
    }

    private static dev.parallax.engine.text.Article load(ArticleLoader loader, Path p) {
        try {
            return loader.load(p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
