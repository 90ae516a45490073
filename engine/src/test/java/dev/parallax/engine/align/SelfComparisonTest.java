package dev.parallax.engine.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.engine.EngineFactory;
import dev.parallax.engine.result.Comparison;
import dev.parallax.engine.result.Kind;
import dev.parallax.engine.result.Passage;
import dev.parallax.engine.text.Article;
import dev.parallax.engine.text.ArticleLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every real article of the test resources (the seeds, the 200 Wikinews originals and rewrites, the ECB+ reports)
 * compared with a copy of itself, through the default engine, is all agreement: no conflict, and no passage of the
 * story shown as only in one source. Short sentences made only of common words ("What could I do?", "He was not
 * there.") once stayed unlinked inside copied text, so Frankenstein against itself showed 12 passages as unique.
 */
class SelfComparisonTest {

    private static List<Path> realArticles() throws IOException {
        List<Path> files = new ArrayList<>(List.of(Path.of("seeds/000_aeb0b849679dcb8d.txt"),
                Path.of("seeds/002_865976831600feca.txt")));
        for (String dir : new String[] {"src/test/resources/eval/wikinews-rewrites/pairs",
                "src/test/resources/eval/ecb-dev/pairs"}) {
            try (Stream<Path> s = Files.walk(Path.of(dir))) {
                s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        // an ECB+ report is in every pair it belongs to: once each
        java.util.Set<String> texts = new java.util.HashSet<>();
        for (java.util.Iterator<Path> it = files.iterator(); it.hasNext(); ) {
            if (!texts.add(Files.readString(it.next()))) {
                it.remove();
            }
        }
        return files;
    }

    @Test
    void everyRealArticleComparedWithItselfIsAllAgreement() throws Exception {
        ComparisonEngine engine = EngineFactory.defaults().engine();
        List<Path> files = realArticles();
        assertTrue(files.size() > 250, "the test resources hold the Wikinews and ECB+ articles: " + files.size());
        List<String> wrong = new ArrayList<>();
        for (Path f : files) {
            Article a = ArticleLoader.create().load(f);
            Comparison c = engine.compare(a, ArticleLoader.create().load(f));
            List<Passage> unique = Stream.concat(c.leftPassages().stream(), c.rightPassages().stream())
                    .filter(p -> !p.furniture() && p.kind() != Kind.AGREE).collect(Collectors.toList());
            if (c.summary().conflict() > 0 || !unique.isEmpty()) {
                wrong.add(f + ": " + c.summary().conflict() + " conflicts, not agreeing: " + unique.stream()
                        .map(p -> a.text().substring(p.start(), Math.min(p.end(), p.start() + 60)))
                        .collect(Collectors.joining(" | ")));
            }
        }
        assertEquals(List.of(), wrong);
    }
}
