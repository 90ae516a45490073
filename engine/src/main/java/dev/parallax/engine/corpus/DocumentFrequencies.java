package dev.parallax.engine.corpus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * In how many documents each stem occurs: the one corpus-wide statistic the scan needs (a reduce-by-key over
 * fingerprints on a distributed engine). Immutable.
 */
public final class DocumentFrequencies {

    private final Map<Long, Integer> df;
    private final int documents;
    private final int absent;

    private DocumentFrequencies(Map<Long, Integer> df, int documents) {
        this(df, documents, 0);
    }

    private DocumentFrequencies(Map<Long, Integer> df, int documents, int absent) {
        this.df = df;
        this.documents = documents;
        this.absent = absent;
    }

    /**
     * Frequencies counted elsewhere (a reduce-by-key on a distributed engine). {@code absent} is the frequency
     * of a stem missing from {@code counts}: 0 when the map is complete, 1 when it holds only the stems found in
     * two or more documents (then every stem of a document of the collection is answered exactly).
     */
    public static DocumentFrequencies of(Map<Long, Integer> counts, int documents, int absent) {
        return new DocumentFrequencies(Map.copyOf(counts), documents, absent);
    }

    public static DocumentFrequencies of(List<Fingerprint> fingerprints) {
        Map<Long, Integer> df = new HashMap<>();
        for (Fingerprint f : fingerprints) {
            for (long t : f.terms()) {
                df.merge(t, 1, Integer::sum);
            }
        }
        return new DocumentFrequencies(Map.copyOf(df), fingerprints.size());
    }

    public int documents() {
        return documents;
    }

    public int of(long term) {
        return df.getOrDefault(term, absent);
    }

    /** Smoothed inverse document frequency, always positive. */
    public double idf(long term) {
        return Math.log((documents + 1.0) / (of(term) + 0.5));
    }
}
