package dev.parallax.spark;

import dev.parallax.engine.corpus.Document;
import dev.parallax.engine.corpus.Fingerprint;
import dev.parallax.engine.corpus.PairScore;
import dev.parallax.engine.text.Article;
import dev.parallax.engine.text.ArticleLoader;
import dev.parallax.engine.text.Format;
import dev.parallax.engine.text.Span;
import dev.parallax.engine.text.UnreadableInputException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The plain, serialisable records the job moves between stages (engine records are rebuilt from them). */
final class Rows {

    private Rows() {
    }

    /**
     * One input article: on the way in a file's path (folder input) or a table row's text and metadata; once read,
     * the parsed article's fields (so no later stage parses it again), or the reason it could not be read.
     */
    static final class Raw implements Serializable {
        private static final long serialVersionUID = 1L;
        String id;
        /** Table input: the row's text and metadata (cleared once read). */
        String text;
        String title;
        String site;
        String date;
        /** Why the article was skipped, or null. */
        String skip;
        /** The parsed article (null when skipped). */
        String source;
        String matchText;
        String format;
        String charset;
        int[] sentences;
        int[] paragraphs;

        Raw() {
        }

        static Raw skipped(String id, String reason) {
            Raw r = new Raw();
            r.id = id;
            r.skip = reason;
            return r;
        }

        /** A file of the folder, read with the desktop's loader (the same article, the same reasons). */
        static Raw ofFile(String id, Path file, ArticleLoader loader) {
            try {
                return of(id, loader.load(file));
            } catch (UnreadableInputException e) {
                return skipped(id, e.reason());
            }
        }

        /**
         * A table row, read as a file of that name holding the text as UTF-8 would be (the same checks, the same
         * headline), with the row's own title, source and date where it has them.
         */
        static Raw ofRow(String id, String text, String title, String site, String date, ArticleLoader loader) {
            try {
                Article a = loader.fromBytes(id, text.getBytes(StandardCharsets.UTF_8), formatOf(id));
                return of(id, new Article(a.source(), a.text(), a.matchText(), given(title, a.title()),
                        given(site, a.site()), given(date, a.date()), a.format(), a.charset(), a.sentences(),
                        a.paragraphs()));
            } catch (UnreadableInputException e) {
                return skipped(id, e.reason());
            }
        }

        static Raw of(String id, Article a) {
            Raw r = new Raw();
            r.id = id;
            r.source = a.source();
            r.text = a.text();
            r.matchText = a.matchText().equals(a.text()) ? null : a.matchText();
            r.title = a.title();
            r.site = a.site();
            r.date = a.date();
            r.format = a.format().name();
            r.charset = a.charset();
            r.sentences = spans(a.sentences());
            r.paragraphs = spans(a.paragraphs());
            return r;
        }

        /** The engine's document: the article exactly as parsed when read. */
        Document document() {
            return new Document(id, new Article(source, text, matchText == null ? text : matchText, title, site,
                    date, Format.valueOf(format), charset, spans(sentences), spans(paragraphs)));
        }

        private static int[] spans(List<Span> spans) {
            int[] out = new int[spans.size() * 2];
            for (int i = 0; i < spans.size(); i++) {
                out[2 * i] = spans.get(i).start();
                out[2 * i + 1] = spans.get(i).end();
            }
            return out;
        }

        private static List<Span> spans(int[] flat) {
            List<Span> out = new ArrayList<>(flat.length / 2);
            for (int i = 0; i < flat.length; i += 2) {
                out.add(new Span(flat[i], flat[i + 1]));
            }
            return out;
        }
    }

    private static String given(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }

    /** The format a file of this name is read as (Markdown, HTML, else plain text). */
    static Format formatOf(String id) {
        try {
            return Format.of(Path.of(id));
        } catch (InvalidPathException e) {
            return Format.TEXT;
        }
    }

    /** {@link Fingerprint}'s fields. */
    static final class Fp implements Serializable {
        private static final long serialVersionUID = 1L;
        String id;
        long[] terms;
        int[] counts;
        int length;
        long[] minHash;

        Fp() {
        }

        static Fp of(Fingerprint f) {
            Fp p = new Fp();
            p.id = f.id();
            p.terms = f.terms();
            p.counts = f.counts();
            p.length = f.length();
            p.minHash = f.minHash();
            return p;
        }

        Fingerprint fingerprint() {
            return new Fingerprint(id, terms, counts, length, minHash);
        }
    }

    /** A candidate pair, a before b in {@link IdOrder}, with its cosine. */
    static final class Cand implements Serializable {
        private static final long serialVersionUID = 1L;
        String a;
        String b;
        double similarity;

        Cand() {
        }

        Cand(String a, String b, double similarity) {
            this.a = a;
            this.b = b;
            this.similarity = similarity;
        }

