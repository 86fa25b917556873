package racecourse.grader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The course's own claims about its checks, kept beside each solution:
 * {@code starter-catches.txt} (the checks the starter loses, and no others) and
 * {@code wrong/<variant>/catches.txt} (the checks a known-wrong fix must lose).
 * One check id per line; a line starting with {@code #} is a comment.
 */
public record Expectations(String name, Path submission, List<String> catches) {

    /** Reads a catches file. */
    public static List<String> read(Path file) throws IOException {
        return Files.readAllLines(file).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    /** The known-wrong variants of an assignment, from {@code solutions/<id>/wrong/}. */
    public static List<Expectations> variants(Path solutionDir) throws IOException {
        Path wrong = solutionDir.resolve("wrong");
        if (!Files.isDirectory(wrong)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(wrong)) {
            List<Path> sorted = dirs.filter(Files::isDirectory).sorted().toList();
            List<Expectations> variants = new java.util.ArrayList<>();
            for (Path dir : sorted) {
                variants.add(new Expectations(dir.getFileName().toString(), dir, read(dir.resolve("catches.txt"))));
            }
            return variants;
        }
    }
}
