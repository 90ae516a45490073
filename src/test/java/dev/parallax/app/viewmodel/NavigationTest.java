package dev.parallax.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.app.viewmodel.ReaderViewModel.Selection;
import dev.parallax.engine.EngineFactory;
import dev.parallax.engine.result.Comparison;
import dev.parallax.engine.result.Kind;
import dev.parallax.engine.result.Link;
import dev.parallax.engine.result.Passage;
import dev.parallax.engine.text.Article;
import dev.parallax.engine.text.ArticleLoader;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Where keys and clicks take the reader, on the seed pair alone: no window, no view model, no FX toolkit. The
 * seeds have one conflict (a quote, far down both articles) and many agreements.
 */
class NavigationTest {

    static Comparison seeds;
    static Comparison swapped;

    Comparison current = seeds;
    boolean onlyConflicts;
    final Navigation nav = new Navigation(() -> current, l -> !onlyConflicts || l.kind() == Kind.CONFLICT);

    @BeforeAll
    static void compare() throws Exception {
        ArticleLoader loader = ArticleLoader.create();
        Article l = loader.load(Path.of("seeds/000_aeb0b849679dcb8d.txt"));
        Article r = loader.load(Path.of("seeds/002_865976831600feca.txt"));
        seeds = EngineFactory.defaults().engine().compare(l, r);
        swapped = EngineFactory.defaults().engine().compare(r, l);
    }

    static final Supplier<int[]> NOT_ASKED = () -> {
        throw new AssertionError("the pane's range is not needed when something is selected");
    };

    static int start(Comparison c, Side side, Link l) {
        return c.passage(side == Side.LEFT ? l.left() : l.right()).start();
    }

    @Test
    void nextConflictWrapsAroundAndSkipsAgreement() {
        Link first = nav.nextLink(Side.LEFT, -1, true, true);
        assertEquals(Kind.CONFLICT, first.kind());
        int at = seeds.passage(first.left()).start();
        Link again = nav.nextLink(Side.LEFT, at, true, true);
        assertEquals(first, again, "the only conflict, reached again by wrapping");
        Link nextDiff = nav.nextLink(Side.LEFT, at, true, false);
        assertNotEquals(first, nextDiff);
        assertTrue(seeds.passage(nextDiff.left()).start() > at);
    }

    @Test
    void clickingTheSamePassageAgainCyclesThroughItsCounterparts() {
        Passage p = seeds.leftPassages().stream().filter(x -> x.kind() != Kind.UNIQUE).findFirst().orElseThrow();
        Selection a = nav.click(Side.LEFT, p.start());
        Selection b = nav.click(Side.LEFT, p.start() + 1);
        assertSame(p, a.passage());
        assertEquals(seeds.linksOf(p.id()).size(), a.of());
        assertEquals((a.index() + 1) % a.of(), b.index());
        Passage unique = seeds.leftPassages().stream().filter(x -> x.kind() == Kind.UNIQUE).findFirst().orElseThrow();
        Selection u = nav.select(Side.LEFT, unique);
        assertNull(u.link());
        assertSame(u, nav.selection());
    }

    @Test
    void aClickOutsideEveryPassageClearsTheSelection() {
        nav.select(Side.LEFT, seeds.leftPassages().get(0));
        assertNull(nav.click(Side.LEFT, seeds.left().text().length() + 10));
        assertNull(nav.selection());
    }

    @Test
    void aNewPairOpensOnItsFirstConflictAndARestyleKeepsTheSelection() {
        Navigation.Arrival first = nav.arrived(seeds);
        Selection open = first.open();
        assertNotNull(open, "the seeds have a conflict to open on");
        assertEquals(Kind.CONFLICT, open.link().kind());
        assertSame(open, nav.selection());
        assertEquals(Side.LEFT, open.side());
        // the quote is far down both articles: opening on it is a decision, not the top of the text
        assertTrue(open.passage().start() > 1500 && open.counterpart().start() > 1500);

        Navigation.Arrival again = nav.arrived(seeds); // the same pair restyled (a filter changed)
        assertNull(again.open());
        assertTrue(again.remark(), "the selection is marked again");
        assertSame(open, nav.selection());
    }

    @Test
    void aSelectionTheFiltersNowHideIsClearedAndNotReopened() {
        nav.arrived(seeds);
        Link agree = seeds.links().stream().filter(l -> l.kind() == Kind.AGREE).findFirst().orElseThrow();
        nav.selectLink(Side.LEFT, agree);
        onlyConflicts = true;
        Navigation.Arrival a = nav.arrived(seeds);
        assertNull(nav.selection(), "its link is hidden now");
        assertNull(a.open(), "the same pair: no jump back to the first conflict");
        assertFalse(a.remark());
    }

