package dev.parallax.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.engine.EngineFactory;
import dev.parallax.engine.export.ComparisonJson;
import dev.parallax.engine.result.Comparison;
import dev.parallax.engine.result.Kind;
import dev.parallax.engine.result.Passage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Page furniture on the bundled CNN page: recognized, never linked, dimmed in the outputs, outside the counts. */
class FurnitureTest {

    static final Path LEFT = Path.of("seeds/000_aeb0b849679dcb8d.txt");
    static final Path RIGHT = Path.of("seeds/002_865976831600feca.txt");
    static Article cnn;
    static Comparison c;

    @BeforeAll
    static void compare() throws IOException {
        ArticleLoader loader = EngineFactory.defaults().loader();
        cnn = loader.load(RIGHT);
        c = EngineFactory.defaults().engine().compare(loader.load(LEFT), cnn);
    }

    private static List<String> furnitureOf(Article a) {
        boolean[] f = Furniture.of(a);
        List<String> out = new ArrayList<>();
        for (int k = 0; k < f.length; k++) {
            if (f[k]) {
                out.add(a.sentences().get(k).of(a.text()).strip());
            }
        }
        return out;
    }

    @Test
    void theCnnPageFurnitureIsRecognized() {
        List<String> f = furnitureOf(cnn);
        for (String line : List.of("obama hollande", "00:52 - Source: CNN", "Story highlights",
                "Putin calls plane’s downing by Turkey ‘stab in the back’", "Opinion: Iraq War’s lessons for Syria",
                "Obama: We are all French now", "ISIS brings Putin, Obama together")) {
            assertTrue(f.contains(line), () -> "'" + line + "' is furniture: " + f);
        }
    }

    @Test
    void theHeadlineAndTheStoryAreNotFurniture() {
        List<String> f = furnitureOf(cnn);
        assertFalse(f.contains("Obama, Hollande pledge solidarity to fight ISIS"), "the headline is the story's");
        for (String s : f) {
            assertTrue(Article.words(s) <= Furniture.MAX_CREDIT_WORDS, s);
            assertFalse(s.endsWith(".") && Article.words(s) > Furniture.MAX_WORDS, "a sentence: " + s);
        }
        // the story's own sentences, among them the highlights (summaries of the story, not site furniture)
        assertFalse(f.stream().anyMatch(s -> s.startsWith("Turkey’s downing of a Russian fighter plane")));
        assertFalse(f.stream().anyMatch(s -> s.startsWith("Hollande has said greater cooperation")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9 September 2013, 14: 08", "16 September 2013 Last updated at 12: 42 GMT",
        "On Tue, 16 / 08 / 2011 - 13: 42", "PUBLISHED FRIDAY, MARCH 8, 2013 AT 12: 46 PM / UPDATED AT 12: 48 PM"})
    void datelinesAreFurnitureAndNeverTheTitle(String dateline) {
        Article a = Article.ofText("x", dateline + "\n\nJewellery Stolen In Paris Shop Raid\n\n"
                + "Jewellery worth 1.7m was stolen from a shop in central Paris on Monday, police said.\n");
        assertEquals("Jewellery Stolen In Paris Shop Raid", a.title());
        assertEquals(List.of(dateline), furnitureOf(a));
    }

    @Test
    void aSentenceInTheYearIsNoDateline() {
        assertFalse(Furniture.isDateLine("In March 2013 the council voted to close the road"));
        assertTrue(Furniture.isDateLine("Friday, March 08, 2013"));
    }

    @Test
    void furnitureIsNeverLinkedAndStaysOutOfTheCounts() {
        int furniture = 0;
        long storyText = 0;
        long shared = 0;
        for (List<Passage> side : List.of(c.leftPassages(), c.rightPassages())) {
            for (Passage p : side) {
                if (p.furniture()) {
                    furniture++;
                    assertEquals(Kind.UNIQUE, p.kind());
                    assertTrue(c.linksOf(p.id()).isEmpty(), p.id() + " is linked");
                } else {
                    storyText += p.span().length();
                    shared += p.kind() == Kind.UNIQUE ? 0 : p.span().length();
                }
            }
        }
        assertTrue(furniture >= 8, "furniture passages: " + furniture);
        assertEquals(furniture, c.summary().leftFurniture() + c.summary().rightFurniture());
        long rightUnique = c.rightPassages().stream().filter(p -> p.kind() == Kind.UNIQUE && !p.furniture()).count();
        assertEquals(rightUnique, c.summary().rightOnly());
        assertEquals((double) shared / storyText, c.summary().sharedShare(), 1e-12);
    }

    @Test
    void theJsonMarksFurnitureOutsideTheUniquePassages() throws IOException {
        JsonNode j = new ObjectMapper().readTree(ComparisonJson.toJson(c));
        int marked = 0;
        for (JsonNode p : j.get("right").get("passages")) {
            boolean f = p.path("furniture").asBoolean(false);
            assertEquals(f, p.get("kind").asText().equals("furniture"), p.toString());
            marked += f ? 1 : 0;
        }
        assertEquals(c.summary().rightFurniture(), marked);
        assertEquals(marked, j.get("summary").get("rightFurniture").asInt());
    }
}
