package dev.parallax.engine.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.engine.corpus.Document;
import dev.parallax.engine.result.DifferenceType;
import dev.parallax.engine.result.Link;
import dev.parallax.engine.text.Article;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The join on real reports: the chain guard, and variant values where reports differ on a number. */
class ClaimsJoinTest {

    /** Sentence links of a result as (article, sentence) pairs, both directions. */
    private static Set<List<Integer>> links(ClaimsResult r) {
        Set<List<Integer>> out = new HashSet<>();
        for (PairComparison p : r.pairs()) {
            for (Link l : p.comparison().links()) {
                for (int x : Claims.covered(p.comparison().left(), p.comparison().passage(l.left()).span())) {
                    for (int y : Claims.covered(p.comparison().right(), p.comparison().passage(l.right()).span())) {
                        out.add(List.of(p.a(), x, p.b(), y));
                        out.add(List.of(p.b(), y, p.a(), x));
                    }
                }
            }
        }
        return out;
    }

    private static boolean together(List<Claim> claims, PassageRef x, PassageRef z) {
        return claims.stream().anyMatch(c -> c.passages().contains(x) && c.passages().contains(z));
    }

    /** The join of three of a result's documents, with only their comparisons. */
    private static List<Claim> joinOf(ClaimsResult r, int[] docs, JoinRules rules) {
        List<Document> sub = new ArrayList<>();
        for (int d : docs) {
            sub.add(r.documents().get(d));
        }
        List<PairComparison> pairs = new ArrayList<>();
        for (int i = 0; i < docs.length; i++) {
            for (int j = i + 1; j < docs.length; j++) {
                PairComparison p = r.pair(docs[i], docs[j]);
                boolean flipped = p.a() != Math.min(docs[i], docs[j]) || docs[i] > docs[j];
                pairs.add(flipped ? new PairComparison(j, i, p.comparison()) : new PairComparison(i, j, p.comparison()));
            }
        }
        return Claims.join(sub, pairs, rules);
    }

    @Test
    void aChainOfLinksDoesNotGlueSentencesThatAreNotLinked() {
        // real comparisons of the Orozco death-sentence reports (ECB+ topic 16): find x ~ y and y ~ z where x and
        // z, in two articles the scan compared, are not linked
        ClaimsResult r = TopicScans.of("16");
        Set<List<Integer>> links = links(r);
        int chains = 0;
        int triangles = 0;
        for (List<Integer> xy : links) {
            for (List<Integer> yz : links) {
                if (!xy.subList(2, 4).equals(yz.subList(0, 2)) || xy.get(0).equals(yz.get(2))
                        || xy.get(0) > yz.get(2)) {
                    continue;
                }
                int a = xy.get(0);
                int b = xy.get(2);
                int c = yz.get(2);
                int[] docs = a < b && b < c ? new int[] {a, b, c} : sorted(a, b, c);
                PassageRef x = new PassageRef(index(docs, a), xy.get(1));
                PassageRef y = new PassageRef(index(docs, b), xy.get(3));
                PassageRef z = new PassageRef(index(docs, c), yz.get(3));
                boolean linked = links.contains(List.of(a, xy.get(1), c, yz.get(3)));
                if (!linked && !loneChain(links, a, xy.get(1), b, xy.get(3), c, yz.get(3))) {
                    continue; // x and z are not linked, but corroborated otherwise: not a chain
                }
                List<Claim> guarded = joinOf(r, docs, JoinRules.DEFAULT);
                if (!linked) {
                    chains++;
                    assertFalse(together(guarded, x, z), "chain " + xy + " " + yz + " glued: " + guarded.stream()
                            .filter(cl -> cl.passages().contains(x) && cl.passages().contains(z)).toList() + " links "
                            + links.stream().filter(l -> List.of(a, b, c).contains(l.get(0)) && List.of(a, b, c)
                            .contains(l.get(2)) && l.get(0) < l.get(2)).toList());
                    // each link still says its two passages state the same thing
                    assertTrue(together(guarded, x, y) && together(guarded, y, z));
                } else if (triangles < 20) {
                    triangles++;
                    // corroborated: all three linked to each other, one claim (unless an article gives two)
                    assertTrue(together(guarded, x, z), "triangle " + xy + " " + yz + " split");
                }
            }
        }
        assertTrue(chains >= 3, "the topic has chains of loose links: " + chains);
        assertTrue(triangles >= 3, "and corroborated triangles: " + triangles);
    }

