package racecourse.grader.judge;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One graded check, as it appears in {@code tests[]} of the result JSON. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "name", "kind", "status", "score", "max_score", "message", "diagnosis", "limit"})
public record CheckResult(String id, String name, String kind, String status, int score,
                          @JsonProperty("max_score") int maxScore, String message, String diagnosis,
                          String limit) {

    public boolean passed() {
        return "pass".equals(status);
    }
}
