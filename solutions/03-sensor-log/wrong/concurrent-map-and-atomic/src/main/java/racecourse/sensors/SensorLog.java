package racecourse.sensors;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.Map;
import java.util.Objects;

/**
 * Wrong fix: a ConcurrentHashMap and an AtomicLong. Each is thread-safe on its own, so nothing is lost, but they are updated one after the other: a snapshot can fall in between and not add up.
 *
 * Reference solution (before the mistake): one lock (this object's monitor) guards the count and the
 * map together, so every reading changes both at once, and a snapshot copies
 * both inside the same lock: it is one moment, and a copy, not a live view.
 */
public class SensorLog {
    private final Map<String, Long> totals = new ConcurrentHashMap<>();
    private final AtomicLong count = new AtomicLong();

    public SensorLog() {
    }

    /** Records one reading of {@code sensor}. */
    public void record(String sensor, long reading) {
        Objects.requireNonNull(sensor, "sensor");
        totals.merge(sensor, reading, Long::sum);
        count.incrementAndGet();
    }

    /** Readings recorded so far. */
    public long count() {
        return count.get();
    }

    /** The sum of {@code sensor}'s readings, 0 if none. */
    public long total(String sensor) {
        return totals.getOrDefault(sensor, 0L);
    }

    /** The count and every total at one consistent moment: count == sum of totals. */
    public Snapshot snapshot() {
        return new Snapshot(count.get(), Map.copyOf(totals));
    }

    /** One moment of the log; {@code totals} is an unmodifiable copy. */
    public record Snapshot(long count, Map<String, Long> totals) {
    }
}
