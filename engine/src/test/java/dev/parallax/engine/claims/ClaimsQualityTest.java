package dev.parallax.engine.claims;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.engine.export.ClaimsJson;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The bar on the six ECB+ story folders: the sentence pairs the claims put together (read from the
 * claims JSON, as a tool would) keep at least the pairwise engine's recall on the same gold pairs, with
 * precision at most 0.03 lower. The join rules were tuned on topics 16, 24 and 31 ({@link TuneJoin}); 23, 30
 * and 40 are held out and checked on their own.
 */
class ClaimsQualityTest {

    @Test
    void claimsKeepThePairwiseRecallAtNearlyItsPrecision() throws Exception {
        ClaimsScoring.Counts[] claims = new ClaimsScoring.Counts[2];
        ClaimsScoring.Counts[] pairwise = new ClaimsScoring.Counts[2];
        for (int k = 0; k < 2; k++) {
            claims[k] = new ClaimsScoring.Counts(0, 0, 0);
            pairwise[k] = new ClaimsScoring.Counts(0, 0, 0);
        }
        for (String t : EcbTopics.TOPICS) {
            ClaimsResult r = TopicScans.of(t);
            EcbTopics.Gold gold = EcbTopics.gold(t);
            ClaimsScoring.Counts c = ClaimsScoring.claims(ClaimsScoring.claimsOf(ClaimsJson.toJson(r, 2)), gold);
            ClaimsScoring.Counts p = ClaimsScoring.pairwise(r, gold);
            int k = EcbTopics.TUNED.contains(t) ? 0 : 1;
            claims[k] = claims[k].plus(c);
            pairwise[k] = pairwise[k].plus(p);
            System.out.printf(Locale.ROOT, "topic %s: %d articles, %d claims, %d with 3+ sources, %d contested; "
                            + "claims %s, pairwise %s%n", t, r.documents().size(), r.claims().size(),
                    r.withSources(3).size(), r.claims().stream().filter(Claim::contested).count(), c, p);
        }
        ClaimsScoring.Counts allC = claims[0].plus(claims[1]);
        ClaimsScoring.Counts allP = pairwise[0].plus(pairwise[1]);
        System.out.println("claims, tuned topics: " + claims[0] + " vs pairwise " + pairwise[0]);
        System.out.println("claims, held-out topics: " + claims[1] + " vs pairwise " + pairwise[1]);
        System.out.println("claims, all topics: " + allC + " vs pairwise " + allP);
        for (int k = 0; k < 2; k++) {
            String which = k == 0 ? "tuned" : "held-out";
            assertTrue(claims[k].recall() >= pairwise[k].recall(), which + " recall " + claims[k] + " vs " + pairwise[k]);
            assertTrue(claims[k].precision() >= pairwise[k].precision() - 0.03,
                    which + " precision " + claims[k] + " vs " + pairwise[k]);
        }
        // the joins add pairs the engine did not link directly: more than chance agreement with the gold
        assertTrue(allC.tp() > allP.tp(), allC + " vs " + allP);
    }
}
