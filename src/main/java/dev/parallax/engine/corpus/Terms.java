package dev.parallax.engine.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * Content words of a text as stems: lower-cased, function words dropped, Snowball (Porter2) stemmed, hashed to
 * 64 bits so fingerprints need no shared vocabulary (a dictionary would be global state).
 */
final class Terms {

    private static final Pattern WORD = Pattern.compile("\\d+(?:[.,:]\\d+)*|[\\p{L}\\p{M}]+(?:['’][\\p{L}\\p{M}]+)*");
    /** The engine's function-word list, so the scan and the aligner agree on what a content word is. */
    private static final Set<String> STOP = loadStopwords();

    private Terms() {
    }

    /** Stem hashes of the content words of {@code text}, in text order. */
    static long[] contentStems(String text) {
        SnowballStemmer stemmer = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);
        Matcher m = WORD.matcher(text);
        long[] out = new long[64];
        int n = 0;
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
            if (STOP.contains(w) || (w.length() < 3 && !Character.isDigit(w.charAt(0)))) {
                continue;
            }
            int apostrophe = w.indexOf('\'');
            if (apostrophe > 0) {
                w = w.substring(0, apostrophe);
            }
            String stem = Character.isDigit(w.charAt(0)) ? w.replace(",", "") : stemmer.stem(w).toString();
            if (n == out.length) {
                out = java.util.Arrays.copyOf(out, n * 2);
            }
            out[n++] = hash(stem);
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** 64-bit FNV-1a of the string, finished with a mixer: stable across JVMs and machines. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** SplitMix64 finaliser: spreads bits so that any subset of them is a fair hash. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static Set<String> loadStopwords() {
        Set<String> out = new HashSet<>();
        try (InputStream in = Terms.class.getResourceAsStream("/dev/parallax/engine/align/stopwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("stopwords.txt missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String line; (line = r.readLine()) != null; ) {
                lines.add(line);
            }
            for (String line : lines) {
                if (!line.startsWith("#")) {
                    for (String w : line.trim().split("\\s+")) {
                        if (!w.isEmpty()) {
                            out.add(w.toLowerCase(Locale.ROOT).replace('’', '\''));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
