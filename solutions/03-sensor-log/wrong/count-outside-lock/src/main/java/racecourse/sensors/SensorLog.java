package racecourse.sensors;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Wrong fix: the map is updated under the lock, the count after it, outside: count++ loses updates (seldom
 * seen in a stress run: the writers take turns at the lock, so two count++ rarely overlap), and every
 * snapshot taken while writers run catches the count lagging its totals.
 *
 * Reference solution (before the mistake): one lock (this object's monitor) guards the count and the
 * map together, so every reading changes both at once, and a snapshot copies
 * both inside the same lock: it is one moment, and a copy, not a live view.
 */
public class SensorLog {
    private final Map<String, Long> totals = new HashMap<>();
    private long count;

    public SensorLog() {
    }

    /** Records one reading of {@code sensor}. */
    public void record(String sensor, long reading) {
        Objects.requireNonNull(sensor, "sensor");
        synchronized (this) {
            totals.merge(sensor, reading, Long::sum);
        }
        count++;
    }

    /** Readings recorded so far. */
    public synchronized long count() {
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
