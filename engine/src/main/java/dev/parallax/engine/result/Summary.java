package dev.parallax.engine.result;

/**
 * Counts for a comparison.
 *
 * @param agree          links that agree
 * @param conflict       links that conflict
 * @param leftOnly       left passages with no counterpart (furniture not counted)
 * @param rightOnly      right passages with no counterpart (furniture not counted)
 * @param sharedShare    share of both articles' passage text (furniture left out) that has a counterpart, 0 to 1
 * @param leftAgree      left passages that agree
 * @param leftConflict   left passages that conflict
 * @param rightAgree     right passages that agree
 * @param rightConflict  right passages that conflict
 * @param leftFurniture  left passages that are page furniture
 * @param rightFurniture right passages that are page furniture
 */
public record Summary(int agree, int conflict, int leftOnly, int rightOnly, double sharedShare,
                      int leftAgree, int leftConflict, int rightAgree, int rightConflict,
                      int leftFurniture, int rightFurniture) {
}
