package racecourse.grader.judge;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The result of grading one assignment: {@code <out>/<assignment>.json}, schema racecourse.result/1. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"schema", "assignment", "status", "score", "max_score", "duration_ms", "error", "notes",
        "tests", "tampered"})
public record AssignmentResult(String schema, String assignment, String status, int score,
                               @JsonProperty("max_score") int maxScore, @JsonProperty("duration_ms") long durationMs,
                               String error, List<String> notes, List<CheckResult> tests, List<String> tampered) {
    public static final String SCHEMA = "racecourse.result/1";

    public boolean fullMarks() {
        return "pass".equals(status);
    }
}
