package racecourse.grader.discover;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The course repository: finds its assignments and resolves the ids people type. */
public final class Course {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private final Path root;
    private final List<Assignment> assignments;

    private Course(Path root, List<Assignment> assignments) {
        this.root = root;
        this.assignments = List.copyOf(assignments);
    }

    /** Reads the course at {@code root}: every folder of {@code assignments/} holding an assignment.json. */
    public static Course at(Path root) throws IOException {
        Path dir = root.resolve("assignments");
        if (!Files.isDirectory(dir)) {
            throw new IOException(root.toAbsolutePath() + " is not a racecourse repository (no assignments/ folder)");
        }
        List<Assignment> found = new ArrayList<>();
        try (Stream<Path> children = Files.list(dir)) {
            for (Path module : children.sorted().toList()) {
                Path config = module.resolve("assignment.json");
                if (Files.isRegularFile(config)) {
                    found.add(read(module, config));
                }
            }
        }
        return new Course(root, found);
    }

    private static Assignment read(Path module, Path config) throws IOException {
        try {
            AssignmentJson json = JSON.readValue(config.toFile(), AssignmentJson.class);
            if (json.studentFiles() == null || json.studentFiles().isEmpty() || json.limits() == null) {
                throw new IOException(config + ": studentFiles and limits are required");
            }
            for (String check : json.limits().checkSecondsFor().keySet()) {
                if (!definesCheck(module.resolve("src/test/java"), check)) {
                    throw new IOException(config + ": limits.checkSecondsFor names " + check + ", which is no check "
                            + "of this assignment's tests (Class#method for a test method, Class for a jcstress test)");
                }
            }
            return new Assignment(module.getFileName().toString(), json.title(), module, json.studentFiles(),
                    json.limits());
        } catch (IllegalArgumentException | com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException(config + ": " + e.getMessage(), e);
        }
    }

    /**
     * Whether the tests under {@code testSources} define the check {@code id}: a class of that simple
     * name, with a method of that name for a {@code Class#method} id. Read from the source, since
     * discovery compiles nothing; a deadline for a check that does not exist would silently never apply.
     */
    private static boolean definesCheck(Path testSources, String id) throws IOException {
        String type = id.contains("#") ? id.substring(0, id.indexOf('#')) : id;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(testSources)) {
            files = walk.filter(p -> p.getFileName().toString().equals(type + ".java")).toList();
        }
        if (!id.contains("#")) {
            return !files.isEmpty();
        }
        Pattern method = Pattern.compile("\\bvoid\\s+" + Pattern.quote(id.substring(id.indexOf('#') + 1)) + "\\s*\\(");
        for (Path file : files) {
            if (method.matcher(Files.readString(file)).find()) {
                return true;
            }
        }
        return false;
    }

    private record AssignmentJson(String title, List<String> studentFiles, Limits limits) {
    }

    public Path root() {
        return root;
    }

    public List<Assignment> assignments() {
        return assignments;
    }

    /** The reference solution of an assignment: {@code solutions/<id>}. */
    public Path solutionDir(Assignment assignment) {
        return root.resolve("solutions").resolve(assignment.id());
    }

    /** Where a student template keeps the starters' student-edited files as handed out. */
    public static final String STARTERS = ".racecourse/starters";
    /** Written by {@code ./grade export} into every template: what tells a template from the course. */
    public static final String MANIFEST = ".racecourse/manifest.json";

    /**
     * Whether this is a template exported for students (or a copy of one), not the course repository.
     * Decided by the export's manifest, not by the absence of {@code solutions/}: a student can create
     * a folder, and that must not make their repository pass for the course.
     */
    public boolean isTemplate() {
        return Files.isRegularFile(root.resolve(MANIFEST));
    }

    /**
     * Student-edited files of an assignment that are sure to compile, to list its checks when a
     * submission does not: the reference solution in the course, the starter as handed out in a
     * template (whose assignments/ hold the student's edits).
     */
    public Path compilingStudentFiles(Assignment assignment) {
        return isTemplate() ? root.resolve(STARTERS).resolve(assignment.id()) : solutionDir(assignment);
    }

    /** The starter's student-edited files as handed out: kept aside in a template, the module itself in the course. */
    public Path starterFiles(Assignment assignment) {
        return isTemplate() ? root.resolve(STARTERS).resolve(assignment.id()) : assignment.moduleDir();
    }

    /**
     * The assignment an id names: its full folder name ({@code 01-shared-counter})
     * or a prefix that matches exactly one ({@code 01}).
     */
    public Assignment find(String id) {
        List<Assignment> matches = assignments.stream()
                .filter(a -> a.id().equals(id) || a.id().startsWith(id + "-") || a.id().startsWith(id))
                .toList();
        List<Assignment> exact = matches.stream().filter(a -> a.id().equals(id)).toList();
        if (exact.size() == 1) {
            return exact.get(0);
        }
        if (matches.size() == 1) {
            return matches.get(0);
        }
        String known = String.join(", ", assignments.stream().map(Assignment::id).toList());
        throw new IllegalArgumentException(matches.isEmpty()
                ? "no assignment '" + id + "'; the course has: " + known
                : "'" + id + "' matches several assignments: "
                        + String.join(", ", matches.stream().map(Assignment::id).toList()));
    }
}