    /**
     * Whether y is the only thing joining x (article a) and z (article c): no other sentence of b is linked to
     * both, no other sentence of a is linked to z, no other sentence of c to x.
     */
    private static boolean loneChain(Set<List<Integer>> links, int a, int x, int b, int y, int c, int z) {
        for (List<Integer> l : links) {
            if (l.get(0) == b && l.get(1) != y && links.contains(List.of(b, l.get(1), a, x))
                    && links.contains(List.of(b, l.get(1), c, z))) {
                return false;
            }
            if (l.get(0) == a && l.get(1) != x && l.get(2) == c && l.get(3) == z) {
                return false;
            }
            if (l.get(0) == c && l.get(1) != z && l.get(2) == a && l.get(3) == x) {
                return false;
            }
        }
        return true;
    }

    private static int[] sorted(int a, int b, int c) {
        int[] d = {a, b, c};
        java.util.Arrays.sort(d);
        return d;
    }

    private static int index(int[] docs, int d) {
        for (int i = 0; i < docs.length; i++) {
            if (docs[i] == d) {
                return i;
            }
        }
        throw new IllegalArgumentException();
    }

    @Test
    void sentencesThatShareOnlyAPlaceOrANameStayOutOfAClaimWhileATrueManySourceClaimHolds() {
        // ECB+ topic 16: the pairwise engine links "Orozco was arrested five buildings away on 223rd Street" to
        // other sentences naming 223rd Street, and the lead sentences of the reports to each other and to the
        // headlines by the deputy's name; the claims once glued those into two of the three biggest claims
        ClaimsResult r = TopicScans.of("16");
        PassageRef arrest = sentence(r, "16_2ecbplus.txt", "Orozco was arrested five buildings away on 223rd Street");
        PassageRef shooting = sentence(r, "16_5ecbplus.txt", "The shooting occurred about 3: 10 p. m. in the 12200 block");
        PassageRef fanning = sentence(r, "16_7ecbplus.txt", "fanning out around the 12200 block of 223rd Street");
        PassageRef headline = sentence(r, "16_2ecbplus.txt", "Sheriff's Deputy Jerry Ortiz");
        PassageRef nameLine = sentence(r, "16_11ecbplus.txt", "His name is Los Angeles county Sheriff deputy Jerry Ortiz");
        PassageRef trial = sentence(r, "16_9ecbplus.txt", "Jose Luis Orozco showed almost no emotion");
        PassageRef sentencing = sentence(r, "16_10ecbplus.txt", "Judge Philip Hickok told a packed courtroom");
        Set<List<Integer>> links = links(r);
        // the glue came from direct links, not from chains: the guard alone could not refuse it
        assertTrue(links.contains(List.of(arrest.article(), arrest.sentence(), shooting.article(), shooting.sentence())));
        assertTrue(links.contains(List.of(headline.article(), headline.sentence(), trial.article(), trial.sentence())));
        // the arrest is one claim of its two reports; the loose links stay claims of their own (two passages),
        // so the claims keep every pairwise link, but nothing joins them into one claim
        PassageRef arrest1 = sentence(r, "16_1ecbplus.txt", "The defendant was arrested five buildings away");
        assertTrue(together(r.claims(), arrest, arrest1));
        assertTrue(together(r.claims(), arrest, shooting), "the link is kept as a claim of its own");
        assertFalse(grown(r.claims(), arrest, shooting), "arrest and shooting place glued into one claim");
        assertFalse(grown(r.claims(), arrest, fanning), "arrest and the search of the block glued into one claim");
        assertFalse(grown(r.claims(), trial, sentencing), "the trial and the sentencing glued into one claim");
        for (Claim c : r.claims()) {
            if (c.passages().contains(headline) || c.passages().contains(nameLine)) {
                assertEquals(2, c.passages().size(), "a headline or a line of names only grows no claim: " + c);
            }
        }
        // and a claim that many reports state in their own words is one claim: Ortiz, a 15-year veteran
        Claim veteran = null;
        for (Claim c : r.claims()) {
            if (c.passages().contains(sentence(r, "16_7ecbplus.txt", "Ortiz, a 15 - year department veteran"))) {
                veteran = veteran == null || c.sources() > veteran.sources() ? c : veteran;
            }
        }
        assertNotNull(veteran);
        assertTrue(veteran.sources() >= 5, "the 15-year veteran: " + veteran.sources() + " sources");
        for (int a : veteran.articles()) {
            assertTrue(text(r, veteran, a).contains("15"), "every report in it gives the 15 years: " + text(r, veteran, a));
        }
    }

