package dev.parallax.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code --pairs} TSV file: lines {@code left<TAB>right<TAB>name}, paths relative to the file's folder,
 * blank lines and {@code #} comments skipped, a UTF-8 BOM ignored. Each line is checked on its own, so one bad
 * line is an error for that line only:
 *
 * <ul>
 *   <li>a path that is not a path here (a NUL in it);</li>
 *   <li>a name that would write outside the out-dir: absolute, with a {@code .} or {@code ..} segment, a NUL,
 *       or empty;</li>
 *   <li>a name an earlier line already uses (the earlier line keeps it: two results under one name would keep
 *       only the second and lose the first).</li>
 * </ul>
 * Names are compared ignoring case, so that the batch means the same on a case-insensitive file system.
 */
final class PairsFile {

    /**
     * One line of the file.
     *
     * @param number the line's number, from 1
     * @param left   the left article, resolved against the TSV's folder (null when {@code error} is set)
     * @param right  the right article, resolved likewise
     * @param name   the result's name, without {@code .json}
     * @param error  what is wrong with the line, or null
     */
    record Line(int number, Path left, Path right, String name, String error) {
    }

    /** The lines to run, and every article any line names (what the outputs must never replace). */
    record Parsed(List<Line> lines, List<Path> inputs) {
    }

    private PairsFile() {
    }

    static Parsed read(Path pairs) throws IOException {
        List<String> raw = Files.readAllLines(pairs, StandardCharsets.UTF_8);
        Path base = pairs.toAbsolutePath().getParent();
        List<Line> lines = new ArrayList<>();
        List<Path> inputs = new ArrayList<>();
        Map<String, Integer> names = new HashMap<>();
        for (int n = 0; n < raw.size(); n++) {
            String line = raw.get(n);
            if (n == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1); // a BOM is not part of the first path
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Line parsed = parse(n + 1, line, base);
            if (parsed.left() != null) {
                inputs.add(parsed.left());
                inputs.add(parsed.right());
            }
            if (parsed.error() == null) {
                Integer first = names.putIfAbsent(parsed.name().toLowerCase(Locale.ROOT), parsed.number());
                if (first != null) {
                    parsed = new Line(parsed.number(), parsed.left(), parsed.right(), parsed.name(),
                            "name '" + parsed.name() + "' is already used by line " + first
                                    + "; give each pair its own name");
                }
            }
            lines.add(parsed);
        }
        return new Parsed(lines, inputs);
    }

    private static Line parse(int number, String line, Path base) {
        String[] cols = line.split("\t");
        if (cols.length < 2 || cols[0].isBlank() || cols[1].isBlank()) {
            return new Line(number, null, null, "", "expected left<TAB>right<TAB>name");
        }
        Path left;
        Path right;
        try {
            left = base.resolve(cols[0].strip());
            right = base.resolve(cols[1].strip());
        } catch (InvalidPathException e) {
            return new Line(number, null, null, "", "not a usable path (" + e.getReason() + ")");
        }
        String name = cols.length >= 3 && !cols[2].isBlank() ? cols[2].strip()
                : defaultName(Path.of(cols[0].strip()), Path.of(cols[1].strip()), number);
        String bad = badName(name);
        return new Line(number, left, right, name, bad);
    }

    /** Why a name cannot name a file inside the out-dir, or null when it can. */
    static String badName(String name) {
        if (name.indexOf('\0') >= 0) {
            return "the name contains a NUL character";
        }
        if (name.isEmpty()) {
            return "the name is empty";
        }
        if (name.startsWith("/") || name.startsWith("\\") || name.matches("(?s)[A-Za-z]:.*")) {
            return "the name '" + name + "' is an absolute path; names are written inside --out-dir";
        }
        for (String segment : name.split("[/\\\\]", -1)) {
            if (segment.equals(".") || segment.equals("..") || segment.isEmpty()) {
                return "the name '" + name + "' leaves --out-dir or names no file ('.', '..' and empty parts "
                        + "are not allowed)";
            }
        }
        try {
            Path.of(name);
        } catch (InvalidPathException e) {
            return "the name '" + name + "' is not a usable file name (" + e.getReason() + ")";
        }
        return null;
    }

    /**
     * The result name of a TSV line without one: the folder both files share (pairs/NAME/left.txt), else the
     * two file names joined.
     */
    static String defaultName(Path left, Path right, int line) {
        Path lp = left.getParent();
        Path rp = right.getParent();
        if (lp != null && lp.equals(rp) && lp.getFileName() != null
                && !lp.getFileName().toString().matches("\\.\\.?")) {
            return lp.getFileName().toString();
        }
        String l = left.getFileName() == null ? "left" : left.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        String r = right.getFileName() == null ? "right" : right.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return l.isEmpty() || r.isEmpty() || l.matches("\\.*") || r.matches("\\.*") ? "pair-" + line : l + "__" + r;
    }
}
