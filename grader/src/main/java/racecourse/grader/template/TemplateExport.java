package racecourse.grader.template;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import racecourse.grader.build.Sha256;
import racecourse.grader.build.Workspace;
import racecourse.grader.check.PlannedCheck;
import racecourse.grader.discover.Assignment;
import racecourse.grader.discover.Course;

/**
 * Writes a student template repository from the course: the chosen assignments, the shared test
 * support, the grader (without its own tests), the build, the platform's grading workflow (if it
 * has one) and the students' docs, plus a manifest of every protected file, a copy of the
 * starters' student files (an untouched assignment is reported as not started) and the list of
 * each assignment's checks (reported for a submission that is not started or does not compile).
 * Never: solutions (and their known-wrong fixes), the instructors' docs, the course's CI, build
 * output, git history.
 *
 * <p>The students' workflows live in the grader's resources, not in the course's own
 * {@code .github/workflows}: the course repository never runs them, so they need no "is this the
 * course?" switch that a student could flip.
 */
public final class TemplateExport {
    /** Shipped as they are in the course. */
    private static final List<String> FILES = List.of("mvnw", "mvnw.cmd", "grade", "grade.cmd",
            ".gitignore", "docs/students.md", "docs/glossary.md", "grader/pom.xml");
    private static final List<String> FOLDERS = List.of(".mvn", "support", "grader/src/main");
    static final String WORKFLOWS = ".github/workflows/";

    /** What was written: files and bytes, the manifest included. */
    public record Size(long files, long bytes) {
    }

    private TemplateExport() {
    }

    /** A template without listed checks: its grader discovers them when it needs them. */
    public static Size write(Course course, List<Assignment> chosen, Platform platform, Path out) throws IOException {
        return write(course, chosen, platform, Map.of(), out);
    }

    /** A template with each assignment's {@code checks} listed ({@link CheckList}). */
    public static Size write(Course course, List<Assignment> chosen, Platform platform,
            Map<String, List<PlannedCheck>> checks, Path out) throws IOException {
        if (chosen.isEmpty()) {
            throw new IOException("no assignments to export");
        }
        if (Files.exists(out)) {
            try (Stream<Path> children = Files.list(out)) {
                if (children.findAny().isPresent()) {
                    throw new IOException(out + " is not empty: export into a new folder");
                }
            }
        }
        Path root = course.root();
        for (String file : FILES) {
            Files.createDirectories(out.resolve(file).getParent());
            Files.copy(root.resolve(file), out.resolve(file));
        }
        for (String folder : FOLDERS) {
            Workspace.copyTree(root.resolve(folder), out.resolve(folder));
        }
        for (Assignment assignment : chosen) {
            Workspace.copyTree(assignment.moduleDir(), out.resolve("assignments").resolve(assignment.id()));
            for (String file : assignment.studentFiles()) {
                Path starter = out.resolve(Course.STARTERS).resolve(assignment.id()).resolve(file);
                Files.createDirectories(starter.getParent());
                Files.copy(assignment.moduleDir().resolve(file), starter);
            }
        }
        Files.writeString(out.resolve("pom.xml"), PomModules.withoutModule(Files.readString(root.resolve("pom.xml")),
                "solutions"));
        List<String> shipped = chosen.stream().map(Assignment::id).toList();
        List<String> notShipped = course.assignments().stream().map(Assignment::id).filter(id -> !shipped.contains(id))
                .toList();
        Files.writeString(out.resolve("assignments/pom.xml"), PomModules.withoutModules(
                Files.readString(root.resolve("assignments/pom.xml")), notShipped));
        if (platform.workflow().isPresent()) {
            String name = platform.workflow().get();
            String workflow = resource("/template/workflows/" + name);
            if (platform == Platform.CLASSROOM) {
                workflow = ClassroomWorkflow.forRunners(workflow,
                        chosen.stream().map(a -> Assignment.runnerId(a.id())).toList());
            }
            Files.createDirectories(out.resolve(WORKFLOWS));
            Files.writeString(out.resolve(WORKFLOWS + name), workflow);
        }
        CheckList.write(out, checks);
        Files.writeString(out.resolve("README.md"), readme(chosen, platform));
        List<String> studentFiles = chosen.stream()
                .flatMap(a -> a.studentFiles().stream().map(f -> "assignments/" + a.id() + "/" + f)).sorted().toList();
        manifest(out, studentFiles).write(out);
        return size(out);
    }

    /** The student README: a resource, with a table of the shipped assignments and the first as the example. */
    private static String readme(List<Assignment> chosen, Platform platform) throws IOException {
        StringBuilder table = new StringBuilder();
        for (Assignment a : chosen) {
            table.append("| ").append(number(a)).append(" | [").append(a.title())
                    .append("](assignments/").append(a.id()).append(") |\n");
        }
        return resource("/template/README.md").replace("{{assignments}}\n", table)
                .replace("{{example}}", chosen.get(0).id()).replace("{{example-number}}", number(chosen.get(0)))
                .replace("{{handing-in}}", platform.handingIn());
    }

    static String resource(String name) throws IOException {
        try (InputStream in = TemplateExport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("the grader's build lacks " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** "01" for "01-shared-counter". */
    private static String number(Assignment assignment) {
        return assignment.id().replaceAll("-.*", "");
    }

    private static Manifest manifest(Path out, List<String> studentFiles) throws IOException {
        SortedMap<String, String> hashes = new TreeMap<>();
        for (Path file : files(out)) {
            String relative = out.relativize(file).toString().replace('\\', '/');
            if (!studentFiles.contains(relative)) {
                hashes.put(relative, Sha256.ofFile(file));
            }
        }
        return new Manifest(Manifest.SCHEMA, "SHA-256", studentFiles, hashes);
    }

    private static Size size(Path out) throws IOException {
        long bytes = 0;
        List<Path> files = files(out);
        for (Path file : files) {
            bytes += Files.size(file);
        }
        return new Size(files.size(), bytes);
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
