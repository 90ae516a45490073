package dev.parallax.engine.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads an article file (plain text, Markdown or a saved web page) into an {@link Article}. Never writes.
 *
 * <p>Every failure is an {@link UnreadableInputException} naming the file and a one-line reason.
 */
public final class ArticleLoader {

    /** The default limit on a file's size: 50 MB. */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    /** The largest limit: a file is read into one array, which holds at most this many bytes. */
    public static final long MAX_LIMIT = Integer.MAX_VALUE - 8;

    private static final double MB = 1024.0 * 1024.0;

    private final long maxBytes;
    private final String limitText;
    private final Segmenter segmenter;

    private ArticleLoader(long maxBytes, String limitText, Segmenter segmenter) {
        this.maxBytes = maxBytes;
        this.limitText = limitText;
        this.segmenter = segmenter;
    }

    /** A loader with the default size limit. */
    public static ArticleLoader create() {
        return withMaxBytes(DEFAULT_MAX_BYTES);
    }

    /** A loader that refuses files larger than {@code maxBytes} (1 to {@link #MAX_LIMIT}). */
    public static ArticleLoader withMaxBytes(long maxBytes) {
        return withMaxBytes(maxBytes, size(maxBytes));
    }

    /**
     * A loader that refuses files larger than {@code maxBytes}, naming the limit as {@code limitText} (the
     * user's own spelling, such as "0.5 MB") when it does.
     */
    public static ArticleLoader withMaxBytes(long maxBytes, String limitText) {
        if (maxBytes <= 0 || maxBytes > MAX_LIMIT) {
            throw new IllegalArgumentException("maxBytes must be 1 to " + MAX_LIMIT + ", not " + maxBytes);
        }
        return new ArticleLoader(maxBytes, java.util.Objects.requireNonNull(limitText, "limitText"),
                Segmenter.DEFAULT);
    }