        /** The candidate stage's order: most similar first, then by the two ids (the engine's tie-break). */
        static int order(Cand x, Cand y) {
            int c = Double.compare(y.similarity, x.similarity);
            if (c == 0) {
                c = IdOrder.INSTANCE.compare(x.a, y.a);
            }
            return c != 0 ? c : IdOrder.INSTANCE.compare(x.b, y.b);
        }
    }

    /**
     * A line of skipped.jsonl: an article that could not be read ({@code kind} "file", its path in {@code a}), or
     * a candidate pair not aligned ({@code kind} "pair", its ids in {@code a} and {@code b}), with the reason the
     * desktop scan gives. Ordered files first, each kind by its ids in {@link IdOrder}.
     */
    static final class Skip implements Serializable, Comparable<Skip> {
        private static final long serialVersionUID = 1L;
        static final String FILE = "file";
        static final String PAIR = "pair";
        String kind;
        String a;
        String b;
        String reason;

        Skip() {
        }

        static Skip file(Raw unread) {
            return of(FILE, unread.id, null, unread.skip);
        }

        static Skip pair(String a, String b, String reason) {
            return of(PAIR, a, b, reason);
        }

        private static Skip of(String kind, String a, String b, String reason) {
            Skip s = new Skip();
            s.kind = kind;
            s.a = a;
            s.b = b;
            s.reason = reason;
            return s;
        }

        @Override
        public int compareTo(Skip o) {
            int c = Boolean.compare(PAIR.equals(kind), PAIR.equals(o.kind));
            if (c == 0) {
                c = IdOrder.INSTANCE.compare(a, o.a);
            }
            return c != 0 || b == null || o.b == null ? c : IdOrder.INSTANCE.compare(b, o.b);
        }
    }

    /** {@link PairScore} as a Java bean (Spark's Parquet writer reads beans). */
    public static final class Pair implements Serializable {
        private static final long serialVersionUID = 1L;
        private String a;
        private String b;
        private boolean related;
        private double sharedShare;
        private double alignedShare;
        private int conflicts;
        private double similarity;
        private double aCovered;
        private double bCovered;
        private String likelySource;

        public Pair() {
        }

        static Pair of(PairScore s) {
            Pair p = new Pair();
            p.a = s.a();
            p.b = s.b();
            p.related = s.related();
            p.sharedShare = s.sharedShare();
            p.alignedShare = s.alignedShare();
            p.conflicts = s.conflicts();
            p.similarity = s.similarity();
            p.aCovered = s.aCovered();
            p.bCovered = s.bCovered();
            p.likelySource = s.likelySource();
            return p;
        }

        /** The scan's ranking (more shared text, then more similar), then the ids: a total order. */
        static int rank(Pair x, Pair y) {
            int c = Double.compare(y.sharedShare, x.sharedShare);
            if (c == 0) {
                c = Double.compare(y.similarity, x.similarity);
            }
            if (c == 0) {
                c = IdOrder.INSTANCE.compare(x.a, y.a);
            }
            return c != 0 ? c : IdOrder.INSTANCE.compare(x.b, y.b);
        }

        public String getA() {
            return a;
        }

        public void setA(String a) {
            this.a = a;
        }

        public String getB() {
            return b;
        }

        public void setB(String b) {
            this.b = b;
        }

        public boolean isRelated() {
            return related;
        }

        public void setRelated(boolean related) {
            this.related = related;
        }

        public double getSharedShare() {
            return sharedShare;
        }

        public void setSharedShare(double sharedShare) {
            this.sharedShare = sharedShare;
        }

        public double getAlignedShare() {
            return alignedShare;
        }

        public void setAlignedShare(double alignedShare) {
            this.alignedShare = alignedShare;
        }

        public int getConflicts() {
            return conflicts;
        }

        public void setConflicts(int conflicts) {
            this.conflicts = conflicts;
        }

        public double getSimilarity() {
            return similarity;
        }

        public void setSimilarity(double similarity) {
            this.similarity = similarity;
        }

        public double getACovered() {
            return aCovered;
        }

        public void setACovered(double aCovered) {
            this.aCovered = aCovered;
        }

        public double getBCovered() {
            return bCovered;
        }

        public void setBCovered(double bCovered) {
            this.bCovered = bCovered;
        }

        public String getLikelySource() {
            return likelySource;
        }

        public void setLikelySource(String likelySource) {
            this.likelySource = likelySource;
        }
    }

    /** Sort key of the ranked pairs (Spark sorts by natural order). */
    static final class RankKey implements Comparable<RankKey>, Serializable {
        private static final long serialVersionUID = 1L;
        final Pair p;

        RankKey(Pair p) {
            this.p = p;
        }

        @Override
        public int compareTo(RankKey o) {
            return Pair.rank(p, o.p);
        }
    }

    /** Sort key of ids in {@link IdOrder}. */
    static final class IdKey implements Comparable<IdKey>, Serializable {
        private static final long serialVersionUID = 1L;
        final String id;

        IdKey(String id) {
            this.id = id;
        }

        @Override
        public int compareTo(IdKey o) {
            return IdOrder.INSTANCE.compare(id, o.id);
        }
    }
}
