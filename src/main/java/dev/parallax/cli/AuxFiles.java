package dev.parallax.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Checks a file the command line reads besides the articles (--aliases), and words an I/O failure. */
final class AuxFiles {

    private AuxFiles() {
    }

    /** What keeps {@code file} from being read as UTF-8 text, in words, or null when nothing does. */
    static String problem(Path file) {
        if (!Files.exists(file)) {
            return "no such file";
        }
        if (Files.isDirectory(file)) {
            return "is a folder, not a file";
        }
        if (!Files.isRegularFile(file)) {
            return "not a regular file";
        }
        if (!Files.isReadable(file)) {
            return "permission denied";
        }
        byte[] head;
        try (var in = Files.newInputStream(file)) {
            head = in.readNBytes(1 << 16);
        } catch (IOException e) {
            return reason(e);
        }
        for (byte b : head) {
            if (b == 0) {
                return "not text (binary data)";
            }
        }
        return null;
    }

    /** An I/O failure in words: "permission denied", "not UTF-8 text", ... */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof CharacterCodingException) {
            return "not UTF-8 text (binary data, or another charset)";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
