package dev.parallax.engine.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes files so that nothing is lost: a temporary file in the target's folder, then a move into place. The
 * target is never partial; a temporary file left by an interrupted write is deleted when the JVM shuts down
 * (Ctrl+C, {@code kill}); only a hard kill ({@code kill -9}, power loss) can leave one behind. A symbolic link
 * at the target is followed: the file it points to is replaced and the link stays.
 *
 * <p>Callers check that the target is not an input first: see {@link OutputGuard}, the one way in.
 */
public final class SafeFiles {

    /** What writes the file's content. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Temporary files being written, deleted by the shutdown hook if the JVM stops before the move. */
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (Path p : PENDING) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException | RuntimeException e) {
                    // shutting down: nothing else to do
                }
            }
        }, "parallax-temp-cleanup"));
    }

    private SafeFiles() {
    }

    /** Writes {@code content} as UTF-8 to {@code target}; package-private: writers go through {@link OutputGuard}. */
    static void writeAtomically(Path target, String content) throws IOException {
        writeAtomically(target, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Writes what {@code body} writes to {@code target}, replacing it only once the whole file is written.
     *
     * @throws IOException with a one-line message when the folder is missing or read-only or the disk is full
     */
    static void writeAtomically(Path target, Body body) throws IOException {
        Path abs;
        try {
            abs = finalTarget(target);
        } catch (IOException e) {
            throw new IOException("cannot write " + target + ": " + reason(e));
        }
        Path dir = abs.getParent();
        if (dir == null) {
            throw new IOException("cannot write " + target + ": it is a folder (the root), not a file");
        }
        if (!Files.isDirectory(dir)) {
            throw new IOException("cannot write " + target + ": folder " + dir + " does not exist");
        }
        if (Files.isDirectory(abs)) {
            throw new IOException("cannot write " + target + ": it is a folder, not a file");
        }
        Path tmp;
        boolean posix = abs.getFileSystem().supportedFileAttributeViews().contains("posix");
        try {
            // createTempFile alone makes the file private (0600); an export is meant to be shared, so ask for
            // the usual rw-rw-rw- and let the umask trim it, as any other program's new file would be.
            tmp = posix ? Files.createTempFile(dir, "." + abs.getFileName(), ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-rw-rw-")))
                    : Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
        } catch (IOException e) {
            throw new IOException("cannot write in " + dir + ": " + reason(e));
        }
        PENDING.add(tmp);
        try {
            if (posix && Files.isRegularFile(abs)) {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(abs)); // replacing keeps them
            }
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                body.writeTo(out);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException("cannot write " + target + ": " + reason((IOException) e));
        } finally {
            PENDING.remove(tmp);
        }
    }

    /**
     * The absolute file a write to {@code target} replaces: {@code target} itself, or, for a symbolic link (a
     * chain of them, even dangling), the file the last link names.
     */
    static Path finalTarget(Path target) throws IOException {
        Path p = target.toAbsolutePath();
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops > 40) {
                throw new IOException("too many levels of symbolic links");
            }
            Path to = Files.readSymbolicLink(p);
            p = p.resolveSibling(to).normalize();
        }
        return p;
    }

    /** Temporary files of writes in progress (tests). */
    static Set<Path> pending() {
        return Set.copyOf(PENDING);
    }

    private static String reason(IOException e) {
        String m = e.getMessage();
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (m != null && m.contains("No space left")) {
            return "disk full";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
