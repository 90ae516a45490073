package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.engine.claims.EcbTopics;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parallax claims}: the JSON contract, the HTML page, exit codes and the output guard, on real reports. */
class ClaimsCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /** ECB+ topic 40 (Apple's MacBook Pro launch), half of it in a subfolder, and one file that is not text. */
    private Path folder() throws IOException {
        Path f = EcbTopics.folder("40", dir.resolve("apple"));
        Files.createDirectories(f.resolve("more"));
        List<Path> files;
        try (Stream<Path> s = Files.list(f)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (int i = 0; i < files.size(); i += 2) {
            Files.move(files.get(i), f.resolve("more").resolve(files.get(i).getFileName()));
        }
        Files.write(f.resolve("broken.txt"), new byte[] {0, 1, 2, 3, 0, 0, 7});
        return f;
    }

    @Test
    void jsonAndPageFollowTheContractAndASkippedFileIsExitThree() throws IOException {
        Path folder = folder();
        Path json = dir.resolve("claims.json");
        Path html = dir.resolve("claims.html");
        assertEquals(Cli.UNREADABLE, run("claims", folder.toString(), "--json", json.toString(), "--html",
                html.toString(), "--top", "3"));
        assertTrue(err.toString().contains("skipped " + folder.resolve("broken.txt")), err.toString());
        String printed = out.toString();
        assertTrue(printed.startsWith("11 articles, 1 skipped; "), printed);
        assertTrue(printed.contains("Carried by the most sources:"), printed);
        assertTrue(printed.contains("wrote " + json) && printed.contains("wrote " + html), printed);

        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals(1, root.get("version").asInt());
        Set<String> paths = new HashSet<>();
        for (JsonNode a : root.get("articles")) {
            String p = a.get("path").asText();
            assertTrue(Files.isRegularFile(folder.resolve(p)), p);
            assertFalse(p.contains("\\") || p.startsWith("/"), p);
            assertTrue(a.has("title") && a.has("source") && a.has("date") && a.get("claims").asInt() >= 0);
            paths.add(p);
        }
        assertEquals(11, paths.size());
        assertTrue(paths.stream().anyMatch(p -> p.startsWith("more/")), paths.toString());
        JsonNode claims = root.get("claims");
        assertTrue(claims.size() > 10, "claims: " + claims.size());
        int previous = Integer.MAX_VALUE;
        int contested = 0;
        for (JsonNode c : claims) {
            int sources = c.get("sources").asInt();
            assertTrue(sources >= 2 && sources <= previous, "most sources first");
            previous = sources;
            Set<String> carriers = new HashSet<>();
            int mains = 0;
            for (JsonNode p : c.get("passages")) {
                String article = p.get("article").asText();
                assertTrue(paths.contains(article), article);
                String text = Files.readString(folder.resolve(article), StandardCharsets.UTF_8);
                assertEquals(text.substring(p.get("start").asInt(), p.get("end").asInt()), p.get("text").asText());
                carriers.add(article);
                mains += p.path("main").asBoolean() ? 1 : 0;
            }
            assertEquals(1, mains, "one main wording");
            assertEquals(sources, carriers.size());
            assertEquals(paths.size() - sources, c.get("absent").size());
            for (JsonNode v : c.get("variants")) {
                contested++;
                assertTrue(Set.of("number", "date", "entity", "negation", "quote").contains(v.get("type").asText()));
                assertTrue(v.get("values").size() >= 2);
                for (JsonNode val : v.get("values")) {
                    for (JsonNode a : val.get("articles")) {
                        assertTrue(carriers.contains(a.asText()), "a value's article carries the claim");
                    }
                }
            }
            assertTrue(c.get("first").isNull(), "ECB+ texts carry no dates");
        }
        assertTrue(contested > 0, "some claims are contested");

        Document page = Jsoup.parse(html.toFile(), "UTF-8");
        assertTrue(page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content")
                .contains("default-src 'none'"));
        assertTrue(page.select("script").isEmpty());
        assertEquals(claims.size(), page.select("table.claims tbody tr").size());
        assertEquals(11 + 1, page.select("table.claims thead th").size());
        for (Element a : page.select("table.claims td a")) {
            assertTrue(page.getElementById(a.attr("href").substring(1)) != null, a.attr("href"));
        }
        assertEquals(page.select("table.claims td.differs").size() > 0, contested > 0);
    }

    @Test
    void articleTextIsEscapedInThePage() throws IOException {
        Path folder = dir.resolve("hostile");
        Files.createDirectories(folder);
        String seed = Files.readString(Path.of("seeds/000_aeb0b849679dcb8d.txt"), StandardCharsets.UTF_8);
        String evil = "\n\nThe statement <script>alert(1)</script> and <img src=x onerror=alert(2)> was read out by Obama.\n";
        Files.writeString(folder.resolve("a.txt"), seed + evil);
        Files.writeString(folder.resolve("b.txt"), seed + evil);
        Path html = dir.resolve("out.html");
        assertEquals(Cli.OK, run("claims", folder.toString(), "--html", html.toString()), err.toString());
        String page = Files.readString(html);
        assertFalse(page.contains("<script"), "no script element");
        assertFalse(page.contains("<img"), "no image element");
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void outputsNeverReplaceAnArticleAndBadOptionsAreUsageErrors() throws IOException {
        Path folder = dir.resolve("two");
        Files.createDirectories(folder);
        Path a = folder.resolve("a.txt");
        Files.copy(Path.of("seeds/000_aeb0b849679dcb8d.txt"), a);
        Files.copy(Path.of("seeds/002_865976831600feca.txt"), folder.resolve("b.txt"));
        byte[] before = Files.readAllBytes(a);
        assertEquals(Cli.USAGE, run("claims", folder.toString(), "--html", folder.resolve("./a.txt").toString()));
        assertTrue(err.toString().contains("refusing to write over the input"), err.toString());
        assertEquals(Cli.USAGE, run("claims", folder.toString(), "--json", a.toString()));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(a)));
        assertEquals(Cli.USAGE, run("claims", folder.toString(), "--min-sources", "1"));
        assertTrue(err.toString().contains("2 or more"), err.toString());
        assertEquals(Cli.UNREADABLE, run("claims", dir.resolve("missing").toString()));
        assertTrue(err.toString().contains("no such folder"), err.toString());
    }
}
