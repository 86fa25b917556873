package racecourse.grader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The course's own claims about its checks, kept beside each solution:
 * {@code starter-catches.txt} (the checks the starter loses, and no others) and
 * {@code wrong/<variant>/catches.txt} (the checks a known-wrong fix must lose), and
 * {@code right/<variant>/} (other correct fixes, with other locks, that must get full marks).
 * One check id per line; a line starting with {@code #} is a comment; a line
 * {@code exactly} means the fix must lose those checks and no others.
 */
public record Expectations(String name, Path submission, List<String> catches, boolean exactly) {
    /** The line that makes a catches file exact: those checks and no others (a correct but unwanted fix). */
    private static final String EXACTLY = "exactly";

    /** The checks to grade: all of them when the claim is exact, else just the ones that must catch. */
    public List<String> graded() {
        return exactly ? List.of() : catches;
    }

    /** Whether a grading that lost {@code failed} bears the claim out. */
    public boolean borneOutBy(Set<String> failed) {
        return exactly ? failed.equals(new TreeSet<>(catches)) : failed.containsAll(catches);
    }

    /** The prefix of a check the starter may lose or not: it targets wrong fixes, not the starter's own bug. */
    private static final String MAYBE = "?";

    /**
     * Whether a starter's lost checks match its file: every listed check lost, and nothing else
     * lost but the checks marked {@code ?} (checks aimed at wrong fixes that the starter may pass).
     */
    public static boolean starterBorneOut(List<String> lines, Set<String> failed) {
        List<String> required = lines.stream().filter(l -> !l.startsWith(MAYBE)).toList();
        List<String> optional = lines.stream().filter(l -> l.startsWith(MAYBE)).map(l -> l.substring(1).strip())
                .toList();
        return failed.containsAll(required) && failed.stream().allMatch(id -> required.contains(id)
                || optional.contains(id));
    }

    /** Reads a catches file. */
    public static List<String> read(Path file) throws IOException {
        return Files.readAllLines(file).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    /** The known-wrong variants of an assignment, from {@code solutions/<id>/wrong/}. */
    public static List<Expectations> wrongVariants(Path solutionDir) throws IOException {
        List<Expectations> variants = new ArrayList<>();
        for (Path dir : folders(solutionDir.resolve("wrong"))) {
            List<String> lines = read(dir.resolve("catches.txt"));
            List<String> ids = lines.stream().filter(line -> !line.equals(EXACTLY)).toList();
            variants.add(new Expectations(dir.getFileName().toString(), dir, ids, lines.contains(EXACTLY)));
        }
        return variants;
    }

    /**
     * The other correct fixes of an assignment, from {@code solutions/<id>/right/}: the
     * same bug fixed with another lock (synchronized, a Semaphore, a read-write lock, ...),
     * each of which must get full marks, as the reference solution does.
     */
    public static List<Path> rightVariants(Path solutionDir) throws IOException {
        return folders(solutionDir.resolve("right"));
    }

    private static List<Path> folders(Path parent) throws IOException {
        if (!Files.isDirectory(parent)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(parent)) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        }
    }
}
