package racecourse.counter;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Known-wrong: every write holds the lock, but get() reads the plain field without it.
 * No happens-before edge links a writer's unlock to this read, so a reader may never
 * see an update (the JIT may hoist the load out of a reader's loop), and a long read
 * may even tear (JLS 17.7).
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
        return count;
    }
}
