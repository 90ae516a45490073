package dev.parallax.engine.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one guard every writer goes through: a protected file is recognised however the target names it. */
class OutputGuardTest {

    @TempDir
    Path dir;
    Path article;
    OutputGuard guard;

    @BeforeEach
    void oneArticle() throws IOException {
        article = Files.copy(Path.of("seeds/000_aeb0b849679dcb8d.txt"), Files.createDirectory(dir.resolve("in"))
                .resolve("a.txt"));
        guard = OutputGuard.protecting(List.of(article));
    }

    @Test
    void theArticleItselfAndDotSpellingsAreProtected() {
        assertTrue(guard.protects(article));
        assertTrue(guard.protects(dir.resolve("in/./a.txt")));
        assertTrue(guard.protects(dir.resolve("in/../in/a.txt")));
    }

    @Test
    void aHardLinkToTheArticleIsProtected() throws IOException {
        Path hard = Files.createLink(dir.resolve("hard.json"), article);
        assertTrue(guard.protects(hard));
    }

    @Test
    void aPathThroughALinkedFolderIsProtected() throws IOException {
        Path folderLink = Files.createSymbolicLink(dir.resolve("alias"), dir.resolve("in"));
        assertTrue(guard.protects(folderLink.resolve("a.txt")));
    }

    @Test
    void aLinkToTheArticleAtTheTargetIsProtectedEvenViaAChain() throws IOException {
        Path one = Files.createSymbolicLink(dir.resolve("one.json"), article);
        Path two = Files.createSymbolicLink(dir.resolve("two.json"), one);
        assertTrue(guard.protects(two));
    }

    @Test
    void otherFilesAndNewFilesAreNotProtected() throws IOException {
        assertFalse(guard.protects(dir.resolve("new.json")));
        assertFalse(guard.protects(Files.writeString(dir.resolve("old.json"), "{}")));
        assertFalse(OutputGuard.NONE.protects(article));
    }

    @Test
    void writeRefusesAProtectedTargetAndLeavesItAsItWas() throws IOException {
        byte[] before = Files.readAllBytes(article);
        InputOverwriteException e = assertThrows(InputOverwriteException.class,
                () -> guard.write(dir.resolve("in/./a.txt"), "{}"));
        assertEquals("refusing to write over the input " + dir.resolve("in/./a.txt"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(article));
    }

    @Test
    void plusProtectsMore() throws IOException {
        Path other = Files.writeString(dir.resolve("b.txt"), "b");
        assertFalse(guard.protects(other));
        assertTrue(guard.plus(List.of(other)).protects(other));
        assertTrue(guard.plus(List.of(other)).protects(article));
    }
}
