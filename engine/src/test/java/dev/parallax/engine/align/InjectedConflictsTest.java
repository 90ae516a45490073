package dev.parallax.engine.align;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The comparison-engine issue's bar on injected conflicts, on the 200 Wikinews articles of the test resources
 * (see {@link InjectedConflicts}): factual changes found as conflicts with f1 at least 0.90, harmless
 * rewordings called conflicts at most 5%, paragraphs shuffled. Nothing here was fitted on these variants.
 */
class InjectedConflictsTest {

    @Test
    void factualChangesAreConflictsAndRewordingsAreNot() throws Exception {
        InjectedConflicts.Result r = InjectedConflicts.run(ComparisonEngine.standard(),
                Path.of("src/test/resources/eval/wikinews-rewrites/pairs"));
        assertTrue(r.facts() >= 200 && r.rewordings() >= 100, "too few edits to measure: " + r);
        assertTrue(r.f1() >= 0.90, "conflict f1 under 0.90: " + r);
        assertTrue(r.rewordingsAsConflicts() <= 0.05, "rewordings called conflicts over 5%: " + r);
    }
}
