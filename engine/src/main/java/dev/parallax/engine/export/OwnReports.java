package dev.parallax.engine.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Recognizes the files Parallax writes (the HTML report, the comparison JSON, the scan JSON), so that a report
 * saved into a folder of articles is not listed, scanned or compared as an article. The one listing policy of
 * the reader's list ({@code FolderScanner}) and the scan and overview ({@code FolderScan}) both ask it.
 */
public final class OwnReports {

    /** The generator the HTML report names in its {@code <meta name="generator">}. */
    public static final String GENERATOR = "Parallax";

    private static final int HEAD = 4096;
    private static final Pattern HTML = Pattern.compile(
            "<meta\\s+name\\s*=\\s*\"generator\"\\s+content\\s*=\\s*\"" + GENERATOR + "[\" ]", Pattern.CASE_INSENSITIVE);
    /** The comparison JSON starts with its version and "left", the scan JSON with its version and "articles". */
    private static final Pattern JSON = Pattern.compile("\\A\\s*\\{\\s*\"version\"\\s*:\\s*\\d+\\s*,\\s*\"(left|articles)\"\\s*:");

    private OwnReports() {
    }

    /** Whether {@code file} is a report Parallax wrote (judged by its first few kilobytes; false when unreadable). */
    public static boolean isOwnReport(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        boolean html = name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml");
        boolean json = name.endsWith(".json");
        if (!html && !json) {
            return false;
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        } catch (IOException | RuntimeException e) { // unreadable: the listing says so, as for any file
            return false;
        }
        String text = new String(head, StandardCharsets.UTF_8);
        return html ? HTML.matcher(text).find() : JSON.matcher(text).find();
    }
}
