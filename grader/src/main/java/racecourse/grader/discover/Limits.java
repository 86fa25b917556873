package racecourse.grader.discover;

import java.time.Duration;
import java.util.Map;

/**
 * The limits of one assignment's grading, from its {@code assignment.json}: the one
 * place where each check's deadline, the child JVM's heap and the output cap are set.
 */
public record Limits(int heapMb, int outputKb, int checkSeconds, Map<String, Integer> checkSecondsFor) {
    public Limits {
        checkSecondsFor = checkSecondsFor == null ? Map.of() : Map.copyOf(checkSecondsFor);
        if (heapMb < 32 || outputKb < 1 || checkSeconds < 1) {
            throw new IllegalArgumentException("limits too small: heapMb >= 32, outputKb >= 1, checkSeconds >= 1");
        }
    }

    /** The deadline of the check with this id. */
    public Duration deadline(String checkId) {
        return Duration.ofSeconds(checkSecondsFor.getOrDefault(checkId, checkSeconds));
    }

    public long outputBytes() {
        return outputKb * 1024L;
    }
}
