package racecourse.grader.template;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import racecourse.grader.check.Json;
import racecourse.grader.check.PlannedCheck;
import racecourse.grader.discover.Assignment;
import racecourse.grader.discover.Course;

/**
 * {@code .racecourse/checks/<assignment>.json}: each assignment's checks and points, listed once by
 * the export. A student repository reports an untouched assignment as not started, or one that does
 * not compile, from this list, without compiling the tests and starting a JVM to discover them (3 to 6
 * seconds per assignment on every push). The list is a protected file of the manifest, so a
 * student's edit of it is undone like an edit of the tests it was listed from.
 */
public final class CheckList {
    static final String FOLDER = ".racecourse/checks";
    private static final ObjectMapper JSON = Json.indented();

    private CheckList() {
    }

    static void write(Path templateRoot, Map<String, List<PlannedCheck>> checks) throws IOException {
        for (Map.Entry<String, List<PlannedCheck>> assignment : checks.entrySet()) {
            Path file = templateRoot.resolve(FOLDER).resolve(assignment.getKey() + ".json");
            Files.createDirectories(file.getParent());
            JSON.writeValue(file.toFile(), assignment.getValue());
        }
    }

    /** The listed checks of an assignment in a template; empty in the course repository or an older export. */
    public static Optional<List<PlannedCheck>> of(Course course, Assignment assignment) throws IOException {
        Path file = course.root().resolve(FOLDER).resolve(assignment.id() + ".json");
        if (!course.isTemplate() || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(List.copyOf(JSON.readValue(file.toFile(), new TypeReference<List<PlannedCheck>>() { })));
    }
}
