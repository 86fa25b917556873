package racecourse.grader.judge;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import racecourse.grader.check.Limit;
import racecourse.grader.check.Picture;
import racecourse.grader.check.Status;
import racecourse.support.CheckKind;

/**
 * One graded check, as it appears in {@code tests[]} of the result JSON. Every field is always
 * written ({@code null} when there is none), so a consumer reads any test the same way.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"id", "name", "kind", "status", "score", "max_score", "message", "diagnosis", "limit",
        "duration_ms", "picture"})
public record CheckResult(String id, String name, CheckKind kind, Status status, int score,
                          @JsonProperty("max_score") int maxScore, String message, String diagnosis,
                          Limit limit, @JsonProperty("duration_ms") long durationMs, Picture picture) {

    public boolean passed() {
        return status == Status.PASS;
    }
}
