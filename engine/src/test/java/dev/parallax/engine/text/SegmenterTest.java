package dev.parallax.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentence splitting on news prose: abbreviations, initials, numbers, quotes and unpunctuated lines. */
class SegmenterTest {

    private static List<String> sentences(String text) {
        return Segmenter.DEFAULT.sentences(text).stream().map(s -> s.of(text)).toList();
    }

    private static String seed(String name) throws IOException {
        return Files.readString(Path.of("seeds", name), StandardCharsets.UTF_8);
    }

    @Test
    void titlesDoNotEndASentence() {
        assertEquals(List.of("Mr. Obama met Dr. Smith and Mrs. Jones in Paris.", "They spoke for an hour."),
                sentences("Mr. Obama met Dr. Smith and Mrs. Jones in Paris. They spoke for an hour."));
    }

    @Test
    void usInsideASentenceDoesNotSplitButAtTheEndItDoes() {
        assertEquals(List.of("The U.S. contributions are sufficient, officials said."),
                sentences("The U.S. contributions are sufficient, officials said."));
        assertEquals(List.of("Persistent U.S. skepticism about Putin has kept them apart."),
                sentences("Persistent U.S. skepticism about Putin has kept them apart."));
        assertEquals(List.of("Obama said France could count on the U.S.", "The two leaders then left."),
                sentences("Obama said France could count on the U.S. The two leaders then left."));
    }

    @Test
    void usInTheSeedStaysInsideItsSentence() throws IOException {
        String cnn = seed("002_865976831600feca.txt");
        List<String> s = sentences(cnn);
        assertTrue(s.contains("Calling ISIS a “scourge” that “must be defeated,” Obama said the U.S. stood with"
                + " France after the brutal massacre in Paris."), () -> String.join("\n", s));
        assertTrue(s.contains("The White House signaled Monday that it already believes U.S. contributions to the"
                + " anti-ISIS effort are sufficient."), () -> String.join("\n", s));
    }

    @Test
    void initialsStayWithTheName() {
        assertEquals(List.of("The book by J. K. Rowling sold well.", "George W. Bush spoke later."),
                sentences("The book by J. K. Rowling sold well. George W. Bush spoke later."));
    }

    @Test
    void aCapitalLetterEndingASentenceSplitsBeforeASentenceOpener() {
        assertEquals(List.of("The company calls it Plan B.", "The board agreed on Monday."),
                sentences("The company calls it Plan B. The board agreed on Monday."));
        assertEquals(List.of("Patients lacked vitamin D.", "They recovered."),
                sentences("Patients lacked vitamin D. They recovered."));
        assertEquals(List.of("Franklin D. Roosevelt and George W. Bush were both named."),
                sentences("Franklin D. Roosevelt and George W. Bush were both named."));
    }

    @Test
    void decimalsDoNotSplit() {
        assertEquals(List.of("Growth was 3.5 per cent in 2015.", "It was 2.1 per cent before."),
                sentences("Growth was 3.5 per cent in 2015. It was 2.1 per cent before."));
    }

    @Test
    void aQuoteClosingAfterTheFullStopStaysWithItsSentence() {
        assertEquals(List.of("“We must coordinate ourselves.”", "Obama then left."),
                sentences("“We must coordinate ourselves.” Obama then left."));
        assertEquals(List.of("He said: “It is over.”", "“We go home now.”"),
                sentences("He said: “It is over.” “We go home now.”"));
    }

    @Test
    void twoQuotesInOneParagraphAreTwoSentences() throws IOException {
        String text = "“So when tragedy struck that evening, our hearts broke, too”. “But that’s not enough”.";
        assertEquals(List.of("“So when tragedy struck that evening, our hearts broke, too”.",
                "“But that’s not enough”."), sentences(text));
        assertTrue(sentences(seed("000_aeb0b849679dcb8d.txt")).contains("“But that’s not enough”."));
    }

    @Test
    void headlinesDatelinesAndBulletsWithoutFinalPunctuationAreSentences() throws IOException {
        String cnn = seed("002_865976831600feca.txt");
        List<String> s = sentences(cnn);
        assertEquals("obama hollande", s.get(0));
        assertEquals("Obama, Hollande pledge solidarity to fight ISIS", s.get(1));
        assertEquals("00:52 - Source: CNN", s.get(2));
        assertEquals("Story highlights", s.get(3));
        assertEquals("Hollande has said greater cooperation between the United States and Russia is required in"
                + " battling ISIS", s.get(4));
        assertTrue(s.contains("Washington CNN \u00A0—"), () -> String.join("\n", s));
        assertEquals(List.of("Storm hits coast", "Roofs torn off", "Trains cancelled", "More rain is due."),
                sentences("Storm hits coast\n• Roofs torn off\n- Trains cancelled\nMore rain is due."));
    }

    @Test
    void clockTimesEndASentenceOnlyWhenANewOneStarts() {
        assertEquals(List.of("The blast came at 6 a.m. on Tuesday.", "Police arrived at 7 p.m.",
                        "They left."),
                sentences("The blast came at 6 a.m. on Tuesday. Police arrived at 7 p.m. They left."));
        assertEquals(List.of("It ended at 9 p.m. Eastern time."), sentences("It ended at 9 p.m. Eastern time."));
    }

    @Test
    void numberAndMonthAbbreviationsBeforeANumberDoNotSplit() {
        assertEquals(List.of("He wore No. 5 for the club until Jan. 5, 2016.", "Then he retired."),
                sentences("He wore No. 5 for the club until Jan. 5, 2016. Then he retired."));
        assertEquals(List.of("It was signed on Feb. 12 and Sept. 3 of that year."),
                sentences("It was signed on Feb. 12 and Sept. 3 of that year."));
    }

    @Test
    void questionAndExclamationMarksSplit() {
        assertEquals(List.of("Is it over?", "No!", "“Why?” he asked."),
                sentences("Is it over? No! “Why?” he asked."));
    }

    @Test
    void offsetsAreTrimmedAndInOrder() {
        String text = "  First one.   Second one.\r\n\r\n  Third one  \n";
        List<Span> spans = Segmenter.DEFAULT.sentences(text);
        assertEquals(List.of(new Span(2, 12), new Span(15, 26), new Span(32, 41)), spans);
        //                  0123456789012345678901234567 8 9 0 1234567890
        //                    First one.   Second one.\r\n\r\n  Third one
    }
}
