package racecourse.grader.discover;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The limits of one assignment's grading, from its {@code assignment.json}: the one
 * place where each check's deadline, the child JVM's heap and the output cap are set.
 */
public record Limits(int heapMb, int outputKb, int checkSeconds, Map<String, Integer> checkSecondsFor) {
    private static final int SECONDS_PER_SHARED_CHECK = 5;

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

    /**
     * The deadline of checks that run together (an assignment's litmus tests share one jcstress run):
     * the longest of theirs, plus {@value #SECONDS_PER_SHARED_CHECK} s for each check beyond the first.
     */
    public Duration deadline(List<String> checkIds) {
        Duration longest = checkIds.stream().map(this::deadline).max(Duration::compareTo).orElse(Duration.ZERO);
        return longest.plusSeconds((long) SECONDS_PER_SHARED_CHECK * Math.max(0, checkIds.size() - 1));
    }

    public long outputBytes() {
        return outputKb * 1024L;
    }
}
