package racecourse.grader.run;

import java.util.List;
import java.util.Map;
import racecourse.grader.check.PlannedCheck;

/**
 * Everything the run stage learned: the checks the course defines (from the first child, before
 * student code ran), each one's outcome, why a child JVM was restarted between checks, the student
 * program's captured output (capped), and the failure that kept the checks from being listed.
 */
public record RunResult(List<PlannedCheck> plan, Map<String, CheckOutcome> outcomes, List<String> restarts,
                        String output, String failure) {

    /** A run that could not even list the checks. */
    public static RunResult failed(String why, String output) {
        return new RunResult(List.of(), Map.of(), List.of(), output, why);
    }

    /** The end of the captured output, where a crash explains itself. */
    public String outputTail() {
        return OutputCapture.tail(output);
    }
}
