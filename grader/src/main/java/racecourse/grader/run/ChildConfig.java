package racecourse.grader.run;

import java.util.List;
import java.util.Map;

/**
 * What the grader asks of one child JVM: where to log events, which checks to run
 * ({@code only} empty means all), and each check's deadline in seconds.
 */
public record ChildConfig(String eventLog, String testClasses, List<String> only, int checkSeconds,
                          Map<String, Integer> checkSecondsFor, List<String> jcstressArgs) {

    public int deadlineSeconds(String id) {
        return checkSecondsFor.getOrDefault(id, checkSeconds);
    }
}