    @Test
    void theNextPairOpensOnItsOwnFirstConflict() {
        nav.arrived(seeds);
        nav.clearSelection(); // as the view model does when a comparison arrives
        current = swapped;
        Selection open = nav.arrived(swapped).open();
        assertNotNull(open);
        assertEquals(swapped.passage(swapped.links().stream().filter(l -> l.kind() == Kind.CONFLICT)
                .findFirst().orElseThrow().left()), open.passage());
    }

    @Test
    void withNothingSelectedAStepStartsAtTheEdgeOfWhatThePaneShows() {
        int[] visible = {2000, 3000};
        Selection next = nav.step(Side.LEFT, () -> visible, true, false);
        int at = next.passage().start();
        assertTrue(at >= 2000, "forward from the first visible character: " + at);
        for (Link l : seeds.links()) {
            int s = start(seeds, Side.LEFT, l);
            assertFalse(s >= 2000 && s < at, "no link between the edge and the one reached: " + s);
        }
        nav.clearSelection();
        Selection prev = nav.step(Side.LEFT, () -> visible, false, false);
        assertTrue(prev.passage().start() < 3000, "back from the last visible character");
        assertNotEquals(next.link(), prev.link());
    }

    @Test
    void withASelectionAStepStartsThereOnEitherSide() {
        Link conflict = nav.nextLink(Side.LEFT, -1, true, true);
        nav.selectLink(Side.LEFT, conflict);
        Selection next = nav.step(Side.RIGHT, NOT_ASKED, true, false);
        assertEquals(Side.RIGHT, next.side());
        assertTrue(next.passage().start() > seeds.passage(conflict.right()).start(),
                "after the conflict's passage on the right, where the step was asked");
        Selection wrapped = nav.step(Side.LEFT, NOT_ASKED, true, true);
        assertEquals(conflict, wrapped.link(), "the only conflict again");
        onlyConflicts = true;
        assertEquals(Kind.CONFLICT, nav.step(Side.LEFT, NOT_ASKED, true, false).link().kind(),
                "with only conflicts shown, a difference is a conflict");
    }

    @Test
    void jumpGoesToTheCounterpartAndCyclesWhenThereAreSeveral() {
        assertNull(nav.jump(), "nothing selected");
        Passage unique = seeds.leftPassages().stream().filter(x -> x.kind() == Kind.UNIQUE).findFirst().orElseThrow();
        nav.select(Side.LEFT, unique);
        assertNull(nav.jump(), "a passage only one source has has nowhere to go");

        Passage several = seeds.leftPassages().stream().filter(p -> seeds.linksOf(p.id()).size() > 1)
                .findFirst().orElseThrow(() -> new AssertionError("the seeds have a passage with two counterparts"));
        Passage single = seeds.leftPassages().stream().filter(p -> seeds.linksOf(p.id()).size() == 1)
                .findFirst().orElseThrow();
        Selection s = nav.select(Side.LEFT, single);
        assertSame(s, nav.jump(), "one counterpart: the jump goes there");
        Selection a = nav.select(Side.LEFT, several);
        Selection b = nav.jump();
        assertEquals((a.index() + 1) % a.of(), b.index(), "the next counterpart");
        assertNotEquals(a.counterpart(), b.counterpart());
    }

    @Test
    void synchronizedScrollingFollowsTheNearestShownLink() {
        assertNull(nav.syncAnchor(Side.LEFT, -1), "no offset at the top of the pane");
        Link agree = seeds.links().stream().filter(l -> l.kind() == Kind.AGREE).findFirst().orElseThrow();
        Passage mine = seeds.passage(agree.left());
        Navigation.Anchor a = nav.syncAnchor(Side.LEFT, mine.start());
        assertSame(mine, a.passage());
        assertEquals(nav.counterpart(Side.LEFT, mine), a.counterpart());

        onlyConflicts = true;
        Link conflict = nav.nextLink(Side.LEFT, -1, true, true);
        Navigation.Anchor c = nav.syncAnchor(Side.LEFT, 0);
        assertEquals(seeds.passage(conflict.left()), c.passage(), "the only link shown, far below");
        assertEquals(seeds.passage(conflict.right()), c.counterpart());
    }

    @Test
    void theRulerGoesToThePassageThereElseTheNearestLinkedOne() {
        Passage unique = seeds.leftPassages().stream().filter(x -> x.kind() == Kind.UNIQUE).findFirst().orElseThrow();
        assertSame(unique, nav.rulerTarget(Side.LEFT, unique.start()));
        int past = seeds.left().text().length() + 10;
        Passage p = nav.rulerTarget(Side.LEFT, past);
        assertNotNull(p, "past the end: the nearest linked passage");
        assertFalse(seeds.linksOf(p.id()).isEmpty());
    }

    @Test
    void withoutAComparisonNothingMoves() {
        current = null;
        assertNull(nav.step(Side.LEFT, () -> new int[] {0, 0}, true, false));
        assertNull(nav.click(Side.LEFT, 10));
        assertNull(nav.syncAnchor(Side.LEFT, 10));
        assertNull(nav.rulerTarget(Side.LEFT, 10));
    }
}
