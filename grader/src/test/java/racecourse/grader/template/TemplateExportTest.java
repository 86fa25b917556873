package racecourse.grader.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;
import racecourse.grader.Grader;
import racecourse.grader.build.Sha256;
import racecourse.grader.discover.Assignment;
import racecourse.grader.discover.Course;

/**
 * The student template: what it ships and what it leaves out, its manifest, its generated
 * Classroom workflow, and that it builds and grades from scratch in a folder of its own. (The
 * build-and-grade test grades two checks of 01, one of them deterministic, to stay short and sure.)
 */
class TemplateExportTest {
    private static final Path COURSE = Path.of("..");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Lincheck's model checking finds the starter's lost update every run; the stress tests almost always do. */
    private static final String MODEL_CHECKING = "SharedCounterInterleavingTest#everyInterleavingKeepsEveryUpdate";

    @Test
    void shipsTheStudentsPartAndAManifestOfEveryProtectedFile(@TempDir Path template) throws Exception {
        Course course = Course.at(COURSE);
        TemplateExport.write(course, course.assignments(), Platform.CLASSROOM, template);

        for (String absent : List.of("solutions", ".ci", ".github/workflows/course.yml", "docs/instructors.md",
                "docs/authoring.md", "grader/src/test", ".git")) {
            assertFalse(Files.exists(template.resolve(absent)), absent + " must not be shipped");
        }
        for (String present : List.of("assignments/pom.xml", "assignments/07-bank-transfers/assignment.json", "support/pom.xml",
                "grader/src/main/java/racecourse/grader/cli/Main.java", "mvnw", "mvnw.cmd", ".mvn/wrapper/maven-wrapper.properties",
                "grade", "grade.cmd", ".gitignore", ".github/workflows/classroom.yml", "docs/students.md",
                "docs/glossary.md", "README.md", "pom.xml",
                ".racecourse/starters/01-shared-counter/src/main/java/racecourse/counter/SharedCounter.java")) {
            assertTrue(Files.isRegularFile(template.resolve(present)), present + " must be shipped");
        }
        assertTrue(Files.isExecutable(template.resolve("grade")) && Files.isExecutable(template.resolve("mvnw")));
        List<String> all = relativeFiles(template);
        assertTrue(all.stream().noneMatch(f -> f.contains("/target/") || f.startsWith("target/")), "no build output");
        assertTrue(all.stream().noneMatch(f -> f.contains("/wrong/")), "no known-wrong fixes");

        String readme = Files.readString(template.resolve("README.md"));
        assertFalse(readme.contains("solutions") || readme.contains("verify"), readme);
        assertTrue(readme.contains("| 07 | [Bank transfers](assignments/07-bank-transfers) |"), readme);
        assertEquals(TemplateExport.resource("/template/workflows/classroom.yml"),
                Files.readString(template.resolve(".github/workflows/classroom.yml")),
                "all assignments: the generated runner list is the course's own");
        assertEquals(List.of("classroom.yml"), relativeFiles(template.resolve(".github/workflows")),
                "GitHub Classroom's workflow only: no second grading of every push");
        assertTrue(Course.at(template).isTemplate() && !course.isTemplate(), "the manifest tells a template from the course");

        JsonNode manifest = JSON.readTree(template.resolve(Manifest.PATH).toFile());
        List<String> studentFiles = JSON.convertValue(manifest.get("studentFiles"), List.class);
        assertTrue(studentFiles.contains("assignments/01-shared-counter/src/main/java/racecourse/counter/SharedCounter.java"));
        Map<String, String> expected = new TreeMap<>();
        for (String file : all) {
            if (!file.equals(Manifest.PATH) && !studentFiles.contains(file)) {
                expected.put(file, Sha256.ofFile(template.resolve(file)));
            }
        }
        assertEquals(expected, JSON.convertValue(manifest.get("protected"), TreeMap.class),
                "every shipped file but the student-edited ones, with its SHA-256");
    }

    @Test
    void aTemplateOfSomeAssignmentsReportsOnlyTheirRunners(@TempDir Path template) throws Exception {
        Course course = Course.at(COURSE);
        TemplateExport.write(course, List.of(course.find("01"), course.find("03")), Platform.CLASSROOM, template);

        assertEquals(List.of("01-shared-counter", "03-sensor-log"),
                Course.at(template).assignments().stream().map(a -> a.id()).toList());
        String classroom = Files.readString(template.resolve(".github/workflows/classroom.yml"));
        assertTrue(classroom.contains("runners: a01,a03\n") && classroom.contains("RUNNERS: a01,a03\n"), classroom);
        assertTrue(classroom.contains("A01_RESULTS: \"${{ steps.grade.outputs.a01 }}\"\n"
                + "          A03_RESULTS: \"${{ steps.grade.outputs.a03 }}\"\n"), classroom);
        assertFalse(classroom.contains("A02_RESULTS"), classroom);
        String readme = Files.readString(template.resolve("README.md"));
        assertTrue(readme.contains("cd assignments/01-shared-counter\n") && readme.contains("./grade 01 "), readme);
        assertFalse(readme.contains("02-database-value") || readme.contains("{{"), readme);
        assertThrows(IOException.class, () -> TemplateExport.write(course, course.assignments(), Platform.ACTIONS,
                template), "never into a folder that holds something");
    }

