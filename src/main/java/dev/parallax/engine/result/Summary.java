package dev.parallax.engine.result;

/**
 * Counts for a comparison.
 *
 * @param agree          links that agree
 * @param conflict       links that conflict
 * @param leftOnly       left passages with no counterpart
 * @param rightOnly      right passages with no counterpart
 * @param sharedShare    share of both articles' passage text that has a counterpart, 0 to 1
 * @param leftAgree      left passages that agree
 * @param leftConflict   left passages that conflict
 * @param rightAgree     right passages that agree
 * @param rightConflict  right passages that conflict
 */
public record Summary(int agree, int conflict, int leftOnly, int rightOnly, double sharedShare,
                      int leftAgree, int leftConflict, int rightAgree, int rightConflict) {
}
