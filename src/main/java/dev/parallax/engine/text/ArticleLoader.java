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

    private final long maxBytes;
    private final Segmenter segmenter;

    private ArticleLoader(long maxBytes, Segmenter segmenter) {
        this.maxBytes = maxBytes;
        this.segmenter = segmenter;
    }

    /** A loader with the default size limit. */
    public static ArticleLoader create() {
        return new ArticleLoader(DEFAULT_MAX_BYTES, Segmenter.DEFAULT);
    }

    /** A loader that refuses files larger than {@code maxBytes}. */
    public static ArticleLoader withMaxBytes(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        return new ArticleLoader(maxBytes, Segmenter.DEFAULT);
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
                throw new UnreadableInputException(name, String.format(
                        "file is %.1f MB, over the %.1f MB limit (see --max-size)", size / 1e6, maxBytes / 1e6));
            }
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
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
            throw new UnreadableInputException(name, "file is over the size limit (see --max-size)");
        }
        return fromBytes(name, bytes, Format.of(path));
    }

    /** Decodes and reads bytes as the given format. */
    public Article fromBytes(String name, byte[] bytes, Format format) throws UnreadableInputException {
        if (bytes.length == 0) {
            throw new UnreadableInputException(name, "file is empty");
        }
        if (looksBinary(bytes)) {
            throw new UnreadableInputException(name, "not text (binary data)");
        }
        CharsetSniffer.Decision d = CharsetSniffer.decide(bytes, format == Format.HTML);
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
     * before the real headline is passed over.
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
            char first = line.charAt(0);
            char last = line.charAt(line.length() - 1);
            boolean capital = Character.isUpperCase(first) || Character.isDigit(first) || "“\"‘'".indexOf(first) >= 0;
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

    private static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 8192);
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
        if (n >= 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
            return true;
        }
        // NUL bytes mean binary unless the bytes are UTF-16 (BOM, or the every-other-byte pattern)
        boolean bom16 = n >= 2 && (((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)
                || ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF));
        if (bom16) {
            return false;
        }
        int nul = 0;
        int evenNul = 0;
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                nul++;
                if ((i & 1) == 0) {
                    evenNul++;
                }
            }
        }
        if (nul == 0) {
            return false;
        }
        boolean utf16Pattern = nul > n * 0.3 && (evenNul < nul * 0.05 || evenNul > nul * 0.95);
        return !utf16Pattern;
    }

    /** Decoded text full of control characters is not prose. */
    private static boolean hasControlNoise(String text) {
        int n = Math.min(text.length(), 8192);
        int bad = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == '\uFFFD' || c == 0x7F) {
                bad++;
            }
        }
        return n > 0 && bad > Math.max(2, n * 0.02);
    }

    private static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), 512)).stripLeading().toLowerCase();
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }
}
