package dev.parallax.app.view.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.app.task.Job;
import dev.parallax.app.task.SameThreadTaskRunner;
import dev.parallax.app.task.TaskRunner;
import dev.parallax.app.task.Work;
import dev.parallax.app.viewmodel.FolderScanner;
import dev.parallax.app.viewmodel.ReaderViewModel;
import dev.parallax.app.viewmodel.Settings;
import dev.parallax.app.viewmodel.SettingsStore;
import dev.parallax.engine.EngineFactory;
import dev.parallax.engine.align.ProgressListener;
import dev.parallax.engine.result.Comparison;
import dev.parallax.engine.result.Kind;
import dev.parallax.engine.text.ArticleLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The window's styling without a window or the FX toolkit, on the seed pair: both sides styled on the runner,
 * the sides styled at start-up taken as they are when they fit, and a result that arrives after a newer
 * request dropped.
 */
class StylerTest {

    static Comparison seeds;
    static Comparison swapped;

    @BeforeAll
    static void compare() throws Exception {
        ArticleLoader loader = ArticleLoader.create();
        var l = loader.load(Path.of("seeds/000_aeb0b849679dcb8d.txt"));
        var r = loader.load(Path.of("seeds/002_865976831600feca.txt"));
        seeds = EngineFactory.defaults().engine().compare(l, r);
        swapped = EngineFactory.defaults().engine().compare(r, l);
    }

    /** Holds submitted work until the test lets it finish. */
    static final class HeldRunner implements TaskRunner {
        final List<Runnable> held = new ArrayList<>();
        int cancelled;

        @Override
        public <T> Job submit(Work<T> work, ProgressListener onProgress, Consumer<? super T> onDone,
                              Consumer<? super Throwable> onFailed) {
            held.add(() -> {
                try {
                    onDone.accept(work.call(ProgressListener.NONE));
                } catch (Exception e) {
                    onFailed.accept(e);
                }
            });
            return () -> cancelled++;
        }

        @Override
        public void shutdown() {
        }
    }

    @Test
    void aRequestStylesBothSidesOfTheComparisonOnTheRunner() {
        List<StyledSide[]> got = new ArrayList<>();
        new Styler(new SameThreadTaskRunner()).request(seeds, Filter.ALL, got::add, t -> {
            throw new AssertionError(t);
        });
        assertEquals(1, got.size(), "handed over before request returned, on this thread");
        assertEquals(seeds.left().text(), got.get(0)[0].text());
        assertEquals(seeds.right().text(), got.get(0)[1].text());
        assertTrue(got.get(0)[0].runs().size() > 1, "the left side is styled, not one plain run");
    }

    @Test
    void sidesStyledAheadAreShownAsTheyAreWhenComparisonAndFilterFit() {
        HeldRunner runner = new HeldRunner();
        Styler styler = new Styler(runner);
        StyledSide[] ahead = Styler.style(seeds, Filter.ALL);
        styler.offer(seeds, Filter.ALL, ahead);
        List<StyledSide[]> got = new ArrayList<>();
        styler.request(seeds, new Filter(true, true, true, false), got::add, t -> { });
        assertEquals(1, got.size());
        assertSame(ahead, got.get(0), "the offered sides, not styled again");
        assertTrue(runner.held.isEmpty(), "nothing submitted");

        // the offer is used up: the same request styles afresh
        styler.request(seeds, Filter.ALL, got::add, t -> { });
        assertEquals(1, runner.held.size());
        runner.held.get(0).run();
        assertNotSame(ahead, got.get(1));
    }

    @Test
    void anOfferForAnotherFilterOrPairIsNotShown() {
        HeldRunner runner = new HeldRunner();
        Styler styler = new Styler(runner);
        styler.offer(seeds, Filter.ALL, Styler.style(seeds, Filter.ALL));
        List<StyledSide[]> got = new ArrayList<>();
        Filter onlyConflicts = new Filter(false, true, false);
        styler.request(seeds, onlyConflicts, got::add, t -> { });
        assertTrue(got.isEmpty(), "styled on the runner instead");
        runner.held.get(0).run();
        assertEquals(Styler.style(seeds, onlyConflicts)[0].runs(), got.get(0)[0].runs());

        styler.offer(seeds, Filter.ALL, Styler.style(seeds, Filter.ALL));
        styler.request(swapped, Filter.ALL, got::add, t -> { });
        assertEquals(1, got.size(), "the other pair waits for the runner");
        runner.held.get(1).run();
        assertEquals(swapped.left().text(), got.get(1)[0].text());
    }

    @Test
    void aResultThatArrivesAfterANewerRequestIsDropped() {
        HeldRunner runner = new HeldRunner();
        Styler styler = new Styler(runner);
        List<Comparison> shown = new ArrayList<>();
        styler.request(seeds, Filter.ALL, s -> shown.add(seeds), t -> { });
        styler.request(swapped, Filter.ALL, s -> shown.add(swapped), t -> { });
        assertEquals(1, runner.cancelled, "the first styling is cancelled");
        runner.held.get(1).run();
        runner.held.get(0).run(); // late: the runner could not stop it in time
        assertEquals(List.of(swapped), shown);
    }

    @Test
    void afterCancelNothingIsHandedOver() {
        HeldRunner runner = new HeldRunner();
        Styler styler = new Styler(runner);
        List<StyledSide[]> got = new ArrayList<>();
        styler.request(seeds, Filter.ALL, got::add, t -> { });
        styler.cancel();
        runner.held.get(0).run();
        assertTrue(got.isEmpty());
        assertEquals(1, runner.cancelled);
    }

    @Test
    void theFilterFollowsTheReadersToggles() {
        ReaderViewModel vm = new ReaderViewModel(new SameThreadTaskRunner(), new Settings(SettingsStore.inMemory()),
                new FolderScanner(ArticleLoader.create()), s -> EngineFactory.defaults().sensitivity(s).engine());
        assertEquals(Filter.ALL, Styler.filter(vm), "nothing toggled: everything highlighted, nothing folded");
        vm.foldUniqueProperty().set(true);
        Filter folded = Styler.filter(vm);
        assertTrue(folded.folds(Kind.UNIQUE));
        assertTrue(folded.shows(Kind.AGREE));
        vm.foldUniqueProperty().set(false);
        vm.onlyConflictsProperty().set(true);
        Filter only = Styler.filter(vm);
        assertFalse(only.shows(Kind.AGREE));
        assertFalse(only.shows(Kind.UNIQUE));
        assertTrue(only.shows(Kind.CONFLICT));
    }
}
