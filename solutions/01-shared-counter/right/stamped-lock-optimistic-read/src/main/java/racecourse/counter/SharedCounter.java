package racecourse.counter;

import java.util.concurrent.locks.StampedLock;

/**
 * A correct fix with a StampedLock: updates take its write lock; get() reads
 * optimistically and falls back to the read lock when a write slipped in
 * between (the pattern from StampedLock's own documentation).
 */
public class SharedCounter {
    private final StampedLock lock = new StampedLock();
    private long count;

    public SharedCounter() {
    }

    public void increment() {
        add(1);
    }

    public void add(long delta) {
        long stamp = lock.writeLock();
        try {
            count += delta;
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    public long get() {
        long stamp = lock.tryOptimisticRead();
        long seen = count;
        if (lock.validate(stamp)) {
            return seen;
        }
        stamp = lock.readLock();
        try {
            return count;
        } finally {
            lock.unlockRead(stamp);
        }
    }
}
