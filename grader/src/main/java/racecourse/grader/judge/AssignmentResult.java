package racecourse.grader.judge;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The result of grading one assignment: {@code <out>/<assignment>.json}, schema racecourse.result/1.
 * {@code submission_sha256} fingerprints the student-edited files as graded, so that runs of the same
 * code can be compared (flaky checks); {@code graded_at} (ISO-8601, UTC) orders runs of one student.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"schema", "assignment", "status", "score", "max_score", "duration_ms", "error", "notes",
        "tests", "tampered", "submission_sha256", "graded_at"})
public record AssignmentResult(String schema, String assignment, String status, int score,
                               @JsonProperty("max_score") int maxScore, @JsonProperty("duration_ms") long durationMs,
                               String error, List<String> notes, List<CheckResult> tests, List<String> tampered,
                               @JsonProperty("submission_sha256") String submissionSha256,
                               @JsonProperty("graded_at") String gradedAt) {
    public static final String SCHEMA = "racecourse.result/1";
    /** The status of an assignment a submission has not touched: its checks were not run. */
    public static final String NOT_STARTED = "not started";

    public boolean fullMarks() {
        return "pass".equals(status);
    }

    /** Whether this result costs a run its success: full marks and not started do not. */
    public boolean lostPoints() {
        return !fullMarks() && !NOT_STARTED.equals(status);
    }

    /** This result, stamped with the fingerprint of the graded student files and the moment of grading. */
    public AssignmentResult stamped(String sha256, Instant at) {
        return new AssignmentResult(schema, assignment, status, score, maxScore, durationMs, error, notes, tests,
                tampered, sha256, at.truncatedTo(ChronoUnit.MILLIS).toString());
    }
}
