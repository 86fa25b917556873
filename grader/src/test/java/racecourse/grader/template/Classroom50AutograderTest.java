package racecourse.grader.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import racecourse.grader.build.Workspace;
import racecourse.grader.discover.Course;

/**
 * docs/classroom50/autograder.py, run as Classroom 50's runner runs it (python3, in the student's
 * checkout), with the course's copy beside it as the config repository keeps it. Each gaming attempt
 * must get the score its student file gets when graded on its own, no more, and list what it
 * ignored. Two checks of 01 keep it short: one every counter passes, and model checking, which
 * finds the starter's lost update every run. (The course's copy borrows this build's grader instead
 * of building its own, which TemplateExportTest covers.)
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class Classroom50AutograderTest {
    private static final Path COURSE = Path.of("..");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CHECKS = "SharedCounterTest#countsOnOneThread,"
            + "SharedCounterInterleavingTest#everyInterleavingKeepsEveryUpdate";
    private static final String MODULE = "assignments/01-shared-counter/";
    private static final String STUDENT_FILE = MODULE + "src/main/java/racecourse/counter/SharedCounter.java";
    private static final String TEST = MODULE + "src/test/java/racecourse/counter/SharedCounterInterleavingTest.java";
    private static final String EXTRA = MODULE + "src/main/java/racecourse/counter/Extra.java";
    private static final String SUPPORT = "support/src/main/java/racecourse/support/Interleavings.java";

    @TempDir
    static Path dir;
    private static Path config;

    @BeforeAll
    static void configRepository() throws Exception {
        config = dir.resolve("config/autograders/racecourse-01");
        Course course = Course.at(COURSE);
        TemplateExport.write(course, List.of(course.find("01")), Platform.CLASSROOM50, config.resolve("course"));
        Files.copy(COURSE.resolve("docs/classroom50/autograder.py"), config.resolve("autograder.py"));
        Workspace.copyTree(Path.of("target/classes"), config.resolve("course/grader/target/classes"));
        Path classpath = config.resolve("course/grader/target/classpath.txt");
        Files.copy(Path.of("target/classpath.txt"), classpath);
        Files.setLastModifiedTime(classpath, FileTime.from(Instant.now().plusSeconds(60)));
    }

    @Test
    void everyGamingAttemptGetsTheScoreItsStudentFileDeserves() throws Exception {
        // Started (a comment added), so graded in full; an untouched starter is "not started" and runs nothing.
        String starter = Files.readString(COURSE.resolve(STUDENT_FILE)) + "\n// started\n";
        String solution = Files.readString(COURSE.resolve("solutions/01-shared-counter/src/main/java/racecourse/counter/SharedCounter.java"));
        int starterScore = grade(checkout("starter", starter)).get("score").asInt();
        JsonNode full = grade(checkout("solution", solution));
        assertEquals(full.get("max-score").asInt(), full.get("score").asInt(), "the solution gets full marks");
        assertTrue(starterScore < full.get("score").asInt(), "the starter loses points");

        Path deleted = checkout("a-deleted-assertion", starter);
        Files.writeString(deleted.resolve(TEST), Files.readString(deleted.resolve(TEST))
                .replace("Interleavings.assertLinearizable(SharedCounterInterleavingTest.class);", ""));
        assertGraded(deleted, starterScore, List.of(TEST));

        Path script = checkout("b-replaced-grade", starter);
        Files.writeString(script.resolve("grade"), "#!/usr/bin/env bash\nmkdir -p target/grading/classroom50\n"
                + "echo '{\"score\": 100, \"max-score\": 100, \"tests\": []}' | tee result.json "
                + "> target/grading/classroom50/result.json\n");
        assertGraded(script, starterScore, List.of("grade"));

        Path support = checkout("c-edited-support", starter);
        String helper = Files.readString(support.resolve(SUPPORT));
        Files.writeString(support.resolve(SUPPORT), helper.replaceFirst(
                "(public static void assertLinearizable\\([^)]*\\)[^{]*\\{)", "$1 if (true) return;"));
        assertTrue(!helper.equals(Files.readString(support.resolve(SUPPORT))), "the support class was edited");
        assertGraded(support, starterScore, List.of(SUPPORT));

        Path extra = checkout("d-extra-class", solution.replace("private long count;",
                "private long count;\n    private final Extra extra = new Extra();"));
        Files.writeString(extra.resolve(EXTRA), "package racecourse.counter;\n\nclass Extra {\n}\n");
        JsonNode extraResult = assertGraded(extra, 0, List.of(EXTRA));
        assertEquals(full.get("max-score"), extraResult.get("max-score"), "a compile error keeps every check's points");

        Path solutions = checkout("e-mkdir-solutions", starter);
        Workspace.copyTree(COURSE.resolve("solutions/01-shared-counter"), solutions.resolve("solutions/01-shared-counter"));
        assertGraded(solutions, starterScore, List.of());

        Path forged = checkout("f-forged-result", starter);
        Files.writeString(forged.resolve("result.json"), "{\"schema\": \"classroom50/result/v1\", \"score\": 100, "
                + "\"max-score\": 100, \"tests\": []}");
        assertGraded(forged, starterScore, List.of());
    }

    private static JsonNode assertGraded(Path checkout, int expected, List<String> ignored) throws Exception {
        JsonNode result = grade(checkout);
        System.out.printf("classroom 50, %s: %d/%d, ignored %s%n", checkout.getFileName(), result.get("score").asInt(),
                result.get("max-score").asInt(), result.get("ignored"));
        assertEquals(expected, result.get("score").asInt(), checkout.getFileName() + ": " + result);
        assertEquals(ignored, JSON.convertValue(result.get("ignored"), List.class), checkout.getFileName().toString());
        return result;
    }

    /** A student's repository as the template hands it out, with {@code studentFile} as their work. */
    private static Path checkout(String name, String studentFile) throws Exception {
        Path checkout = dir.resolve("checkouts").resolve(name);
        Course course = Course.at(COURSE);
        TemplateExport.write(course, List.of(course.find("01")), Platform.CLASSROOM50, checkout);
        Files.writeString(checkout.resolve(STUDENT_FILE), studentFile);
        return checkout;
    }

    /** Runs the autograder in the checkout; returns the result.json it leaves there. */
    private static JsonNode grade(Path checkout) throws Exception {
        Path log = dir.resolve(checkout.getFileName() + ".log");
        Process process = new ProcessBuilder("python3", config.resolve("autograder.py").toString(), "--only", CHECKS, "01")
                .directory(checkout.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "autograder.py did not finish");
        assertEquals(0, process.exitValue(), "graded, whatever the score:\n" + Files.readString(log));
        return JSON.readTree(checkout.resolve("result.json").toFile());
    }
}
