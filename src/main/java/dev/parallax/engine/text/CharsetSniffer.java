package dev.parallax.engine.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decides how a file's bytes decode: a byte-order mark first, then an HTML or XML declaration, then strict
 * UTF-8, then Mozilla's statistical detector, and windows-1252 (a superset of ISO-8859-1's printable range) last.
 */
final class CharsetSniffer {

    /** A decoding decision: the charset and how many leading bytes (a BOM) to skip. */
    record Decision(Charset charset, int skip) {
    }

    private static final Pattern DECLARED = Pattern.compile(
            "(?i)(?:<meta[^>]+charset\\s*=\\s*[\"']?|<\\?xml[^>]+encoding\\s*=\\s*[\"'])([A-Za-z0-9._:-]+)");

    private CharsetSniffer() {
    }

    static Decision decide(byte[] b, boolean markup) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Decision(StandardCharsets.UTF_8, 3);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Decision(StandardCharsets.UTF_16LE, 2);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Decision(StandardCharsets.UTF_16BE, 2);
        }
        Charset utf16 = utf16WithoutBom(b);
        if (utf16 != null) {
            return new Decision(utf16, 0);
        }
        String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        if (m.find()) {
            Charset declared = lookup(m.group(1));
            if (declared != null && (markup || head.startsWith("<?xml"))) {
                // a page that declares ISO-8859-1 is, by the HTML standard, windows-1252
                if (declared.name().equals("ISO-8859-1") || declared.name().equals("US-ASCII")) {
                    declared = Charset.forName("windows-1252");
                }
                if (!declared.name().equals("UTF-8") || isUtf8(b)) {
                    return new Decision(declared, 0);
                }
            }
        }
        if (isUtf8(b)) {
            return new Decision(StandardCharsets.UTF_8, 0);
        }
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(b, 0, b.length);
        detector.dataEnd();
        Charset guess = lookup(detector.getDetectedCharset());
        if (guess == null || guess.name().equals("UTF-8") || guess.name().equals("US-ASCII")
                || guess.name().equals("ISO-8859-1")) {
            guess = Charset.forName("windows-1252");
        }
        return new Decision(guess, 0);
    }

    /** UTF-16 without a BOM shows as NUL in every other byte of ASCII text. */
    private static Charset utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 8) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) {
                evenZero++;
            }
            if (b[i + 1] == 0) {
                oddZero++;
            }
        }
        int pairs = n / 2;
        if (oddZero > pairs * 0.6 && evenZero < pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZero > pairs * 0.6 && oddZero < pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    static boolean isUtf8(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static Charset lookup(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
