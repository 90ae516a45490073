package dev.parallax.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.app.task.SameThreadTaskRunner;
import dev.parallax.engine.align.ComparisonEngine;
import dev.parallax.engine.result.Kind;
import dev.parallax.engine.text.ArticleLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;

/**
 * The reader's folder read and comparison are plain jobs on the task runner: with the same-thread runner the
 * seeds folder is read, its pair compared and the status says so before {@code openFolder} returns, on the
 * test's own thread, with no FX toolkit and no FX queue to pump.
 */
class ReaderOnTheCallingThreadTest {

    final ReaderViewModel vm = new ReaderViewModel(new SameThreadTaskRunner(), new Settings(SettingsStore.inMemory()),
            new FolderScanner(ArticleLoader.create()), s -> ComparisonEngine.builder().sensitivity(s).build());

    @Test
    void openingTheSeedsComparesTheirPairBeforeTheCallReturns() {
        assertFalse(Platform.isFxApplicationThread());
        List<String> said = new ArrayList<>();
        vm.statusProperty().addListener((o, a, b) -> said.add(b));

        vm.openFolder(Path.of("seeds"), null, null);

        assertEquals("", vm.errorProperty().get());
        assertEquals("000_aeb0b849679dcb8d.txt", vm.leftProperty().get().fileName());
        assertEquals("002_865976831600feca.txt", vm.rightProperty().get().fileName());
        assertNotNull(vm.comparison(), () -> "status: " + said);
        assertTrue(vm.comparison().left().source().endsWith("000_aeb0b849679dcb8d.txt"), vm.comparison().left().source());
        assertTrue(vm.comparison().links().stream().anyMatch(l -> l.kind() == Kind.CONFLICT),
                "the seed pair disagrees on a fact");
        assertTrue(vm.comparison().links().stream().anyMatch(l -> l.kind() == Kind.AGREE));
        assertFalse(vm.busyProperty().get());
        assertEquals(0, vm.progressProperty().get());
        assertTrue(vm.statusProperty().get().startsWith("Compared in"), vm.statusProperty().get());
        // the line followed the work: reading, then the engine's stages, then the result
        assertEquals("Reading seeds…", said.get(0));
        assertTrue(said.stream().anyMatch(s -> s.startsWith("Comparing 000_aeb0b849679dcb8d.txt with"
                + " 002_865976831600feca.txt — ")), () -> "no stage reported: " + said);
    }

    @Test
    void swappingAndTheSensitivityCompareAgainAtOnce() {
        vm.openFolder(Path.of("seeds"), null, null);
        String leftTitle = vm.comparison().left().title();

        vm.swap();
        assertEquals(leftTitle, vm.comparison().right().title());
        assertTrue(vm.comparison().links().stream().anyMatch(l -> l.kind() == Kind.CONFLICT));
        int links = vm.comparison().links().size();

        vm.setSensitivity(0.0);
        vm.compare();
        assertTrue(vm.comparison().links().size() <= links, "near-verbatim links only: no more than by default");
        vm.cancel(); // nothing runs: the result stays and so does the status
        assertNotNull(vm.comparison());
        assertTrue(vm.statusProperty().get().startsWith("Compared in"), vm.statusProperty().get());
    }
}
