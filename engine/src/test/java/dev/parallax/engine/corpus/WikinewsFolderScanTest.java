package dev.parallax.engine.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scan on a real folder: the 100 Wikinews originals and their heavy rewrites, 200 files under neutral
 * names, so nothing but the text can pair them.
 */
class WikinewsFolderScanTest {

    static final Path PAIRS = Path.of("src/test/resources/eval/wikinews-rewrites/pairs");

    @TempDir
    static Path folder;
    static Map<String, String> partner = new HashMap<>();
    static ScanResult result;
    static List<String> log = new ArrayList<>();

    @BeforeAll
    static void scanTheFolder() throws IOException {
        partner = copyPairs(PAIRS, folder);
        result = FolderScan.builder().build().scan(folder, ScanListener.NONE);
        assertEquals(200, result.documents().size());
    }

    /** Copies each pair as sNNN-a.txt / sNNN-b.txt (a = original or rewrite, by a fixed shuffle); returns partners. */
    static Map<String, String> copyPairs(Path pairs, Path target) throws IOException {
        Map<String, String> out = new HashMap<>();
        List<Path> dirs;
        try (Stream<Path> s = Files.list(pairs)) {
            dirs = s.filter(Files::isDirectory).sorted().toList();
        }
        for (int n = 0; n < dirs.size(); n++) {
            boolean swap = n % 3 == 1;
            String a = String.format("s%03d-a.txt", n);
            String b = String.format("s%03d-b.txt", n);
            Files.copy(dirs.get(n).resolve(swap ? "right.txt" : "left.txt"), target.resolve(a));
            Files.copy(dirs.get(n).resolve(swap ? "left.txt" : "right.txt"), target.resolve(b));
            out.put(a, b);
            out.put(b, a);
        }
        return out;
    }

    /**
     * Counted against the labels as given, although one label is wrong: the "left" file of
     * English-footballer-Beckham-visits-British-troops-in-Afghanis is a rewrite of the Ugandan ceasefire story
     * (read by eye), so the scan rightly pairs it with that story and not with the Beckham report.
     */
    @Test
    void eachArticlesPartnerIsItsTopRankedMatchForAtLeast95Percent() {
        int hits = 0;
        List<String> misses = new ArrayList<>();
        for (Document d : result.documents()) {
            List<PairScore> ranked = result.pairsOf(d.id());
            String top = ranked.isEmpty() ? null : ranked.get(0).other(d.id());
            if (partner.get(d.id()).equals(top)) {
                hits++;
            } else {
                misses.add(d.id() + " -> " + top);
            }
        }
        System.out.println("partner top-ranked: " + hits + "/200; misses " + misses);
        assertTrue(hits >= 190, hits + "/200 articles have their partner as top match; misses: " + misses);
    }

    @Test
    void unrelatedArticlesShareNoPassages() {
        List<String> wrong = new ArrayList<>();
        for (PairScore p : result.pairs()) {
            if (!partner.get(p.a()).equals(p.b()) && p.sharedShare() > 0 && !sameTrial(p)) {
                wrong.add(p.a() + "~" + p.b() + " " + p.sharedShare());
            }
        }
        long related = result.pairs().stream().filter(p -> partner.get(p.a()).equals(p.b())).count();
        long positive = result.pairs().stream().filter(p -> partner.get(p.a()).equals(p.b()) && p.sharedShare() > 0).count();
        System.out.println("scored " + result.pairs().size() + " pairs, partners " + related + " (" + positive
                + " with shared passages); cross-story with shared passages: " + wrong);
        assertEquals(List.of(), wrong);
    }

    /**
     * Stories 51 and 57 are two Wikinews reports on the same hearing (Charles Taylor's war crimes trial, Naomi
     * Campbell's diamond): read by eye, they do share passages, so they are not "unrelated". Stories 44 and 53
     * (Kosovo's and Montenegro's declarations of independence from Serbia) both report Serbian Prime Minister
     * Vojislav Koštunica's opposition in nearly the same words: a shared passage, if not one event.
     */
    static boolean sameTrial(PairScore p) {
        return Set.of(p.a().substring(0, 4), p.b().substring(0, 4)).equals(Set.of("s051", "s057"))
                || Set.of(p.a().substring(0, 4), p.b().substring(0, 4)).equals(Set.of("s044", "s053"))
                || mislabelledBeckham(p);
    }

    /**
     * The evaluation set's "Beckham visits British troops" left.txt (s023-a) is in fact a rewrite of the
     * Ugandan ceasefire story (s092): by eye, they do share passages.
     */
    static boolean mislabelledBeckham(PairScore p) {
        Set<String> ends = Set.of(p.a().substring(0, 6), p.b().substring(0, 6));
        return ends.contains("s023-a") && (ends.contains("s092-a") || ends.contains("s092-b"));
    }

    @Test
    void theCandidateStageFindsEveryPartnerWithoutAligningEveryPair() {
        List<Fingerprint> fps = result.documents().stream().map(Scan::fingerprint).toList();
        DocumentFrequencies df = DocumentFrequencies.of(fps);
        Candidates.Options o = Candidates.Options.DEFAULT;
        Set<Long> bands = Candidates.byBands(fps, o);
        Set<Long> rare = Candidates.byRareTerms(fps, df, o, () -> false);
        List<CandidatePair> kept = Candidates.generate(fps, df, o, () -> false);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < fps.size(); i++) {
            index.put(fps.get(i).id(), i);
        }
        int inBands = 0;
        int inRare = 0;
        int inKept = 0;
        Set<Long> keptKeys = new java.util.HashSet<>();
        kept.forEach(c -> keptKeys.add(Candidates.key(c.a(), c.b())));
        for (Map.Entry<String, String> e : partner.entrySet()) {
            if (e.getKey().compareTo(e.getValue()) < 0) {
                long k = Candidates.key(index.get(e.getKey()), index.get(e.getValue()));
                inBands += bands.contains(k) ? 1 : 0;
                inRare += rare.contains(k) ? 1 : 0;
                inKept += keptKeys.contains(k) ? 1 : 0;
            }
        }
        System.out.printf("candidate recall: LSH bands %d/100 (%d pairs), rare stems %d/100 (%d pairs), kept %d/100 (%d pairs of %d)%n",
                inBands, bands.size(), inRare, rare.size(), inKept, kept.size(), 200 * 199 / 2);
        assertTrue(inKept >= 98, "candidate recall " + inKept + "/100");
        assertTrue(kept.size() < 200 * 5, "aligned " + kept.size() + " pairs");
    }

    @Test
    void groupsPairTheOriginalWithItsRewrite() {
        int exact = 0;
        for (List<String> g : result.groups()) {
            if (g.size() == 2 && partner.get(g.get(0)).equals(g.get(1))) {
                exact++;
            }
        }
        System.out.println("groups: " + result.groups().size() + ", exactly a partner pair: " + exact);
        assertTrue(exact >= 90, exact + " groups are exactly one story's pair");
    }
}
