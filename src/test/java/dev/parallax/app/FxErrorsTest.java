package dev.parallax.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.app.task.SameThreadTaskRunner;
import dev.parallax.app.viewmodel.FolderScanner;
import dev.parallax.app.viewmodel.ReaderViewModel;
import dev.parallax.app.viewmodel.Settings;
import dev.parallax.app.viewmodel.SettingsStore;
import dev.parallax.engine.align.ComparisonEngine;
import dev.parallax.engine.text.ArticleLoader;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** An exception nothing caught on the FX thread becomes one line in the status bar (and the log). */
class FxErrorsTest {

    @Test
    void anUncaughtExceptionIsOneLineInTheStatusBar() {
        ReaderViewModel vm = new ReaderViewModel(new SameThreadTaskRunner(), new Settings(SettingsStore.inMemory()),
                new FolderScanner(ArticleLoader.create()), s -> ComparisonEngine.builder().sensitivity(s).build());
        new FxErrors(vm).uncaughtException(Thread.currentThread(),
                new NoSuchElementException("Cell 110 is not visible\n\tat somewhere"));
        assertEquals("Something went wrong (NoSuchElementException: Cell 110 is not visible); the window goes on,"
                + " details are logged", vm.errorProperty().get());
    }
}
