package racecourse.grader.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Student code runs with the same file permissions as the grader, so it could
 * overwrite the course's tests or build to pass the next grading. The guard keeps
 * a copy of the course's own sources taken before student code runs, and after
 * the run restores any file that was changed or deleted, reporting which.
 */
public final class CourseGuard {
    /** What every grading depends on, besides the graded assignment's own module. */
    private static final List<String> SHARED = List.of("pom.xml", "assignments/pom.xml", "support", "grader/src",
            "grader/pom.xml", ".mvn", "mvnw", "grade");
    /**
     * The grader's own build, which every child JVM runs (its classes, the support jar): changed, it
     * would judge the next grading. Build output is otherwise left alone.
     */
    private static final List<String> BUILD = List.of("grader/target/classes", "support/target");

    private final Map<Path, byte[]> snapshot = new LinkedHashMap<>();

    private CourseGuard() {
    }

    /** Copies the files a grading of {@code module} depends on (build output excluded). */
    public static CourseGuard snapshot(Path root, Path module) throws IOException {
        return snapshot(root, List.of(module));
    }

    /**
     * Copies the files gradings of any of {@code modules} depend on: one pristine copy, taken before
     * any student code runs, that every later restore returns to (a class graded in parallel).
     */
    public static CourseGuard snapshot(Path root, List<Path> modules) throws IOException {
        CourseGuard guard = new CourseGuard();
        List<String> guarded = new ArrayList<>(SHARED);
        modules.forEach(module -> guarded.add(root.relativize(module).toString()));
        Path classes = root.resolve("grader/target/classes");
        for (String entry : guarded) {
            guard.copy(root.resolve(entry), file -> !root.relativize(file).toString().contains("target"));
        }
        for (String entry : BUILD) {
            guard.copy(root.resolve(entry), file -> file.startsWith(classes) || file.toString().endsWith(".jar"));
        }
        return guard;
    }

    /** Keeps a copy of every file under {@code start} that {@code wanted} accepts. */
    private void copy(Path start, java.util.function.Predicate<Path> wanted) throws IOException {
        if (!Files.exists(start)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(start)) {
            for (Path file : walk.filter(Files::isRegularFile).filter(wanted).toList()) {
                snapshot.put(file, Files.readAllBytes(file));
            }
        }
    }

    /**
     * Restores every snapshotted file that differs now; returns their paths, relative to {@code root}.
     * One restore at a time, each file replaced whole (written beside it, then moved over it), so a
     * grading that copies the course meanwhile never reads a half-restored file.
     */
    public synchronized List<String> restore(Path root) throws IOException {
        List<String> restored = new ArrayList<>();
        for (Map.Entry<Path, byte[]> entry : snapshot.entrySet()) {
            Path file = entry.getKey();
            if (!Files.isRegularFile(file) || !Arrays.equals(Files.readAllBytes(file), entry.getValue())) {
                Files.createDirectories(file.getParent());
                Path fresh = Files.createTempFile(file.getParent(), ".restore-", ".tmp");
                Files.write(fresh, entry.getValue());
                Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                restored.add(root.relativize(file).toString());
            }
        }
        return restored;
    }
}
