package dev.parallax.engine.claims;

import dev.parallax.engine.EngineFactory;
import dev.parallax.engine.corpus.ScanListener;
import dev.parallax.engine.export.ClaimsJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Not a test: prints claims vs pairwise recall and precision for a grid of join rules, on the tuning topics
 * (16, 24, 31) and the held-out ones apart. Each topic is aligned once; only the join is repeated.
 * Run with the test class path: {@code java -cp ... dev.parallax.engine.claims.TuneJoin}.
 */
public final class TuneJoin {

    public static void main(String[] args) throws Exception {
        Path tmp = Files.createTempDirectory("tune-join");
        Map<String, ClaimsResult> results = new LinkedHashMap<>();
        for (String t : EcbTopics.TOPICS) {
            results.put(t, EngineFactory.defaults().claims().scan(EcbTopics.folder(t, tmp.resolve(t)), ScanListener.NONE));
        }
        for (int per : new int[] {1, 2, 3}) {
            for (double support : new double[] {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.7, 1.0}) {
                JoinRules rules = new JoinRules(per, support);
                ClaimsScoring.Counts[] c = {new ClaimsScoring.Counts(0, 0, 0), new ClaimsScoring.Counts(0, 0, 0)};
                ClaimsScoring.Counts[] p = {new ClaimsScoring.Counts(0, 0, 0), new ClaimsScoring.Counts(0, 0, 0)};
                for (var e : results.entrySet()) {
                    ClaimsResult r0 = e.getValue();
                    ClaimsResult r = new ClaimsResult(r0.scan(), r0.pairs(),
                            Claims.join(r0.documents(), r0.pairs(), rules), 0);
                    EcbTopics.Gold gold = EcbTopics.gold(e.getKey());
                    int k = EcbTopics.TUNED.contains(e.getKey()) ? 0 : 1;
                    c[k] = c[k].plus(ClaimsScoring.claims(ClaimsScoring.claimsOf(ClaimsJson.toJson(r, 2)), gold));
                    p[k] = p[k].plus(ClaimsScoring.pairwise(r, gold));
                }
                System.out.printf("per %d support %.1f  tuned: claims %s pairwise %s | held out: claims %s pairwise %s%n",
                        per, support, c[0], p[0], c[1], p[1]);
            }
        }
    }
}
