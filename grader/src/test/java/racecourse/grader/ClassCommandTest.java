package racecourse.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import racecourse.grader.build.Workspace;
import racecourse.grader.cli.ExitStatus;
import racecourse.grader.cli.Main;

/**
 * {@code ./grade class} on a roster of two: alice hands in the reference solution, mallory the
 * starter with an edited test. Graded two at a time on two checks of 01 to stay fast; then run
 * again (nothing is graded twice), after an interruption (only the unfinished student is), and after
 * mallory's student file changed (only she is).
 */
class ClassCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path COURSE = Path.of("..");
    private static final String COUNTER = "assignments/01-shared-counter/";
    private static final String STUDENT_FILE = "src/main/java/racecourse/counter/SharedCounter.java";
    private static final String TEST_FILE = "src/test/java/racecourse/counter/SharedCounterTest.java";
    /** One check every counter passes, and model checking, which finds the starter's lost update every run. */
    private static final String CHECKS = "SharedCounterTest#countsOnOneThread,"
            + "SharedCounterInterleavingTest#everyInterleavingKeepsEveryUpdate";

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // four class runs, beyond the support jar's 60 s default
    void gradesEveryStudentOnceFlagsTamperingAndResumes(@TempDir Path dir) throws Exception {
        Path roster = dir.resolve("roster");
        Path out = dir.resolve("out");
        Workspace.copyTree(COURSE.resolve("solutions/01-shared-counter/src"), roster.resolve("alice/" + COUNTER + "src"));
        Path mallory = roster.resolve("mallory/" + COUNTER);
        Workspace.copyTree(COURSE.resolve(COUNTER), mallory);
        Files.writeString(mallory.resolve(TEST_FILE), Files.readString(mallory.resolve(TEST_FILE)) + "\n// all pass\n");

        assertEquals(ExitStatus.POINTS_LOST.code(), classRun(roster, out), "mallory's starter loses points");

        JsonNode alice = result(out, "alice");
        JsonNode malloryResult = result(out, "mallory");
        assertEquals(alice.get("max_score"), alice.get("score"), "the solution gets full marks");
        assertEquals("not started", malloryResult.get("status").asText(), "mallory's counter is the starter");
        assertTrue(malloryResult.get("score").asInt() < malloryResult.get("max_score").asInt());
        assertEquals(List.of(COUNTER + TEST_FILE), JSON.convertValue(malloryResult.get("tampered"), List.class));
        assertEquals(0, alice.get("tampered").size());
        for (String report : List.of("alice/report.html", "alice/classroom/a01.json", "mallory/summary.md",
                "grades.csv", "class-report.html")) {
            assertTrue(Files.isRegularFile(out.resolve(report)), "missing " + report);
        }
        assertTrue(Files.readString(out.resolve("class-report.html")).contains(COUNTER + TEST_FILE));
        String aliceGradedAt = alice.get("graded_at").asText();
        String malloryGradedAt = malloryResult.get("graded_at").asText();

        assertEquals(ExitStatus.POINTS_LOST.code(), classRun(roster, out), "the exit status counts students graded before");
        assertEquals(aliceGradedAt, result(out, "alice").get("graded_at").asText(), "alice is not graded twice");
        assertEquals(malloryGradedAt, result(out, "mallory").get("graded_at").asText());

        Files.delete(out.resolve("alice/.graded.json"));
        classRun(roster, out);
        assertNotEquals(aliceGradedAt, result(out, "alice").get("graded_at").asText(), "unfinished: graded again");
        assertEquals(malloryGradedAt, result(out, "mallory").get("graded_at").asText(), "finished: left alone");

        Path malloryFile = mallory.resolve(STUDENT_FILE);
        Files.writeString(malloryFile, Files.readString(malloryFile) + "\n// after a git pull\n");
        String aliceAgain = result(out, "alice").get("graded_at").asText();
        classRun(roster, out);
        assertNotEquals(malloryGradedAt, result(out, "mallory").get("graded_at").asText(), "changed files: regraded");
        assertEquals(aliceAgain, result(out, "alice").get("graded_at").asText(), "unchanged: left alone");
    }

    private static int classRun(Path roster, Path out) {
        return Main.execute("class", "--root", COURSE.toString(), "--roster", roster.toString(), "--out", out.toString(),
                "--jobs", "2", "--only", CHECKS, "01");
    }

    private static JsonNode result(Path out, String student) throws Exception {
        return JSON.readTree(out.resolve(student).resolve("01-shared-counter.json").toFile());
    }
}
