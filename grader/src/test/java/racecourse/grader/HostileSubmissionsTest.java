package racecourse.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import racecourse.grader.cli.ExitStatus;
import racecourse.grader.cli.Main;

/**
 * Containment: submissions that exit, halt, spin, flood output, exhaust memory,
 * leave threads running, sleep forever, deadlock or forge results. For each, the
 * grader finishes within its limits, writes every report, gives no points for the
 * checks spoiled, and says what happened in one line. (Graded on two JUnit checks
 * each, plus jcstress for the JVM-exit case, to keep the course build fast.)
 */
class HostileSubmissionsTest {
    private static final Path HOSTILE = Path.of("src/test/resources/hostile");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INCREMENTS = "SharedCounterTest#incrementKeepsEveryUpdate";
    private static final String ADDS = "SharedCounterTest#addKeepsEveryUpdate";
    private static final String BOTH = "SharedCounterTest#incrementRacingAdd";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "exit-zero          | " + INCREMENTS + " | exit          | IncrementLitmus",
        "halt-zero          | " + ADDS + "       | exit          | " + INCREMENTS,
        "infinite-loop      | " + INCREMENTS + " | still running | SharedCounterTest#countsOnOneThread",
        "flood-output       | " + INCREMENTS + " | output cap    | SharedCounterTest#countsOnOneThread",
        "exhaust-memory     | " + INCREMENTS + " | memory        | SharedCounterTest#countsOnOneThread",
        "sleep-forever      | " + INCREMENTS + " | deadline      | SharedCounterTest#countsOnOneThread",
        "permanent-deadlock | " + BOTH + "       | deadlock      | " + INCREMENTS,
        "forge-results      | " + INCREMENTS + " | off by        | SharedCounterTest#countsOnOneThread",
    })
    void isGradedAndContained(String name, String spoiledId, String says, String alsoRun, @TempDir Path out)
            throws Exception {
        String checks = spoiledId + "," + alsoRun;
        long started = System.nanoTime();
        int exit = Main.execute("--root", "..", "--submission", HOSTILE.resolve(name).toString(),
                "--out", out.toString(), "--only", checks, "01");
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;

        assertEquals(ExitStatus.POINTS_LOST.code(), exit, "graded, points lost");
        assertTrue(seconds < 120, "took " + seconds + " s");
        for (String report : List.of("01-shared-counter.json", "summary.md", "report.html", "classroom/a01.json",
                "gradescope/results.json", "junit/TEST-01-shared-counter.xml")) {
            assertTrue(Files.isRegularFile(out.resolve(report)), "missing report " + report);
        }
        JsonNode result = JSON.readTree(out.resolve("01-shared-counter.json").toFile());
        JsonNode spoiled = check(result, spoiledId);
        assertNotNull(spoiled, "the spoiled check is in the result");
        assertEquals(0, spoiled.get("score").asInt(), "no points for a spoiled check");
        assertFalse("pass".equals(spoiled.get("status").asText()));
        String message = spoiled.path("message").asText();
        assertTrue(message.contains(says), "message says '" + says + "': " + message);
        assertFalse(message.contains("\n"), "one line");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"thread-bomb"})
    void leftoverThreadsDoNotSpoilLaterChecks(String name, @TempDir Path out) throws Exception {
        int exit = Main.execute("--root", "..", "--submission", HOSTILE.resolve(name).toString(),
                "--out", out.toString(), "--only", INCREMENTS + "," + BOTH, "01");
        JsonNode result = JSON.readTree(out.resolve("01-shared-counter.json").toFile());
        assertEquals(ExitStatus.OK.code(), exit, "a correct counter that leaks idle threads still counts correctly");
        assertEquals(result.get("max_score").asInt(), result.get("score").asInt());
    }

    @org.junit.jupiter.api.Test
    void inTheSandboxTheCourseIsReadOnly(@TempDir Path out) throws Exception {
        Path test = Path.of("../assignments/01-shared-counter/src/test/java/racecourse/counter/SharedCounterTest.java");
        Path runner = Path.of("target/classes/racecourse/grader/run/child/ChildMain.class");
        String original = Files.readString(test);
        byte[] originalRunner = Files.readAllBytes(runner);
        java.nio.file.attribute.FileTime modified = Files.getLastModifiedTime(test);
        Main.execute("--root", "..", "--submission", HOSTILE.resolve("overwrite-course").toString(),
                "--out", out.toString(), "--only", INCREMENTS, "--sandbox", "required", "01");
        JsonNode result = JSON.readTree(out.resolve("01-shared-counter.json").toFile());
        assertEquals("bubblewrap", result.get("sandbox").asText());
        assertEquals(modified, Files.getLastModifiedTime(test), "never written, not merely restored");
        assertEquals(original, Files.readString(test));
        assertTrue(java.util.Arrays.equals(originalRunner, Files.readAllBytes(runner)));
        assertFalse(result.path("notes").toString().contains("restored"), result.toString());
        assertEquals(0, result.get("score").asInt(), "the run itself used the course's real tests");
    }

    @org.junit.jupiter.api.Test
    void withoutTheSandboxCourseFilesOverwrittenDuringARunAreRestoredBeforeTheNextGrading(@TempDir Path out)
            throws Exception {
        Path test = Path.of("../assignments/01-shared-counter/src/test/java/racecourse/counter/SharedCounterTest.java");
        Path runner = Path.of("target/classes/racecourse/grader/run/child/ChildMain.class");
        String original = Files.readString(test);
        byte[] originalRunner = Files.readAllBytes(runner);
        Main.execute("--root", "..", "--submission", HOSTILE.resolve("overwrite-course").toString(),
                "--out", out.toString(), "--only", INCREMENTS, "--sandbox", "off", "01");
        JsonNode result = JSON.readTree(out.resolve("01-shared-counter.json").toFile());
        assertEquals(original, Files.readString(test), "the course's test is restored");
        assertTrue(java.util.Arrays.equals(originalRunner, Files.readAllBytes(runner)),
                "the grader's compiled runner is restored");
        assertEquals("none", result.get("sandbox").asText());
        assertTrue(result.get("notes").toString().contains("restored"), result.toString());
        assertEquals(0, result.get("score").asInt(), "the run itself used the course's real tests");
    }

    private static JsonNode check(JsonNode result, String id) {
        for (JsonNode test : result.get("tests")) {
            if (id.equals(test.get("id").asText())) {
                return test;
            }
        }
        return null;
    }
}
