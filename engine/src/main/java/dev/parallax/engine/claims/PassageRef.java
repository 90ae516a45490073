package dev.parallax.engine.claims;

/**
 * A passage of one article of a collection: the article's index among the collection's documents and the
 * sentence's index in that article ({@link dev.parallax.engine.text.Article#sentences()}). The typed id the
 * claims model uses in place of the "L3"/"R19" strings of a two-article comparison.
 */
public record PassageRef(int article, int sentence) implements Comparable<PassageRef> {

    public PassageRef {
        if (article < 0 || sentence < 0) {
            throw new IllegalArgumentException("negative index: " + article + ", " + sentence);
        }
    }

    @Override
    public int compareTo(PassageRef o) {
        return article != o.article ? Integer.compare(article, o.article) : Integer.compare(sentence, o.sentence);
    }

    @Override
    public String toString() {
        return "A" + article + "." + sentence;
    }
}
