package dev.parallax.engine.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Writes files so that nothing is lost: a temporary file in the target folder, then a move into place. */
public final class SafeFiles {

    private SafeFiles() {
    }

    /**
     * Writes {@code content} as UTF-8 to {@code target}, replacing it only once the whole file is written.
     *
     * @throws IOException with a one-line message when the folder is missing or read-only or the disk is full
     */
    public static void writeAtomically(Path target, String content) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("cannot write " + target + ": folder " + dir + " does not exist");
        }
        if (Files.isDirectory(abs)) {
            throw new IOException("cannot write " + target + ": it is a directory");
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
        try {
            if (posix && Files.isRegularFile(abs)) {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(abs)); // replacing keeps them
            }
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw new IOException("cannot write " + target + ": " + reason(e));
        }
    }

    private static String reason(IOException e) {
        String m = e.getMessage();
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (m != null && m.contains("No space left")) {
            return "disk full";
        }
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
