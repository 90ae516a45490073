package dev.parallax.engine.export;

import dev.parallax.engine.corpus.ScanResult;
import dev.parallax.engine.result.Comparison;
import dev.parallax.engine.text.Article;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The one place that decides whether an output may be written: never over a file the run reads. Every writer
 * (comparison JSON, HTML report, scan JSON, batch results, window snapshots and exports) goes through a guard
 * built from the files its run reads, so that there is a single policy:
 *
 * <ul>
 *   <li>a target is refused when it is the same file as a protected one, however it is spelled: {@code ./a},
 *       a symbolic link (at the target or in a folder on its path) or a hard link to it;</li>
 *   <li>when that cannot be told (the file system will not say), the target is refused too: an output can be
 *       written again, an article cannot be restored;</li>
 *   <li>a target that does not exist yet is never a protected file.</li>
 * </ul>
 *
 * <p>Immutable; {@link #plus} returns a new guard.
 */
public final class OutputGuard {

    /** A guard that protects nothing (tests, and outputs of runs that read no files). */
    public static final OutputGuard NONE = new OutputGuard(List.of());

    private final List<Path> inputs;
    /** The inputs' identities, made on first use (a batch asks once per line: no stat of every input each time). */
    private volatile Index index;

    private OutputGuard(List<Path> inputs) {
        this.inputs = List.copyOf(inputs);
    }

    /**
     * The protected files by identity (device and inode where the file system has them) and by normalized
     * absolute path; the inputs whose identity could not be read are compared one by one.
     */
    private record Index(Set<Object> keys, Set<Path> paths, List<Path> unknown) {

        static Index of(List<Path> inputs) {
            Set<Object> keys = new HashSet<>();
            Set<Path> paths = new HashSet<>();
            List<Path> unknown = new ArrayList<>();
            for (Path p : inputs) {
                paths.add(p.toAbsolutePath().normalize());
                try {
                    Object key = Files.readAttributes(p, BasicFileAttributes.class).fileKey();
                    if (key != null) {
                        keys.add(key);
                    } else {
                        unknown.add(p);
                    }
                } catch (NoSuchFileException e) {
                    // not there: nothing to lose (its path still counts)
                } catch (IOException e) {
                    unknown.add(p);
                }
            }
            return new Index(keys, paths, unknown);
        }
    }

    private Index index() {
        Index i = index;
        if (i == null) {
            i = Index.of(inputs);
            index = i;
        }
        return i;
    }

    /** A guard that protects {@code inputs}. */
    public static OutputGuard protecting(Collection<Path> inputs) {
        Objects.requireNonNull(inputs, "inputs");
        return new OutputGuard(new ArrayList<>(inputs));
    }

    /** A guard that protects the two articles of {@code c} (when their sources are files). */
    public static OutputGuard of(Comparison c) {
        Objects.requireNonNull(c, "c");
        return NONE.plusSources(List.of(c.left(), c.right()));
    }

    /** A guard that protects every article a scan read or skipped. */
    public static OutputGuard of(ScanResult r) {
        Objects.requireNonNull(r, "r");
        List<Path> files = new ArrayList<>();
        r.documents().forEach(d -> addSource(files, d.article().source()));
        r.skipped().forEach(s -> files.add(s.file()));
        return new OutputGuard(files);
    }

    /** This guard, also protecting {@code more}. */
    public OutputGuard plus(Collection<Path> more) {
        List<Path> all = new ArrayList<>(inputs);
        more.forEach(p -> all.add(Objects.requireNonNull(p, "path")));
        return new OutputGuard(all);
    }

    /** This guard, also protecting the source files of {@code articles}. */
    public OutputGuard plusSources(Collection<Article> articles) {
        List<Path> all = new ArrayList<>(inputs);
        articles.forEach(a -> addSource(all, a.source()));
        return new OutputGuard(all);
    }

    private static void addSource(List<Path> out, String source) {
        try {
            out.add(Path.of(source));
        } catch (InvalidPathException e) {
            // the source is a name, not a file: nothing to protect
        }
    }

    /** The protected paths, as given. */
    public List<Path> inputs() {
        return inputs;
    }

    /** Whether writing {@code target} would replace a protected file (or that cannot be told). */
    public boolean protects(Path target) {
        Objects.requireNonNull(target, "target");
        if (!Files.exists(target)) {
            // a dangling link at the target still writes somewhere: check where it points
            if (!Files.isSymbolicLink(target)) {
                return false;
            }
            try {
                target = SafeFiles.finalTarget(target);
            } catch (IOException e) {
                return true;
            }
            if (!Files.exists(target)) {
                return false;
            }
        }
        Index i = index();
        if (i.paths().contains(target.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            Object key = Files.readAttributes(target, BasicFileAttributes.class).fileKey();
            if (key != null && i.keys().contains(key)) {
                return true;
            }
            if (key == null && !i.keys().isEmpty()) {
                return true; // cannot tell this file from the inputs: refuse rather than risk one
            }
        } catch (IOException e) {
            return true; // cannot tell: refuse rather than risk an input
        }
        for (Path p : i.unknown()) {
            try {
                if (Files.isSameFile(p, target)) {
                    return true;
                }
            } catch (IOException e) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether two outputs of one run would land in one file, however each is spelled ({@code ./a}, {@code a},
     * a symbolic link at the target or in a folder on its path, a hard link): the second would replace the first.
     * When that cannot be told, they are taken to be one (refuse rather than lose an output).
     */
    public static boolean sameTarget(Path a, Path b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        try {
            Path fa = where(a);
            Path fb = where(b);
            if (fa.equals(fb)) {
                return true;
            }
            return Files.exists(fa) && Files.exists(fb) && Files.isSameFile(fa, fb);
        } catch (IOException | InvalidPathException e) {
            return true;
        }
    }

    /** Where a write to {@code target} goes: its final link target, with the folder's symbolic links resolved. */
    private static Path where(Path target) throws IOException {
        Path p = SafeFiles.finalTarget(target).normalize();
        Path dir = p.getParent();
        if (dir != null && Files.isDirectory(dir)) {
            return dir.toRealPath().resolve(p.getFileName());
        }
        return p;
    }

    /**
     * Throws when {@code target} is a protected file.
     *
     * @throws InputOverwriteException naming {@code target} as given
     */
    public void check(Path target) throws InputOverwriteException {
        if (protects(target)) {
            throw new InputOverwriteException(target.toString());
        }
    }

    /** Checks {@code target}, then writes {@code content} as UTF-8 atomically ({@link SafeFiles}). */
    public void write(Path target, String content) throws IOException {
        check(target);
        SafeFiles.writeAtomically(target, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
    }

    /** Checks {@code target}, then writes what {@code body} writes, atomically ({@link SafeFiles}). */
    public void write(Path target, SafeFiles.Body body) throws IOException {
        check(target);
        SafeFiles.writeAtomically(target, body);
    }

    /** Checks {@code target}, then writes {@code bytes} atomically. */
    public void write(Path target, byte[] bytes) throws IOException {
        check(target);
        SafeFiles.writeAtomically(target, (OutputStream out) -> out.write(bytes));
    }
}
