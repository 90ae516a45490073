package dev.parallax.engine.align;

import dev.parallax.engine.text.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How common each content-word stem is in news prose at large (sentence document frequencies from a
 * background corpus, {@code background-df.tsv}). Two short articles cannot tell a common word from a
 * telling one by themselves; these counts can.
 */
public final class BackgroundStats {

    private static final BackgroundStats INSTANCE = load();

    private final Map<String, Integer> df;
    private final int sentences;

    private BackgroundStats(Map<String, Integer> df, int sentences) {
        this.df = df;
        this.sentences = sentences;
    }

    static BackgroundStats get() {
        return INSTANCE;
    }

    int sentences() {
        return sentences;
    }

    int df(String stem) {
        return df.getOrDefault(stem, 0);
    }

    /** The content stems of a text, as the aligner sees them (for building the statistics). */
    public static List<String> contentStems(String text) {
        Article a = Article.ofText("background", text);
        return new ArrayList<>(new java.util.LinkedHashSet<>(new Analyzer().contentStems(a, Aliases.defaults())));
    }

    private static BackgroundStats load() {
        Map<String, Integer> df = new HashMap<>();
        int n = 0;
        try (InputStream in = BackgroundStats.class.getResourceAsStream("background-df.tsv")) {
            if (in == null) {
                return new BackgroundStats(Map.of(), 0);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                int tab = line.indexOf('\t');
                String key = line.substring(0, tab);
                int value = Integer.parseInt(line.substring(tab + 1));
                if (key.equals("sentences")) {
                    n = value;
                } else {
                    df.put(key, value);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BackgroundStats(df, n);
    }
}
