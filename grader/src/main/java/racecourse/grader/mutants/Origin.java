package racecourse.grader.mutants;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A correct fix that mutants are made from: the reference solution, or one of its {@code right/} fixes. */
public record Origin(String assignment, String name, Path dir) {
    public static final String SOLUTION = "solution";

    /** The reference solution ({@code solutions/<id>/}) and every fix in {@code right/}, in name order. */
    public static List<Origin> of(String assignment, Path solutionDir) throws IOException {
        List<Origin> origins = new ArrayList<>(List.of(new Origin(assignment, SOLUTION, solutionDir)));
        Path right = solutionDir.resolve("right");
        if (Files.isDirectory(right)) {
            try (Stream<Path> dirs = Files.list(right)) {
                dirs.filter(Files::isDirectory).sorted()
                        .forEach(dir -> origins.add(new Origin(assignment, "right/" + dir.getFileName(), dir)));
            }
        }
        return origins;
    }

    /** Its Java sources ({@code src/...}), in path order. */
    List<Path> sources() throws IOException {
        try (Stream<Path> walk = Files.walk(dir.resolve("src"))) {
            return walk.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }
}
