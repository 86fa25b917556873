package racecourse.counter;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Wrong fix: the writes share one lock, but get() takes a lock of its own, made on
 * each call. No writer ever releases that lock, so nothing orders the writers'
 * updates before the read: under the Java memory model get() may return a stale
 * count for ever. On x86 the new lock's compare-and-set happens to fence the read,
 * so no stress test sees it; the "locks are shared" rule reads the source instead.
 */
public class SharedCounter {
    private final ReentrantLock lock = new ReentrantLock();
    private long count;

    public SharedCounter() {
    }

    public void increment() {
        add(1);
    }

    public void add(long delta) {
        lock.lock();
        try {
            count += delta;
        } finally {
            lock.unlock();
        }
    }

    public long get() {
        ReentrantLock own = new ReentrantLock();
        own.lock();
        try {
            return count;
        } finally {
            own.unlock();
        }
    }
}
