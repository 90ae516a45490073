package dev.parallax.engine.corpus;

import java.util.Arrays;
import java.util.Objects;

/**
 * What the candidate stage knows of one document: its content-word stems with counts (for rare-term lookup
 * and a TF-IDF cosine) and a MinHash signature of its 3-stem shingles (for LSH banding). Small (a few KB),
 * self-contained, comparable across machines: stems are 64-bit hashes, not dictionary ids.
 *
 * <p>The arrays are owned by the record and must not be modified.
 *
 * @param id        the document id
 * @param terms     distinct stem hashes, ascending
 * @param counts    occurrences of each term, parallel to {@code terms}
 * @param length    number of content words
 * @param minHash   MinHash signature of the shingles; empty when the text has fewer than 3 content words
 */
public record Fingerprint(String id, long[] terms, int[] counts, int length, long[] minHash) {

    public Fingerprint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(minHash, "minHash");
        if (terms.length != counts.length) {
            throw new IllegalArgumentException("terms and counts differ in length");
        }
    }

    /** Index of {@code term} in {@link #terms()}, or a negative number. */
    public int indexOf(long term) {
        return Arrays.binarySearch(terms, term);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && id.equals(f.id) && length == f.length && Arrays.equals(terms, f.terms)
                && Arrays.equals(counts, f.counts) && Arrays.equals(minHash, f.minHash);
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + Arrays.hashCode(minHash);
    }

    @Override
    public String toString() {
        return "Fingerprint[" + id + ", " + terms.length + " terms, " + length + " words]";
    }
}
