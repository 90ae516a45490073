package dev.parallax.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Encodings the adversarial run found misread: each decodes as what it is, or is refused as binary. */
class HostileEncodingTest {

    static final Path SEED = Path.of("seeds/002_865976831600feca.txt");
    static final String CJK = "东京电视台报道，日本政府周一宣布了新的经济刺激计划。\n\n"
            + "首相在记者会上表示，这项计划将在2025年实施，总额约为10万亿日元。\n\n"
            + "反对党批评说，这一措施来得太晚。经济学家则认为效果有限。\n";

    @TempDir
    Path dir;

    private Article load(String name, byte[] bytes) throws IOException {
        return ArticleLoader.create().load(Files.write(dir.resolve(name), bytes));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void utf8WithOneInvalidByteStaysUtf8WithTheByteReplaced() throws IOException {
        byte[] seed = Files.readAllBytes(SEED);
        Article a = load("damaged.txt", concat(seed, new byte[] {(byte) 0xFF}));
        assertEquals("UTF-8", a.charset());
        String good = Files.readString(SEED, StandardCharsets.UTF_8);
        assertEquals(good + "\uFFFD", a.text(), "the curly quotes stay curly; only the bad byte is replaced");
        assertFalse(a.text().contains("â€"), "no mojibake");
    }

    @Test
    void anInvalidByteInTheMiddleOfUtf8IsReplacedToo() throws IOException {
        String good = Files.readString(SEED, StandardCharsets.UTF_8);
        int mid = good.length() / 2;
        byte[] bytes = concat(good.substring(0, mid).getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3},
                good.substring(mid).getBytes(StandardCharsets.UTF_8));
        Article a = load("mid.txt", bytes);
        assertEquals("UTF-8", a.charset());
        assertTrue(a.text().contains("wasn’t"), "curly apostrophes intact");
    }

    @Test
    void latin1TextIsStillNotReadAsUtf8() throws IOException {
        Article a = load("latin1.txt", ArticleLoaderTest.CAFE.replace("€", "EUR").getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(ArticleLoaderTest.CAFE.replace("€", "EUR"), a.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-16", "UTF-16LE", "utf-32"})
    void aPageDeclaringAWideCharsetButStoredAsUtf8ReadsAsUtf8(String declared) throws IOException {
        String html = "<!DOCTYPE html><html><head><meta charset=\"" + declared + "\"><title>Café</title></head><body>"
                + "<article><p>“The café reopened on Monday,” its owner said, after weeks of repairs to the roof.</p>"
                + "<p>Crème brûlée is back on the menu at 4,50 €, and regulars queued from early morning.</p>"
                + "</article></body></html>";
        Article a = load("page.html", html.getBytes(StandardCharsets.UTF_8));
        assertEquals("UTF-8", a.charset());
        assertTrue(a.text().contains("“The café reopened on Monday,”"), a.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-32LE", "UTF-32BE"})
    void utf32WithABomIsText(String charset) throws IOException {
        String text = ArticleLoaderTest.CURLY;
        byte[] bom = "\uFEFF".getBytes(Charset.forName(charset));
        Article a = load("wide.txt", concat(bom, text.getBytes(Charset.forName(charset))));
        assertEquals(text, a.text());
    }

    @Test
    void utf32LittleEndianWithoutABomIsText() throws IOException {
        Article a = load("wide.txt", ArticleLoaderTest.CURLY.getBytes(Charset.forName("UTF-32LE")));
        assertEquals(ArticleLoaderTest.CURLY, a.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void cjkInUtf16WithoutABomIsText(String charset) throws IOException {
        Article a = load("cjk.txt", CJK.getBytes(Charset.forName(charset)));
        assertEquals(CJK, a.text());
        assertEquals(charset, a.charset());
    }

    @Test
    void aStrayBomInsideAPageIsNotText() throws UnreadableInputException {
        // found by EnginePropertyTest: a space, then a BOM, then the text
        String page = " \uFEFFObama urges Russian Federation to focus attacks on IS, officials said on Monday.";
        Article a = ArticleLoader.create().fromBytes("x.html", page.getBytes(StandardCharsets.UTF_8), Format.HTML);
        assertEquals(page.substring(2), a.text());
    }

    @Test
    void textFollowedByNulBytesPastTheFirstEightKilobytesIsRefused() throws IOException {
        byte[] text = Files.readString(SEED).repeat(200).getBytes(StandardCharsets.UTF_8); // about 1 MB
        assertTrue(text.length > 1_000_000);
        Path file = Files.write(dir.resolve("padded.txt"), concat(text, new byte[4096]));
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> ArticleLoader.create().load(file));
        assertEquals("not text (binary data)", e.reason());
    }

    @Test
    void textFollowedByRandomBytesIsRefused() throws IOException {
        byte[] text = Files.readString(SEED).repeat(200).getBytes(StandardCharsets.UTF_8);
        byte[] noise = new byte[20_000];
        new Random(12).nextBytes(noise);
        for (int i = 0; i < noise.length; i++) {
            if (noise[i] == 0) {
                noise[i] = 1; // no NUL: the control-character test must find it on its own
            }
        }
        Path file = Files.write(dir.resolve("tail.txt"), concat(text, noise));
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> ArticleLoader.create().load(file));
        assertEquals("not text (binary data)", e.reason());
    }
}
