package racecourse.grader.run;

import java.util.List;
import java.util.Map;

/**
 * Everything the run stage learned: the checks the course defines (from the
 * first child, before student code ran), each one's outcome, and the student
 * program's captured output (capped).
 */
public record RunResult(List<PlannedCheck> plan, Map<String, CheckOutcome> outcomes, String output,
                        String failure) {

    /** A run that could not even list the checks. */
    public static RunResult failed(String why, String output) {
        return new RunResult(List.of(), Map.of(), output, why);
    }
}
