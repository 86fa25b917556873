package racecourse.grader.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import racecourse.grader.check.Status;
import racecourse.grader.judge.AssignmentResult;
import racecourse.grader.judge.CheckResult;
import racecourse.support.CheckKind;

/**
 * The payload reaches GitHub Classroom's autograding-grading-reporter as it reads
 * it: base64 in {@code <RUNNER>_RESULTS}, parsed as JSON; the reporter skips a
 * runner whose {@code max_score} is falsy, sums {@code tests[].score} into
 * "Points X/Y", and fails the run on status "fail" or "error".
 */
class ClassroomReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void partialCreditReachesClassroomAsTheReporterSumsIt() throws Exception {
        AssignmentResult result = new AssignmentResult(AssignmentResult.SCHEMA, "01-shared-counter", Status.FAIL, 5, 9, 1000,
                null, null, List.of(
                        new CheckResult("A#a", "keeps every update", CheckKind.JUNIT, Status.PASS, 2, 2, null, null, null, 10, null),
                        new CheckResult("A#b", "no lost update", CheckKind.JCSTRESS, Status.FAIL, 0, 4, "forbidden [1]", "table", null, 10, null),
                        new CheckResult("A#c", "uses a lock", CheckKind.RULE, Status.PASS, 3, 3, null, null, null, 10, null)),
                List.of(), null, null, null, null, null);
        String env = Base64.getEncoder().encodeToString(
                JSON.writeValueAsBytes(ClassroomReport.payload(result)));

        JsonNode parsed = JSON.readTree(new String(Base64.getDecoder().decode(env), StandardCharsets.UTF_8));
        assertEquals(1, parsed.get("version").asInt());
        assertTrue(parsed.get("max_score").asInt() > 0, "a zero max_score is skipped by the reporter");
        assertEquals(9, parsed.get("max_score").asInt());
        assertEquals("fail", parsed.get("status").asText());
        int sum = 0;
        assertFalse(parsed.get("tests").isEmpty());
        for (JsonNode test : parsed.get("tests")) {
            sum += test.get("score").asInt();
            assertTrue(test.hasNonNull("name") && test.hasNonNull("status") && test.has("message"));
            assertEquals(0, test.get("line_no").asInt());
        }
        assertEquals(result.score(), sum, "Points X/Y shows our score");
    }
}
