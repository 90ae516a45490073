package dev.parallax.engine.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The six ECB+ story folders of {@code eval/ecb-dev/topics} rebuilt from the test resources: the articles are
 * the pair texts already copied ({@code pairs/T-Xecbplus-T-Yecbplus/left.txt} is {@code T_Xecbplus.txt}), plus
 * the one article in no pair; the gold is {@code topics/gold.json}.
 */
public final class EcbTopics {

    public static final List<String> TOPICS = List.of("16", "23", "24", "30", "31", "40");
    /** The topics the default similarity weights and the join rules were tuned on. */
    public static final Set<String> TUNED = Set.of("16", "24", "31");

    private static final ObjectMapper JSON = new ObjectMapper();

    private EcbTopics() {
    }

    /** One article's gold: sentence offsets and the annotated sentences. */
    public record GoldArticle(List<int[]> sents, Set<Integer> annotated) {
    }

    /** One gold pair of files and its links ({@code [sentence of a, sentence of b]}). */
    public record GoldPair(String a, String b, Set<Long> links) {
    }

    /** A topic's gold. */
    public record Gold(Map<String, GoldArticle> articles, List<GoldPair> pairs) {
    }

    static Path base() {
        try {
            return Path.of(EcbTopics.class.getResource("/eval/ecb-dev").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the story folder of {@code topic} into {@code dir} (created) and returns it. */
    public static Path folder(String topic, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path pairs = base().resolve("pairs");
        try (Stream<Path> s = Files.list(pairs)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String[] part = p.getFileName().toString().split("-");
                if (!part[0].equals(topic)) {
                    continue;
                }
                Files.copy(p.resolve("left.txt"), dir.resolve(part[0] + "_" + part[1] + ".txt"),
                        StandardCopyOption.REPLACE_EXISTING);
                Files.copy(p.resolve("right.txt"), dir.resolve(part[2] + "_" + part[3] + ".txt"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (topic.equals("31")) {
            Files.copy(base().resolve("topics/31_3ecbplus.txt"), dir.resolve("31_3ecbplus.txt"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        return dir;
    }

    public static Gold gold(String topic) throws IOException {
        JsonNode t = JSON.readTree(base().resolve("topics/gold.json").toFile()).get(topic);
        Map<String, GoldArticle> articles = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = t.get("articles").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            List<int[]> sents = new ArrayList<>();
            e.getValue().get("sents").forEach(x -> sents.add(new int[] {x.get(0).asInt(), x.get(1).asInt()}));
            Set<Integer> ann = new TreeSet<>();
            e.getValue().get("annotated").forEach(x -> ann.add(x.asInt()));
            articles.put(e.getKey(), new GoldArticle(sents, ann));
        }
        List<GoldPair> pairs = new ArrayList<>();
        for (JsonNode p : t.get("pairs")) {
            Set<Long> links = new HashSet<>();
            p.get("links").forEach(l -> links.add(key(l.get(0).asInt(), l.get(1).asInt())));
            pairs.add(new GoldPair(p.get("a").asText(), p.get("b").asText(), links));
        }
        return new Gold(articles, pairs);
    }

    public static long key(int i, int j) {
        return ((long) i << 32) | j;
    }

    /** The gold sentences a span covers: those it overlaps by at least half (as score_pairs.py counts). */
    public static List<Integer> covered(int start, int end, List<int[]> sents) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < sents.size(); i++) {
            int s = sents.get(i)[0];
            int e = sents.get(i)[1];
            if (Math.max(0, Math.min(end, e) - Math.max(start, s)) * 2 >= e - s) {
                out.add(i);
            }
        }
        return out;
    }
}
