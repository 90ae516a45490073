package dev.parallax.engine.align;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups of names for one entity ("Russia", "Russian Federation"). Immutable: {@link #plus} returns a copy.
 *
 * <p>A phrase is a sequence of words; matching ignores case unless the entry was written {@code =NAME}.
 * Each group has a canonical id, the key every member's tokens get, so aliases compare equal.
 */
public final class Aliases {

    /** One alias phrase: its word forms (lower case, or exact when case-sensitive) and the group it names. */
    record Phrase(List<String> words, boolean exactCase, String canonical) {
    }

    private static final Pattern ACRONYM_AFTER = Pattern.compile(
            "((?:[A-Z][\\p{L}’'\\-]*\\s+(?:(?:of|for|and|the|on|de|du|des|la|le)\\s+)*){1,8}[A-Z][\\p{L}’'\\-]*)"
                    + "\\s*\\(\\s*([A-Z][A-Za-z.&]{1,9})\\s*\\)");
    private static final Pattern ACRONYM_BEFORE = Pattern.compile(
            "\\b([A-Z][A-Z.&]{1,9})\\s*\\(\\s*([A-Z][\\p{L}’'\\- ]{4,80}?)\\s*\\)");

    /** Texts this long together are searched for definitions on several threads. */
    private static final long PARALLEL_CHARS = 200_000;

    private final Map<String, List<Phrase>> byFirstWord;
    private final int groups;

    private Aliases(Map<String, List<Phrase>> byFirstWord, int groups) {
        this.byFirstWord = byFirstWord;
        this.groups = groups;
    }

    /**
     * The aliases bundled with Parallax, read once: every engine the window builds (each sensitivity change)
     * and every batch comparison shares them, which is safe since Aliases never change after construction.
     */
    public static Aliases defaults() {
        return Bundled.ALIASES;
    }

    /** Holder: the bundled list is parsed on first use, once. */
    private static final class Bundled {
        static final Aliases ALIASES = readBundled();
    }

    private static Aliases readBundled() {
        try (InputStream in = Aliases.class.getResourceAsStream("aliases.txt")) {
            Objects.requireNonNull(in, "aliases.txt resource");
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), new Aliases(new HashMap<>(), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** No aliases at all. */
    public static Aliases none() {
        return new Aliases(Map.of(), 0);
    }

    /** These aliases plus the groups in a user's file (same format as the bundled list). */
    public Aliases plusFile(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(r, this);
        }
    }

    /** These aliases plus one group; the first name is the canonical one. */
    public Aliases plus(List<String> names) {
        Map<String, List<Phrase>> copy = copy();
        addGroup(copy, names);
        return new Aliases(copy, groups + 1);
    }

    /**
     * These aliases plus the acronyms the texts define themselves, such as "Halifax Regional Fire Service
     * (HRFS)" or "WFP (World Food Programme)".
     */
    /** The acronym definitions in one text, in the order they are found: {expansion, "=" + acronym}. */
    static List<List<String>> definitionsIn(String t) {
        List<List<String>> found = new ArrayList<>();
        Matcher m = ACRONYM_AFTER.matcher(t);
        while (m.find()) {
            String expansion = m.group(1).strip();
            String acronym = m.group(2).replace(".", "");
            if (initialsMatch(expansion, acronym)) {
                found.add(List.of(expansion, "=" + m.group(2)));
            }
        }
        m = ACRONYM_BEFORE.matcher(t);
        while (m.find()) {
            String acronym = m.group(1).replace(".", "");
            String expansion = m.group(2).strip();
            if (initialsMatch(expansion, acronym)) {
                found.add(List.of(expansion, "=" + m.group(1)));
            }
        }
        return found;
    }

    public Aliases plusDefinitionsIn(String... texts) {
        // each text is searched alone (two long ones at once); the definitions keep the texts' order
        long chars = 0;
        for (String t : texts) {
            chars += t.length();
        }
        java.util.stream.Stream<String> each = Arrays.stream(texts);
        List<List<String>> found = new ArrayList<>();
        (chars >= PARALLEL_CHARS ? each.parallel() : each).map(Aliases::definitionsIn).forEachOrdered(found::addAll);
        return plusDefinitions(found);
    }

    /** These aliases plus definitions found by {@link #definitionsIn} ({@code this} when there are none). */
    Aliases plusDefinitions(List<List<String>> found) {
        if (found.isEmpty()) {
            return this;
        }
        Map<String, List<Phrase>> copy = copy();
        for (List<String> g : found) {
            // if the expansion or the acronym already belongs to a group, join that group
            String canonical = existingCanonical(copy, g);
            if (canonical != null) {
                addPhrases(copy, g, canonical);
            } else {
                addGroup(copy, g);
            }
        }
        return new Aliases(copy, groups + found.size());
    }

    /** Number of groups. */
    public int size() {
        return groups;
    }

    List<Phrase> startingWith(String exactWord) {
        List<Phrase> exact = byFirstWord.get("=" + exactWord);
        List<Phrase> folded = byFirstWord.get(fold(exactWord));
        if (exact == null) {
            return folded == null ? List.of() : folded;
        }
        if (folded == null) {
            return exact;
        }
        List<Phrase> both = new ArrayList<>(exact);
        both.addAll(folded);
        return both;
    }

    private static boolean initialsMatch(String expansion, String acronym) {
        StringBuilder initials = new StringBuilder();
        for (String w : expansion.split("[\\s\\-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                initials.append(w.charAt(0));
            }
        }
        String a = acronym.replaceAll("[^A-Z]", "");
        return a.length() >= 2 && initials.length() >= 2 && initials.charAt(0) == a.charAt(0)
                && (initials.toString().equals(a) || Math.abs(initials.length() - a.length()) <= 1);
    }

    private String existingCanonical(Map<String, List<Phrase>> map, List<String> names) {
        for (String n : names) {
            boolean exact = n.startsWith("=");
            List<String> words = words(exact ? n.substring(1) : n, exact);
            if (words.isEmpty()) {
                continue;
            }
            for (Phrase p : map.getOrDefault((exact ? "=" : "") + words.get(0), List.of())) {
                if (p.words().equals(words)) {
                    return p.canonical();
                }
            }
        }
        return null;
    }

    private Map<String, List<Phrase>> copy() {
        Map<String, List<Phrase>> copy = new HashMap<>();
        byFirstWord.forEach((k, v) -> copy.put(k, new ArrayList<>(v)));
        return copy;
    }

    private static Aliases parse(Reader reader, Aliases base) throws IOException {
        Map<String, List<Phrase>> map = base.copy();
        int groups = base.groups;
        BufferedReader br = new BufferedReader(reader);
        String line;
        while ((line = br.readLine()) != null) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (String part : line.split("\\|")) {
                if (!part.isBlank()) {
                    names.add(part.strip());
                }
            }
            if (names.size() >= 2) {
                addGroup(map, names);
                groups++;
            }
        }
        return new Aliases(map, groups);
    }

    private static void addGroup(Map<String, List<Phrase>> map, List<String> names) {
        String first = names.get(0).startsWith("=") ? names.get(0).substring(1) : names.get(0);
        addPhrases(map, names, "#" + fold(first).replaceAll("[^\\p{L}\\p{Nd}]+", "_"));
    }

    private static void addPhrases(Map<String, List<Phrase>> map, List<String> names, String canonical) {
        for (String name : names) {
            boolean exact = name.startsWith("=");
            List<String> words = words(exact ? name.substring(1) : name, exact);
            if (words.isEmpty()) {
                continue;
            }
            Phrase p = new Phrase(words, exact, canonical);
            List<Phrase> list = map.computeIfAbsent((exact ? "=" : "") + words.get(0), k -> new ArrayList<>());
            list.removeIf(q -> q.words().equals(words) && q.exactCase() == exact);
            list.add(p);
            // longest phrases first, so "Islamic State of Iraq" wins over "Islamic State"
            list.sort((a, b) -> Integer.compare(b.words().size(), a.words().size()));
        }
    }

    /** The word forms a name is matched by, as the tokenizer splits surfaces. */
    static List<String> words(String name, boolean exact) {
        List<String> out = new ArrayList<>();
        Matcher m = Analyzer.WORD.matcher(name);
        while (m.find()) {
            out.add(exact ? m.group() : fold(m.group()));
        }
        return out;
    }

    /** Lower case, curly apostrophes straightened, accents and ligatures folded ("Æstivation" = "aestivation"). */
    static String fold(String s) {
        String lower = s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
        boolean ascii = true;
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) > 0x7F) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return lower;
        }
        String expanded = lower.replace("æ", "ae").replace("œ", "oe").replace("ß", "ss").replace("ø", "o");
        return java.text.Normalizer.normalize(expanded, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }
}
