package dev.parallax.engine.corpus;

import dev.parallax.engine.align.Aliases;
import dev.parallax.engine.align.Analyzer;
import dev.parallax.engine.text.Article;
import java.util.List;

/**
 * Content words of a document as stem hashes: the stems the comparison engine's {@link Analyzer} gives (function
 * words dropped, numbers, spellings and aliases normalized), hashed to 64 bits so fingerprints need no shared
 * vocabulary (a dictionary would be global state). The scan and the aligner thus agree on every term.
 */
final class Terms {

    /** The analyzer keeps a stemmer with state: one per thread. */
    private static final ThreadLocal<Analyzer> ANALYZER = ThreadLocal.withInitial(Analyzer::new);

    private Terms() {
    }

    /** Stem hashes of the content words of {@code article}, in text order. */
    static long[] contentStems(Article article) {
        List<String> stems = ANALYZER.get().contentStems(article, Aliases.defaults());
        long[] out = new long[stems.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = hash(stems.get(k));
        }
        return out;
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
}
