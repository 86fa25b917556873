package racecourse.grader.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import racecourse.grader.check.Status;
import racecourse.grader.judge.AssignmentResult;
import racecourse.grader.judge.CheckResult;
import racecourse.support.CheckKind;

/**
 * Classroom 50's runner accepts our result.json as its {@code validate_result} checks it
 * (foundation50/classroom50 runner.py): schema {@code classroom50/result/v1}; classroom and
 * assignment equal to the runner's variables; submission a {@code submit/} tag; commit, release,
 * review and datetime non-empty; score and max-score non-negative JSON integers, score at most
 * max-score; every test with a non-empty test-name, a boolean passed, and integer score at most
 * max-score. Its gradebook shows our score when the tests' scores add up to it.
 */
class Classroom50ReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> RUNNER = Map.of(
            "CLASSROOM", "threads-2026", "ASSIGNMENT", "racecourse", "SUBMISSION_TAG", "submit/20261123T101500Z-1a2b3c4",
            "COMMIT_URL", "https://github.com/org/racecourse-alice/commit/1a2b3c4",
            "RELEASE_URL", "https://github.com/org/racecourse-alice/releases/tag/submit/20261123T101500Z-1a2b3c4",
            "REVIEW_URL", "https://github.com/org/racecourse-alice/pull/1", "OWNER", "alice");

    @Test
    void theRunnerAcceptsTheResultAndItsTestsAddUpToOurScore() throws Exception {
        List<AssignmentResult> results = List.of(result("01-shared-counter", 5, 9), result("02-database-value", 9, 9));
        JsonNode json = JSON.readTree(JSON.writeValueAsBytes(Classroom50Report.payload(results, RUNNER)));

        assertEquals("classroom50/result/v1", json.get("schema").asText());
        assertEquals(RUNNER.get("CLASSROOM"), json.get("classroom").asText());
        assertEquals(RUNNER.get("ASSIGNMENT"), json.get("assignment").asText());
        assertTrue(json.get("submission").asText().startsWith("submit/"));
        for (String field : List.of("commit", "release", "review", "datetime")) {
            assertTrue(json.get(field).isTextual() && !json.get(field).asText().isEmpty(), field);
        }
        assertNonNegativeInteger(json.get("score"), "score");
        assertNonNegativeInteger(json.get("max-score"), "max-score");
        assertTrue(json.get("score").asInt() <= json.get("max-score").asInt());
        int sum = 0;
        int max = 0;
        for (JsonNode test : json.get("tests")) {
            assertTrue(test.get("test-name").isTextual() && !test.get("test-name").asText().isEmpty());
            assertTrue(test.get("passed").isBoolean());
            assertNonNegativeInteger(test.get("score"), "tests[].score");
            assertNonNegativeInteger(test.get("max-score"), "tests[].max-score");
            assertTrue(test.get("score").asInt() <= test.get("max-score").asInt());
            sum += test.get("score").asInt();
            max += test.get("max-score").asInt();
        }
        assertEquals(14, json.get("score").asInt(), "our score, summed over the graded assignments");
        assertEquals(sum, json.get("score").asInt(), "the tests' scores add up to the score");
        assertEquals(max, json.get("max-score").asInt());
        assertEquals(6, json.get("tests").size(), "one test per check of every graded assignment");
    }

    /**
     * Our autograder.py, with a stand-in for the course's ./grade beside it: hands the result over,
     * never runs the checkout's own ./grade, and fails only when grading failed.
     */
    @Test
    void theAutograderScriptHandsTheResultOver(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")), "python3 is not installed");
        Path script = dir.resolve("config/autograder.py");
        Files.createDirectories(script.resolveSibling("course"));
        Files.copy(Path.of("../docs/classroom50/autograder.py"), script);
        Path checkout = Files.createDirectories(dir.resolve("checkout"));
        Files.writeString(checkout.resolve("grade"), "echo '{\"score\": 100}' > result.json\n");
        Files.writeString(script.resolveSibling("course/grade"), """
                while [ $# -gt 0 ]; do if [ "$1" = --out ]; then out="$2"; fi; shift; done
                mkdir -p "$out/classroom50"
                echo '{"schema": "classroom50/result/v1"}' > "$out/classroom50/result.json"
                echo '# racecourse: 5/9 points' > "$out/summary.md"
                exit 1
                """);
        assertEquals(0, python(script, checkout), "points lost is still a grading: exit 0");
        assertEquals("{\"schema\":\"classroom50/result/v1\"}", JSON.readTree(checkout.resolve("result.json").toFile())
                .toString(), "the course's result, not the checkout's ./grade's");
        assertTrue(Files.readString(checkout.resolve("release-body.md")).contains("5/9"));

        Files.writeString(script.resolveSibling("course/grade"), "exit 2\n");
        assertEquals(1, python(script, checkout), "could not grade: the runner reports an error");
        assertTrue(Files.notExists(checkout.resolve("result.json")), "no result left over from before");
    }

    private static int python(Path script, Path checkout) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("/usr/bin/python3", script.toAbsolutePath().toString())
                .directory(checkout.toFile()).inheritIO().start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return process.exitValue();
    }

    private static void assertNonNegativeInteger(JsonNode value, String what) {
        assertTrue(value.isIntegralNumber() && value.asLong() >= 0, what + " must be a non-negative JSON integer: "
                + value);
    }

    private static AssignmentResult result(String assignment, int score, int max) {
        return new AssignmentResult(AssignmentResult.SCHEMA, assignment, score == max ? Status.PASS : Status.FAIL, score, max, 1000,
                null, null, List.of(
                        new CheckResult("A#a", "keeps every update", CheckKind.JUNIT, Status.PASS, 2, 2, null, null, null, 10, null),
                        new CheckResult("A#b", "no lost update", CheckKind.JCSTRESS, score == max ? Status.PASS : Status.FAIL,
                                score == max ? 4 : 0, 4, "forbidden [1]", "table", null, 10, null),
                        new CheckResult("A#c", "uses a lock", CheckKind.RULE, Status.PASS, 3, 3, null, null, null, 10, null)),
                List.of(), null, null, null, null, null);
    }
}
