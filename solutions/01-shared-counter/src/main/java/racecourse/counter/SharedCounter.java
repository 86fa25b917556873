package racecourse.counter;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Reference solution: one lock guards every read-modify-write of {@code count},
 * and {@code get()} reads under the same lock so it sees the latest write.
 */
public class SharedCounter {
    private final ReentrantLock lock = new ReentrantLock();
    private long count;

    public SharedCounter() {
    }

    /** Adds one. */
    public void increment() {
        add(1);
    }

    /** Adds {@code delta}, which may be negative. */
    public void add(long delta) {
        lock.lock();
        try {
            count += delta;
        } finally {
            lock.unlock();
        }
    }

    /** The count so far. */
    public long get() {
        lock.lock();
        try {
            return count;
        } finally {
            lock.unlock();
        }
    }
}
