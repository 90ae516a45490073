package dev.parallax.app.view.style;

import dev.parallax.app.task.Job;
import dev.parallax.app.task.TaskRunner;
import dev.parallax.app.viewmodel.ReaderViewModel;
import dev.parallax.engine.result.Comparison;
import dev.parallax.engine.result.Kind;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Styles both sides of the comparison a window shows, off the FX thread on the window's {@link TaskRunner}: one
 * request at a time (a new request, or {@link #cancel}, drops the one before), and sides styled ahead of time
 * (by the app while the window was still being built) handed over at once when they fit. Knows no nodes and
 * builds no {@code javafx.concurrent.Task}: with a same-thread runner it is tested without the FX toolkit.
 */
public final class Styler {

    private final TaskRunner runner;
    private Styled offered;
    private Job running;
    /** Counts requests and cancels: a result is handed over only while its request is still the latest. */
    private long latest;

    public Styler(TaskRunner runner) {
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    /** Both sides of {@code c} as the panes show them through filter {@code f}. Pure: runs on any thread. */
    public static StyledSide[] style(Comparison c, Filter f) {
        return new StyledSide[] {StyledSide.of(c, true, f, Set.of()), StyledSide.of(c, false, f, Set.of())};
    }

    /** The filter the reader's toggles ask for: conflicts always highlighted, the rest as the toggles say. */
    public static Filter filter(ReaderViewModel vm) {
        return new Filter(vm.isShown(Kind.AGREE), true, vm.isShown(Kind.UNIQUE), vm.foldUniqueProperty().get());
    }

    /**
     * Offers the sides of {@code c} styled ahead of time (by {@link #style}, off the FX thread), so that the next
     * request for {@code c} through filter {@code f} hands them over instead of styling them again.
     */
    public void offer(Comparison c, Filter f, StyledSide[] sides) {
        offered = new Styled(Objects.requireNonNull(c, "c"), Objects.requireNonNull(f, "f"),
                Objects.requireNonNull(sides, "sides"));
    }

    /**
     * Styles {@code c} through {@code f} and hands both sides to {@code onStyled} (or what went wrong to
     * {@code onFailed}) on the FX thread, unless a later request or {@link #cancel} comes first. Sides offered
     * for exactly this comparison and filter are handed over before this returns; any request uses the offer up.
     */
    public void request(Comparison c, Filter f, Consumer<StyledSide[]> onStyled, Consumer<Throwable> onFailed) {
        Objects.requireNonNull(c, "c");
        Objects.requireNonNull(f, "f");
        cancel();
        long mine = latest;
        Styled ready = offered;
        offered = null;
        if (ready != null && ready.comparison() == c && ready.filter().equals(f)) {
            onStyled.accept(ready.sides());
            return;
        }
        running = runner.submit(() -> style(c, f), sides -> {
            if (latest == mine) {
                running = null;
                onStyled.accept(sides);
            }
        }, t -> {
            if (latest == mine) {
                running = null;
                onFailed.accept(t);
            }
        });
    }

    /** Drops the styling in progress: nothing it started is handed over. An offer stays. */
    public void cancel() {
        latest++;
        if (running != null) {
            running.cancel();
            running = null;
        }
    }

    private record Styled(Comparison comparison, Filter filter, StyledSide[] sides) {
    }
}
