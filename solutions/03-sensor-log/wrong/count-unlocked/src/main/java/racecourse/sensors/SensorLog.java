package racecourse.sensors;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Known-wrong: the reference solution, but count() reads the plain field without the log's
 * lock. No happens-before edge links a record() to that read: a reader may never see it.
 */
public class SensorLog {
    private final Map<String, Long> totals = new HashMap<>();
    private long count;

    public SensorLog() {
    }

    /** Records one reading of {@code sensor}. */
    public synchronized void record(String sensor, long reading) {
        Objects.requireNonNull(sensor, "sensor");
        totals.merge(sensor, reading, Long::sum);
        count++;
    }

    /** Readings recorded so far. */
    public long count() { // known-wrong: read without the log's lock
        return count;
    }

    /** The sum of {@code sensor}'s readings, 0 if none. */
    public synchronized long total(String sensor) {
        return totals.getOrDefault(sensor, 0L);
    }

    /** The count and every total at one consistent moment: count == sum of totals. */
    public synchronized Snapshot snapshot() {
        return new Snapshot(count, Map.copyOf(totals));
    }

    /** One moment of the log; {@code totals} is an unmodifiable copy. */
    public record Snapshot(long count, Map<String, Long> totals) {
    }
}
