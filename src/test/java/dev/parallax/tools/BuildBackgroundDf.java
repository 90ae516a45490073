package dev.parallax.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.engine.align.BackgroundStats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Developer tool, run on purpose: rebuilds {@code background-df.tsv}, the sentence document frequencies of
 * news prose that give common words ("people", "said", "new") a low weight even when two articles are too
 * short to show it. Reads ABCD-LINK {@code news_synth/docs.json} and leaves out every story of the Wikinews
 * evaluation set, so the quality bars are measured on text the statistics never saw.
 *
 * <pre>java -cp target/classes:target/test-classes:... dev.parallax.tools.BuildBackgroundDf DOCS.json EVAL_GOLD.json OUT.tsv</pre>
 */
public final class BuildBackgroundDf {

    private BuildBackgroundDf() {
    }

    public static void main(String[] args) throws IOException {
        ObjectMapper om = new ObjectMapper();
        JsonNode docs = om.readTree(Path.of(args[0]).toFile());
        Set<String> evalSlugs = new java.util.HashSet<>();
        om.readTree(Path.of(args[1]).toFile()).fieldNames().forEachRemaining(k -> evalSlugs.add(slug(k)));
        Map<String, Integer> df = new TreeMap<>();
        int sentences = 0;
        int used = 0;
        int skipped = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = docs.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> doc = it.next();
            String story = doc.getKey().replaceAll("_(original|generated)$", "");
            String s = slug(story);
            if (evalSlugs.stream().anyMatch(e -> s.startsWith(e) || e.startsWith(s))) {
                skipped++;
                continue;
            }
            used++;
            List<String> texts = new ArrayList<>();
            doc.getValue().fields().forEachRemaining(e -> texts.add(e.getValue().asText()));
            for (String text : texts) {
                sentences++;
                for (String stem : BackgroundStats.contentStems(text)) {
                    df.merge(stem, 1, Integer::sum);
                }
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("# Sentence document frequencies of content-word stems in news prose.\n");
        out.append("# Source: ABCD-LINK news_synth docs.json (UKPLab/arxiv2025-abcd-link, CC BY 4.0), ")
                .append(used).append(" documents; the ").append(skipped)
                .append(" documents of the Wikinews evaluation stories were left out.\n");
        out.append("# Rebuilt by dev.parallax.tools.BuildBackgroundDf. Stems seen once are omitted.\n");
        out.append("sentences\t").append(sentences).append('\n');
        String body = df.entrySet().stream().filter(e -> e.getValue() > 1)
                .map(e -> e.getKey() + "\t" + e.getValue()).collect(Collectors.joining("\n"));
        out.append(body).append('\n');
        Files.writeString(Path.of(args[2]), out.toString());
        System.out.println("documents used " + used + ", skipped " + skipped + ", sentences " + sentences
                + ", stems " + df.size());
    }

    static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