    /** One grading workflow per platform, and none where the platform grades by itself. */
    @Test
    void eachPlatformGetsItsOwnWorkflowOnly(@TempDir Path out) throws Exception {
        Course course = Course.at(COURSE);
        Map<Platform, List<String>> expected = Map.of(Platform.ACTIONS, List.of("grade.yml"),
                Platform.CLASSROOM, List.of("classroom.yml"), Platform.CLASSROOM50, List.of(),
                Platform.GRADESCOPE, List.of());
        for (Platform platform : Platform.values()) {
            Path template = out.resolve(platform.name());
            TemplateExport.write(course, List.of(course.find("01")), platform, template);
            Path workflows = template.resolve(".github/workflows");
            assertEquals(expected.get(platform), Files.isDirectory(workflows) ? relativeFiles(workflows) : List.of(),
                    platform.name());
            assertTrue(Files.readString(template.resolve("README.md")).contains(platform.handingIn()));
        }
    }

    @Test
    void theRootPomLosesOnlyItsSolutionsModule() throws Exception {
        String pom = Files.readString(COURSE.resolve("pom.xml"));
        String edited = PomModules.withoutModule(pom, "solutions");

        assertEquals(pom.replace("    <module>solutions</module>\n", ""), edited, "one line less, byte for byte");
        NodeList modules = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(edited.getBytes(StandardCharsets.UTF_8)))
                .getElementsByTagName("module");
        assertEquals(List.of("support", "assignments", "grader"), texts(modules));
        String inline = "<project><modules><module>a</module><module>solutions</module></modules></project>";
        assertEquals("<project><modules><module>a</module></modules></project>", PomModules.withoutModule(inline, "solutions"));
        assertThrows(IOException.class, () -> PomModules.withoutModule(
                "<project><!-- <module>solutions</module> --><modules><module>solutions</module></modules></project>",
                "solutions"), "a cut in the wrong place is refused");
    }

    @Test
    void theAssignmentsPomListsEveryAssignmentTheTemplateShips(@TempDir Path template) throws Exception {
        Course course = Course.at(COURSE);
        assertEquals(course.assignments().stream().map(a -> a.id()).toList(), modules(COURSE.resolve("assignments/pom.xml")),
                "the course's: every assignment, so that opening the root imports each");
        TemplateExport.write(course, List.of(course.find("01"), course.find("04")), Platform.ACTIONS, template);
        assertEquals(List.of("01-shared-counter", "04-recording-studio"), modules(template.resolve("assignments/pom.xml")));
    }

    /**
     * What an IDE does when it opens the template's root folder: Maven takes in every shipped
     * assignment as a module and compiles its main and test sources. The root build runs none of the
     * starters' tests (they fail by design; inside the assignment they run, see the next test).
     */
    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES) // a Maven build of the template: a minute or more under load
    void openingTheRootImportsEveryAssignmentWithItsTests(@TempDir Path template) throws Exception {
        Course course = Course.at(COURSE);
        TemplateExport.write(course, List.of(course.find("01"), course.find("04")), Platform.ACTIONS, template);

        Result build = run(template, List.of("./mvnw", "-B", "-o", "test"));
        assertEquals(0, build.exit(), "the root build passes on the starters:\n" + build.output());
        for (Assignment assignment : Course.at(template).assignments()) {
            Path module = assignment.moduleDir();
            for (String source : List.of("src/main/java", "src/test/java")) {
                Path classes = module.resolve(source.startsWith("src/main") ? "target/classes" : "target/test-classes");
                for (Path java : javaFiles(module.resolve(source))) {
                    String type = module.resolve(source).relativize(java).toString().replace(".java", ".class");
                    assertTrue(Files.isRegularFile(classes.resolve(type)), type + " compiled in " + assignment.id());
                }
            }
        }
        assertEquals(2, build.output().split("Tests are skipped\\.", -1).length - 1,
                "the starters' tests are compiled, not run, from the root:\n" + build.output());
    }

    /**
     * Exports, builds from scratch, grades, and runs the students' own test command, as a student
     * would; then grades code that does not compile (its checks listed from the shipped starter).
     */
    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES) // builds the grader from scratch, then grades four times
    void buildsAndGradesFromScratchAndItsTestsFailOnTheStarter(@TempDir Path template, @TempDir Path scratch)
            throws Exception {
        Course course = Course.at(COURSE);
        List<Assignment> counter = List.of(course.find("01"));
        TemplateExport.write(course, counter, Platform.ACTIONS, Grader.of(course, scratch).checks(counter), template);

        long started = System.nanoTime();
        Result grade = run(template, List.of("./grade", "--out", "target/grading", "--only",
                "SharedCounterTest#countsOnOneThread," + MODEL_CHECKING, "01"));
        long graded = System.nanoTime();
        assertEquals(0, grade.exit(), "an untouched starter is not started, which fails no run:\n" + grade.output());
        for (String report : List.of("01-shared-counter.json", "report.html", "summary.md", "classroom/a01.json")) {
            assertTrue(Files.isRegularFile(template.resolve("target/grading").resolve(report)), report);
        }
        JsonNode result = JSON.readTree(template.resolve("target/grading/01-shared-counter.json").toFile());
        assertEquals("not started", result.get("status").asText());
        assertEquals(0, result.get("score").asInt());
        assertEquals(3, result.get("max_score").asInt(), "its checks are listed with their points");

        Result test = run(template.resolve("assignments/01-shared-counter"), List.of("../../mvnw", "-q", "-B", "test"));
        assertNotEquals(0, test.exit(), "the starter's tests fail:\n" + test.output());
        assertTrue(test.output().contains(MODEL_CHECKING.replace('#', '.') + " -- Time elapsed"), test.output());
        System.out.printf("template: built and graded in %.1f s, starter tests run in %.1f s%n",
                (graded - started) / 1e9, (System.nanoTime() - graded) / 1e9);

        // A student deletes the assertion the starter fails and adds a class: their own ./grade, like the
        // course's regrade, grades the course's test (restored from git history) and warns about both files.
        run(template, List.of("git", "init", "-q"));
        run(template, List.of("git", "add", "-A"));
        run(template, List.of("git", "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "template"));
        String edited = "assignments/01-shared-counter/src/test/java/racecourse/counter/SharedCounterInterleavingTest.java";
        String extra = "assignments/01-shared-counter/src/main/java/racecourse/counter/Extra.java";
        Files.writeString(template.resolve(edited), Files.readString(template.resolve(edited))
                .replace("Interleavings.assertLinearizable(SharedCounterInterleavingTest.class);", ""));
        Files.writeString(template.resolve(extra), "package racecourse.counter;\nclass Extra {\n}\n");
        Path studentFile = template.resolve("assignments/01-shared-counter/src/main/java/racecourse/counter/SharedCounter.java");
        Files.writeString(studentFile, Files.readString(studentFile) + "\n// started\n");
        Result tampered = run(template, List.of("./grade", "--out", "target/tampered", "--only", MODEL_CHECKING, "01"));
        assertEquals(1, tampered.exit(), "started, and the deleted assertion is the course's again:\n"
                + tampered.output());
        for (String file : List.of(edited, extra)) {
            assertTrue(tampered.output().contains("ignored: " + file + " ("), file + ":\n" + tampered.output());
        }

        Files.writeString(studentFile, Files.readString(studentFile) + "\nnot java(\n");
        Files.createDirectories(template.resolve("solutions/01-shared-counter"));
        Result broken = run(template, List.of("./grade", "--out", "target/broken", "--only",
                "SharedCounterTest#countsOnOneThread", "01"));
        assertEquals(1, broken.exit(), "code that does not compile is graded, from the starters (a solutions/ folder "
                + "a student made is no reference):\n"
                + broken.output());
        JsonNode error = JSON.readTree(template.resolve("target/broken/01-shared-counter.json").toFile());
        assertEquals("error", error.get("status").asText());
        assertEquals(1, error.get("max_score").asInt(), "the check is listed with its points");
    }

    /**
     * The checks a template lists are the ones its grader would discover from the tests it ships (what
     * a template without the list, from an older export, does on every push).
     */
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // compiles 01 three times, two child JVMs
    void theListedChecksAreTheOnesTheTestsDeclare(@TempDir Path listed, @TempDir Path unlisted, @TempDir Path scratch)
            throws Exception {
        Course course = Course.at(COURSE);
        List<Assignment> counter = List.of(course.find("01"));
        TemplateExport.write(course, counter, Platform.ACTIONS, Grader.of(course, scratch.resolve("course")).checks(counter),
                listed);
        TemplateExport.write(course, counter, Platform.ACTIONS, unlisted);
        Course withList = Course.at(listed);
        Course withoutList = Course.at(unlisted);
        assertTrue(Manifest.read(listed).protectedFiles().containsKey(".racecourse/checks/01-shared-counter.json"),
                "the list is protected like the tests");
        assertTrue(CheckList.of(withoutList, withoutList.find("01")).isEmpty());
        assertEquals(Grader.of(withoutList, scratch.resolve("discovered")).checks(withoutList.find("01")),
                CheckList.of(withList, withList.find("01")).orElseThrow());
    }

    private record Result(int exit, String output) {
    }

    private static Result run(Path dir, List<String> command) throws Exception {
        Path log = Files.createTempFile("racecourse-template-", ".log");
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not finish in 10 minutes");
            }
            return new Result(process.exitValue(), Files.readString(log));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static List<String> modules(Path pom) throws Exception {
        return texts(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile())
                .getElementsByTagName("module"));
    }

    private static List<String> texts(NodeList nodes) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static List<Path> javaFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    private static List<String> relativeFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            List<String> files = new ArrayList<>();
            walk.filter(Files::isRegularFile).forEach(f -> files.add(root.relativize(f).toString().replace('\\', '/')));
            return files;
        }
    }
}
