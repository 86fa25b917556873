package racecourse.grader.judge;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import racecourse.grader.check.Status;
import racecourse.grader.run.Sandbox;

/**
 * The result of grading one assignment: {@code <out>/<assignment>.json}, schema racecourse.result/1.
 * {@code submission_sha256} fingerprints the student-edited files as graded, so that runs of the same
 * code can be compared (flaky checks); {@code graded_at} (ISO-8601, UTC) orders runs of one student.
 * {@code sandbox} says whether the student code ran contained ({@code bubblewrap}) or not ({@code none});
 * {@code commit} and {@code committed_at}, in a class regraded at a deadline, which commit was graded.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"schema", "assignment", "status", "score", "max_score", "duration_ms", "error", "notes",
        "tests", "tampered", "submission_sha256", "graded_at", "sandbox", "commit", "committed_at"})
public record AssignmentResult(String schema, String assignment, Status status, int score,
                               @JsonProperty("max_score") int maxScore, @JsonProperty("duration_ms") long durationMs,
                               String error, List<String> notes, List<CheckResult> tests, List<String> tampered,
                               @JsonProperty("submission_sha256") String submissionSha256,
                               @JsonProperty("graded_at") String gradedAt, String sandbox, String commit,
                               @JsonProperty("committed_at") String committedAt) {
    public static final String SCHEMA = "racecourse.result/1";

    public boolean fullMarks() {
        return status == Status.PASS;
    }

    /** Whether the student code ran in the sandbox. */
    public boolean contained() {
        return Sandbox.BUBBLEWRAP.equals(sandbox);
    }

    /** Whether this result costs a run its success: full marks and not started do not. */
    public boolean lostPoints() {
        return !fullMarks() && status != Status.NOT_STARTED;
    }

    /** This result, stamped with the fingerprint of the graded student files and the moment of grading. */
    public AssignmentResult stamped(String sha256, Instant at) {
        return new AssignmentResult(schema, assignment, status, score, maxScore, durationMs, error, notes, tests,
                tampered, sha256, at.truncatedTo(ChronoUnit.MILLIS).toString(), sandbox, commit, committedAt);
    }

    /** This result, saying how its student code ran: {@code bubblewrap} or {@code none}. */
    public AssignmentResult ranIn(String how) {
        return new AssignmentResult(schema, assignment, status, score, maxScore, durationMs, error, notes, tests,
                tampered, submissionSha256, gradedAt, how, commit, committedAt);
    }

    /** This result, naming the commit it graded and when that commit was made (ISO-8601, UTC). */
    public AssignmentResult atCommit(String hash, String at) {
        return new AssignmentResult(schema, assignment, status, score, maxScore, durationMs, error, notes, tests,
                tampered, submissionSha256, gradedAt, sandbox, hash, at);
    }
}
