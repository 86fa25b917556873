package racecourse.sensors;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A log of sensor readings, written by many reader threads at once: the number
 * of readings so far, and each sensor's running total.
 *
 * <p>Broken on purpose: nothing is locked. Two readings of one sensor can both
 * read the old total and one is lost; a HashMap growing under two writers can
 * lose whole sensors; and a snapshot can catch the count and the totals at
 * different moments, so they do not add up.
 */
public class SensorLog {
    private final Map<String, Long> totals = new HashMap<>();
    private long count;

    public SensorLog() {
    }

    /** Records one reading of {@code sensor}. */
    public void record(String sensor, long reading) {
        Objects.requireNonNull(sensor, "sensor");
        totals.merge(sensor, reading, Long::sum);
        count++;
    }

    /** Readings recorded so far. */
    public long count() {
        return count;
    }

    /** The sum of {@code sensor}'s readings, 0 if none. */
    public long total(String sensor) {
        return totals.getOrDefault(sensor, 0L);
    }

    /** The count and every total at one consistent moment: count == sum of totals. */
    public Snapshot snapshot() {
        return new Snapshot(count, Collections.unmodifiableMap(new HashMap<>(totals)));
    }

    /** One moment of the log; {@code totals} is an unmodifiable copy. */
    public record Snapshot(long count, Map<String, Long> totals) {
    }
}