    /** Whether a claim of more than the two passages holds both. */
    private static boolean grown(List<Claim> claims, PassageRef x, PassageRef z) {
        return claims.stream().anyMatch(c -> c.passages().size() > 2 && c.passages().contains(x)
                && c.passages().contains(z));
    }

    /** The sentence of article {@code id} that contains {@code words}. */
    private static PassageRef sentence(ClaimsResult r, String id, String words) {
        int a = article(r, id);
        Article art = r.documents().get(a).article();
        for (int s = 0; s < art.sentences().size(); s++) {
            if (art.sentences().get(s).of(art.text()).contains(words)) {
                return new PassageRef(a, s);
            }
        }
        throw new AssertionError("no sentence with '" + words + "' in " + id);
    }

    @Test
    void reportsThatDifferOnTheDistanceOfAFallGiveOneClaimWithItsValues() {
        // ECB+ topic 23: reports of a climber's fatal fall on Mount Cook give 150 metres, 60 m or 200 ft
        ClaimsResult r = TopicScans.of("23");
        int a1 = article(r, "23_1ecbplus.txt");
        int a6 = article(r, "23_6ecbplus.txt");
        Claim fall = null;
        for (Claim c : r.claims()) {
            if (text(r, c, a1).contains("falling about 150 metres") && text(r, c, a6).contains("about 60m")) {
                fall = c;
            }
        }
        assertNotNull(fall, "one claim carries both reports of the fall");
        assertTrue(fall.sources() >= 5, "most reports carry it: " + fall.sources());
        assertTrue(fall.contested());
        Claim.Variant.Value v150 = value(fall, DifferenceType.NUMBER, "150");
        Claim.Variant.Value v60 = value(fall, DifferenceType.NUMBER, "60");
        assertNotNull(v150, "150 is a value: " + fall.variants());
        assertNotNull(v60, "60 is a value: " + fall.variants());
        assertTrue(v150.articles().contains(a1), v150.toString());
        assertTrue(v60.articles().contains(a6), v60.toString());
        assertFalse(v150.articles().contains(a6));
        // the article that says 60 m differs from the claim's main value
        assertNotNull(fall.differentValue(a6) != null ? fall.differentValue(a6) : fall.differentValue(a1));
        assertEquals(-1, fall.first(), "the tokenized ECB+ texts carry no dates");
    }

    private static int article(ClaimsResult r, String id) {
        for (int i = 0; i < r.documents().size(); i++) {
            if (r.documents().get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no " + id);
    }

    private static String text(ClaimsResult r, Claim c, int article) {
        StringBuilder sb = new StringBuilder();
        Article a = r.documents().get(article).article();
        for (PassageRef p : c.passagesOf(article)) {
            sb.append(a.sentences().get(p.sentence()).of(a.text()));
        }
        return sb.toString();
    }

    private static Claim.Variant.Value value(Claim c, DifferenceType type, String starts) {
        for (Claim.Variant v : c.variants()) {
            if (v.type() == type) {
                for (Claim.Variant.Value val : v.values()) {
                    if (val.text().startsWith(starts)) {
                        return val;
                    }
                }
            }
        }
        return null;
    }
}
