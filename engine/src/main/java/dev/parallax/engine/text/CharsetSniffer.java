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
 * Decides how a file's bytes decode: a byte-order mark first (UTF-8, UTF-32, UTF-16), UTF-16 or UTF-32 without
 * one (the NUL pattern of their code units), then an HTML or XML declaration, then UTF-8 (also with a few bad
 * bytes, which become U+FFFD), then Mozilla's statistical detector, and windows-1252 (a superset of
 * ISO-8859-1's printable range) last.
 */
final class CharsetSniffer {

    /** A decoding decision: the charset and how many leading bytes (a BOM) to skip. */
    record Decision(Charset charset, int skip) {

        /** Whether this charset has code units wider than a byte, so that NUL bytes are part of the text. */
        boolean wide() {
            String n = charset.name();
            return n.startsWith("UTF-16") || n.startsWith("UTF-32");
        }
    }

    static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    static final Charset UTF_32BE = Charset.forName("UTF-32BE");

    private static final Pattern DECLARED = Pattern.compile(
            "(?i)(?:<meta[^>]+charset\\s*=\\s*[\"']?|<\\?xml[^>]+encoding\\s*=\\s*[\"'])([A-Za-z0-9._:-]+)");

    private CharsetSniffer() {
    }

    static Decision decide(byte[] b, boolean markup) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Decision(StandardCharsets.UTF_8, 3);
        }
        // UTF-32LE's BOM starts with UTF-16LE's: test it first
        if (b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
            return new Decision(UTF_32LE, 4);
        }
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
            return new Decision(UTF_32BE, 4);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Decision(StandardCharsets.UTF_16LE, 2);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Decision(StandardCharsets.UTF_16BE, 2);
        }
        Charset wide = wideWithoutBom(b);
        if (wide != null) {
            return new Decision(wide, 0);
        }
        String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        if (m.find()) {
            Charset declared = lookup(m.group(1));
            if (declared != null && (markup || head.startsWith("<?xml"))) {
                String name = declared.name();
                // the HTML standard: a page that declares ISO-8859-1 is windows-1252, and one that declares
                // UTF-16 or UTF-32 (found here, so written in ASCII bytes) is UTF-8
                if (name.equals("ISO-8859-1") || name.equals("US-ASCII")) {
                    declared = Charset.forName("windows-1252");
                } else if (name.startsWith("UTF-16") || name.startsWith("UTF-32")) {
                    declared = StandardCharsets.UTF_8;
                }
                if (!declared.equals(StandardCharsets.UTF_8) || mostlyUtf8(b)) {
                    return new Decision(declared, 0);
                }
            }
        }
        if (mostlyUtf8(b)) {
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

    /**
     * UTF-16 or UTF-32 without a BOM. ASCII text in them shows as NUL bytes at fixed places of each code unit;
     * CJK text in UTF-16 has few NULs (only its spaces, digits and line breaks) but all at one parity, and
     * decodes without an unpaired surrogate into letters.
     */
    private static Charset wideWithoutBom(byte[] b) {
        int n = Math.min(b.length, 1 << 16) & ~3;
        if (n < 8) {
            return null;
        }
        int[] zeros = new int[4];
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                zeros[i & 3]++;
            }
        }
        int units = n / 4;
        // UTF-32: the two high bytes of every BMP character are NUL
        if (zeros[2] > units * 0.95 && zeros[3] > units * 0.95 && zeros[0] < units * 0.05) {
            return plausible(b, UTF_32LE) ? UTF_32LE : null;
        }
        if (zeros[0] > units * 0.95 && zeros[1] > units * 0.95 && zeros[3] < units * 0.05) {
            return plausible(b, UTF_32BE) ? UTF_32BE : null;
        }
        int pairs = n / 2;
        int evenZero = zeros[0] + zeros[2];
        int oddZero = zeros[1] + zeros[3];
        if (oddZero > pairs * 0.6 && evenZero < pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZero > pairs * 0.6 && oddZero < pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        // few NULs, nearly all at one parity (the high byte of ASCII spaces, digits and line breaks; a character
        // such as U+4E00 puts one at the other), and the file decodes as UTF-16 into letters: CJK text
        if (oddZero >= 2 && evenZero * 4 <= oddZero && plausible(b, StandardCharsets.UTF_16LE)) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZero >= 2 && oddZero * 4 <= evenZero && plausible(b, StandardCharsets.UTF_16BE)) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** Whether the start of {@code b} decodes strictly in {@code cs} into text: letters, spaces and punctuation. */
    private static boolean plausible(byte[] b, Charset cs) {
        int unit = cs.name().startsWith("UTF-32") ? 4 : 2;
        int n = Math.min(b.length, 1 << 16) / unit * unit;
        String s;
        try {
            s = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, 0, n)).toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        int good = 0;
        int all = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            all++;
            int type = Character.getType(cp);
            if (Character.isLetterOrDigit(cp) || Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                    || type == Character.OTHER_PUNCTUATION || type == Character.START_PUNCTUATION
                    || type == Character.END_PUNCTUATION || type == Character.DASH_PUNCTUATION
                    || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION) {
                good++;
            }
        }
        return all > 0 && good >= all * 0.95;
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

    /**
     * Whether {@code b} is UTF-8, allowing a few bad bytes (a damaged download, one stray byte) when the rest
     * holds many well-formed multi-byte characters: at most one bad byte per 20 of them. Text in a legacy 8-bit
     * charset has its accented letters mostly as bad UTF-8 and almost never as well-formed sequences.
     */
    static boolean mostlyUtf8(byte[] b) {
        int valid = 0;
        int bad = 0;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            boolean ok = len > 0 && i + len <= b.length;
            for (int k = 1; ok && k < len; k++) {
                ok = (b[i + k] & 0xC0) == 0x80;
            }
            if (ok && len == 3) {
                int c1 = b[i + 1] & 0xFF;
                ok = !(c == 0xE0 && c1 < 0xA0) && !(c == 0xED && c1 >= 0xA0); // overlong, surrogate
            } else if (ok && len == 4) {
                int c1 = b[i + 1] & 0xFF;
                ok = !(c == 0xF0 && c1 < 0x90) && !(c == 0xF4 && c1 >= 0x90);
            }
            if (ok) {
                valid++;
                i += len;
            } else {
                bad++;
                i++;
            }
        }
        return bad == 0 || bad * 20 <= valid;
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
