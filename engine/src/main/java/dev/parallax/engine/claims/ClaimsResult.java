package dev.parallax.engine.claims;

import dev.parallax.engine.corpus.Document;
import dev.parallax.engine.corpus.ScanResult;
import java.util.List;
import java.util.Objects;

/**
 * The claims of a folder, with the scan and the comparisons they were joined from. Immutable.
 *
 * @param scan   the folder scan (documents, skipped files, timings)
 * @param pairs  every comparison the scan made, {@code a < b}
 * @param claims the claims, most sources first
 * @param joinNanos wall time of the join
 */
public record ClaimsResult(ScanResult scan, List<PairComparison> pairs, List<Claim> claims, long joinNanos) {

    public ClaimsResult {
        Objects.requireNonNull(scan, "scan");
        pairs = List.copyOf(pairs);
        claims = List.copyOf(claims);
    }

    public List<Document> documents() {
        return scan.documents();
    }

    /** The claims carried by at least {@code k} articles. */
    public List<Claim> withSources(int k) {
        return claims.stream().filter(c -> c.sources() >= k).toList();
    }

    /** How many claims each article carries, by document index. */
    public int[] coverage() {
        int[] out = new int[documents().size()];
        for (Claim c : claims) {
            c.articles().forEach(a -> out[a]++);
        }
        return out;
    }

    /** The comparison of two documents (either order), or null when the scan did not compare them. */
    public PairComparison pair(int x, int y) {
        for (PairComparison p : pairs) {
            if (p.a() == Math.min(x, y) && p.b() == Math.max(x, y)) {
                return p;
            }
        }
        return null;
    }
}
