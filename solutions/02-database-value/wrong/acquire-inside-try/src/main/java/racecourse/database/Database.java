package racecourse.database;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Wrong fix: the lock is taken inside the try whose finally releases it. An update
 * interrupted while it waits for the lock never gets it, yet its finally still calls
 * unlock(): IllegalMonitorStateException replaces the InterruptedException its caller
 * was promised. Every other update is right, so only the interrupted waiter shows it.
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
        try {
            lock.lockInterruptibly();
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