    /** A size for messages, in MB of 1,048,576 bytes (as --max-size counts), or in bytes when small. */
    static String size(long bytes) {
        double mb = bytes / MB;
        if (mb >= 0.1) {
            String s = String.format(java.util.Locale.ROOT, "%.1f", mb);
            return (s.endsWith(".0") ? s.substring(0, s.length() - 2) : s) + " MB";
        }
        return String.format(java.util.Locale.ROOT, "%,d bytes", bytes);
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Reads {@code path}; the article's source is the path as given. */
    public Article load(Path path) throws UnreadableInputException {
        String name = path.toString();
        if (!Files.exists(path)) {
            throw new UnreadableInputException(name, "no such file");
        }
        if (Files.isDirectory(path)) {
            throw new UnreadableInputException(name, "is a directory, not a file");
        }
        if (!Files.isRegularFile(path)) {
            throw new UnreadableInputException(name, "not a regular file");
        }
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > maxBytes) {
                throw new UnreadableInputException(name, tooLarge(size(size)));
            }
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes((int) Math.min(MAX_LIMIT, maxBytes + 1)); // maxBytes <= MAX_LIMIT
            }
        } catch (NoSuchFileException e) {
            throw new UnreadableInputException(name, "no such file");
        } catch (AccessDeniedException e) {
            throw new UnreadableInputException(name, "permission denied");
        } catch (IOException e) {
            if (e instanceof UnreadableInputException u) {
                throw u;
            }
            throw new UnreadableInputException(name, "cannot be read (" + e.getMessage() + ")");
        }
        if (bytes.length > maxBytes) {
            throw new UnreadableInputException(name, tooLarge("more than " + size(maxBytes)));
        }
        return fromBytes(name, bytes, Format.of(path));
    }

    private String tooLarge(String size) {
        return "file is " + size + ", over the " + limitText + " limit (see --max-size)";
    }

    /** Decodes and reads bytes as the given format. */
    public Article fromBytes(String name, byte[] bytes, Format format) throws UnreadableInputException {
        if (bytes.length == 0) {
            throw new UnreadableInputException(name, "file is empty");
        }
        if (hasBinarySignature(bytes)) {
            throw new UnreadableInputException(name, "not text (binary data)");
        }
        CharsetSniffer.Decision d = CharsetSniffer.decide(bytes, format == Format.HTML);
        if (!d.wide() && indexOfNul(bytes) >= 0) {
            // NUL is never text in a byte-wide charset, wherever it is (text followed by padding or garbage)
            throw new UnreadableInputException(name, "not text (binary data)");
        }
        String text = new String(bytes, d.skip(), bytes.length - d.skip(), d.charset());
        // a file saved twice by BOM-adding tools starts with two BOMs: neither is text
        int bom = 0;
        while (bom < text.length() && text.charAt(bom) == '\uFEFF') {
            bom++;
        }
        text = text.substring(bom);
        if (hasControlNoise(text)) {
            throw new UnreadableInputException(name, "not text (binary data)");
        }
        if (format == Format.HTML || (format == Format.TEXT && looksLikeHtml(text))) {
            return HtmlExtractor.extract(name, text, d.charset().name(), segmenter);
        }
        Article a = fromText(name, text, format, d.charset().name(), segmenter);
        if (a.sentences().isEmpty()) {
            throw new UnreadableInputException(name, "no text (only white space or markup)");
        }
        return a;
    }

    /** Builds an article from decoded text. */
    static Article fromText(String name, String text, Format format, String charset) {
        return fromText(name, text, format, charset, Segmenter.DEFAULT);
    }

    static Article fromText(String name, String text, Format format, String charset, Segmenter segmenter) {
        String match = format == Format.MARKDOWN ? MarkdownMask.mask(text) : text;
        List<Span> sentences = segmenter.sentences(match);
        List<Span> paragraphs = segmenter.paragraphs(match);
        String title = headline(text, match, sentences, format);
        if (title.isEmpty()) {
            title = baseName(name);
        }
        return new Article(name, text, match, title, "", "", format, charset, sentences, paragraphs);
    }

    /**
     * The headline: the first of the opening lines that looks like one (alone on its line, short, without
     * final punctuation, starting with a capital or digit). A lower-case slug line such as a URL keyword line
     * or a dateline ("9 September 2013, 14: 08") before the real headline is passed over.
     */
    private static String headline(String text, String match, List<Span> sentences, Format format) {
        for (int k = 0; k < Math.min(3, sentences.size()); k++) {
            Span s = sentences.get(k);
            String line = match.substring(s.start(), s.end()).strip();
            if (line.isEmpty()) {
                continue;
            }
            boolean atx = format == Format.MARKDOWN && lineStartsWithHash(text, s.start());
            boolean ownLine = (s.end() >= match.length() || match.charAt(s.end()) == '\n'
                    || match.charAt(s.end()) == '\r') && (s.start() == 0 || isLineStart(match, s.start()));
            int words = line.split("\\s+").length;
            char last = line.charAt(line.length() - 1);
            boolean capital = Furniture.startsLikeAHeadline(line);
            if (ownLine && Furniture.isDateLine(line)) {
                continue; // a dateline before the headline ("9 September 2013, 14: 08")
            }
            if (atx && capital || (ownLine && capital && words <= 25 && line.length() <= 200 && ".,;:".indexOf(last) < 0)) {
                return line;
            }
            if (!ownLine) {
                break; // running prose: no headline
            }
        }
        return "";
    }

    private static boolean isLineStart(String text, int index) {
        int i = index - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '\r';
    }

    private static boolean lineStartsWithHash(String text, int index) {
        int ls = text.lastIndexOf('\n', index - 1) + 1;
        return text.substring(ls, index).strip().startsWith("#");
    }

    static String baseName(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }

    /** Image, PDF and archive files, known by their first bytes. */
    private static boolean hasBinarySignature(byte[] b) {
        int n = b.length;
        if (n >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return true;
        }
        if (n >= 4 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F') {
            return true;
        }
        if (n >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
            return true;
        }
        if (n >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return true;
        }
        return n >= 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8';
    }

    private static int indexOfNul(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Size of the windows the control-character test looks at: noise anywhere in a file counts. */
    private static final int NOISE_WINDOW = 8192;

    /**
     * Decoded text full of control characters (or U+FFFD) is not prose: true when any window of the text, the
     * whole file through, holds more than 2% of them (at least 3).
     */
    private static boolean hasControlNoise(String text) {
        for (int from = 0; from < text.length(); from += NOISE_WINDOW) {
            int to = Math.min(text.length(), from + NOISE_WINDOW);
            int bad = 0;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == '\uFFFD' || c == 0x7F) {
                    bad++;
                }
            }
            if (bad > Math.max(2, (to - from) * 0.02)) {
                return true;
            }
        }
        return false;
    }

    private static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), 512)).stripLeading().toLowerCase();
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }
}
