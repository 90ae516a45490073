package dev.parallax.engine.align;

import dev.parallax.engine.text.Article;
import dev.parallax.engine.text.Span;
import java.util.List;

/** An article's tokens with the token range {@code [sentStart[s], sentEnd[s])} of each sentence. */
record ArticleTokens(Article article, List<Token> tokens, int[] sentStart, int[] sentEnd, List<Span> quotes) {

    int sentences() {
        return sentStart.length;
    }

    List<Token> ofSentence(int s) {
        return tokens.subList(sentStart[s], sentEnd[s]);
    }

    /** Tokens of sentences {@code from} to {@code to}, inclusive. */
    List<Token> ofSentences(int from, int to) {
        return tokens.subList(sentStart[from], sentEnd[to]);
    }
}
