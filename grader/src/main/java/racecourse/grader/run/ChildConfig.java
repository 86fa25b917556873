package racecourse.grader.run;

import java.util.List;
import racecourse.grader.discover.Limits;

/**
 * What the grader asks of one child JVM: where to log events, which checks to run ({@code only}
 * empty means all; {@code listOnly}: none, only list them; {@code untilFirstLoss}: stop after the first
 * check that does not pass) and the assignment's limits.
 */
public record ChildConfig(String eventLog, String testClasses, List<String> only, boolean listOnly,
                          boolean untilFirstLoss, Limits limits, List<String> jcstressArgs) {

    public boolean wanted(String checkId) {
        return !listOnly && (only.isEmpty() || only.contains(checkId));
    }
}
