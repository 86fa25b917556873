package racecourse.sensors;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A correct fix with a read-write lock: a reading changes the map and the count
 * under the write lock; queries and snapshots, which only read, share the read
 * lock, so they run together but never beside a half-recorded reading.
 */
public class SensorLog {
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, Long> totals = new HashMap<>();
    private long count;

    public SensorLog() {
    }

    public void record(String sensor, long reading) {
        Objects.requireNonNull(sensor, "sensor");
        lock.writeLock().lock();
        try {
            totals.merge(sensor, reading, Long::sum);
            count++;
        } finally {
            lock.writeLock().unlock();
        }
    }

    public long count() {
        lock.readLock().lock();
        try {
            return count;
        } finally {
            lock.readLock().unlock();
        }
    }

    public long total(String sensor) {
        lock.readLock().lock();
        try {
            return totals.getOrDefault(sensor, 0L);
        } finally {
            lock.readLock().unlock();
        }
    }

    public Snapshot snapshot() {
        lock.readLock().lock();
        try {
            return new Snapshot(count, Map.copyOf(totals));
        } finally {
            lock.readLock().unlock();
        }
    }

    public record Snapshot(long count, Map<String, Long> totals) {
    }
}
