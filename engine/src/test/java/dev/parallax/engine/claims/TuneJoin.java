package dev.parallax.engine.claims;

import dev.parallax.engine.EngineFactory;
import dev.parallax.engine.corpus.ScanListener;
import dev.parallax.engine.export.ClaimsJson;
import dev.parallax.engine.text.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Not a test: prints claims vs pairwise recall and precision for a grid of join rules, on the tuning topics
 * (16, 24, 31) and the held-out ones apart, with the number of claims and of claims with 3+ sources per
 * topic. Each topic is aligned once; only the join is repeated. With arguments {@code PER SUPPORT WORDING
 * [TOP]} it prints instead each topic's biggest claims under those rules, passage by passage, to be read.
 * Run with the test class path: {@code java -cp ... dev.parallax.engine.claims.TuneJoin}.
 */
public final class TuneJoin {

    public static void main(String[] args) throws Exception {
        Path tmp = Files.createTempDirectory("tune-join");
        Map<String, ClaimsResult> results = new LinkedHashMap<>();
        for (String t : EcbTopics.TOPICS) {
            results.put(t, EngineFactory.defaults().claims().scan(EcbTopics.folder(t, tmp.resolve(t)), ScanListener.NONE));
        }
        if (args.length >= 3) {
            JoinRules rules = new JoinRules(Integer.parseInt(args[0]), Double.parseDouble(args[1]),
                    Double.parseDouble(args[2]));
            int top = args.length > 3 ? Integer.parseInt(args[3]) : 3;
            for (var e : results.entrySet()) {
                ClaimsResult r = e.getValue();
                var claims = Claims.join(r.documents(), r.pairs(), rules);
                System.out.println("topic " + e.getKey() + ": " + claims.size() + " claims");
                for (Claim c : claims.subList(0, Math.min(top, claims.size()))) {
                    System.out.println("  " + c.id() + " " + c.sources() + " sources");
                    for (PassageRef p : c.passages()) {
                        Article a = r.documents().get(p.article()).article();
                        String text = a.sentences().get(p.sentence()).of(a.text()).replace('\n', ' ');
                        System.out.println("    " + r.documents().get(p.article()).id() + " s" + p.sentence() + ": "
                                + text.substring(0, Math.min(140, text.length())));
                    }
                }
            }
            return;
        }
        for (double support : new double[] {0.5, 0.7}) {
            for (double wording : new double[] {0, 0.1, 0.15, 0.2, 0.25, 0.3}) {
                JoinRules rules = new JoinRules(2, support, wording);
                ClaimsScoring.Counts[] c = {new ClaimsScoring.Counts(0, 0, 0), new ClaimsScoring.Counts(0, 0, 0)};
                ClaimsScoring.Counts[] p = {new ClaimsScoring.Counts(0, 0, 0), new ClaimsScoring.Counts(0, 0, 0)};
                StringBuilder sizes = new StringBuilder();
                for (var e : results.entrySet()) {
                    ClaimsResult r0 = e.getValue();
                    ClaimsResult r = new ClaimsResult(r0.scan(), r0.pairs(),
                            Claims.join(r0.documents(), r0.pairs(), rules), 0);
                    EcbTopics.Gold gold = EcbTopics.gold(e.getKey());
                    int k = EcbTopics.TUNED.contains(e.getKey()) ? 0 : 1;
                    c[k] = c[k].plus(ClaimsScoring.claims(ClaimsScoring.claimsOf(ClaimsJson.toJson(r, 2)), gold));
                    p[k] = p[k].plus(ClaimsScoring.pairwise(r, gold));
                    sizes.append(String.format(Locale.ROOT, " %s:%d/%d/%d", e.getKey(), r.claims().size(),
                            r.withSources(3).size(), r.claims().isEmpty() ? 0 : r.claims().get(0).sources()));
                }
                System.out.printf(Locale.ROOT, "per 2 support %.1f wording %.2f  tuned: claims %s pairwise %s | held out: "
                        + "claims %s pairwise %s%n   claims/3+/biggest:%s%n", support, wording, c[0], p[0], c[1], p[1], sizes);
            }
        }
    }
}
