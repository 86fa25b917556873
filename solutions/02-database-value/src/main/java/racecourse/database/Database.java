package racecourse.database;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Reference solution: one lock per database guards the whole update, read, wait
 * and write-back, so no other update can read the old value in between. The
 * lock is released in {@code finally}, so an update abandoned by an interrupt
 * leaves the database usable at once.
 */
public class Database {
    private final ReentrantLock lock = new ReentrantLock();
    private final Duration latency;
    private int value;

    /** A database with 100 ms latency per update, like a slow remote one. */
    public Database() {
        this(Duration.ofMillis(100));
    }

    /** A database whose updates take {@code latency}. */
    public Database(Duration latency) {
        this.latency = latency;
    }

    /** Adds one: read a local copy, +1, wait out the latency, write back. */
    public void increase() throws InterruptedException {
        increaseBy(1);
    }

    /** Adds {@code delta} the same way. */
    public void increaseBy(int delta) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            int localCopy = value;
            localCopy += delta;
            TimeUnit.NANOSECONDS.sleep(latency.toNanos());
            value = localCopy;
        } finally {
            lock.unlock();
        }
    }

    /** The value written so far. */
    public int value() {
        lock.lock();
        try {
            return value;
        } finally {
            lock.unlock();
        }
    }
}
