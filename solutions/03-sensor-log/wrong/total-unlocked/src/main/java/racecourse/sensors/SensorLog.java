package racecourse.sensors;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Wrong fix: record() and snapshot() hold the monitor, but total() reads the map
 * without it ("one lookup cannot corrupt anything"). When record() adds a sensor
 * that makes the HashMap grow, the map swaps in a bigger, empty table and only then
 * moves the entries over: an unlocked lookup in between finds nothing.
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
    public synchronized long count() {
        return count;
    }

    /** The sum of {@code sensor}'s readings, 0 if none. */
    public long total(String sensor) {
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
