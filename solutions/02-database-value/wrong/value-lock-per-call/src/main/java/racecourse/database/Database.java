package racecourse.database;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Wrong fix: the updates share one lock, but value() locks a lock of its own, made
 * on each call. No update ever releases that lock, so the Java memory model orders
 * no update before the read. On x86 the new lock's compare-and-set happens to fence
 * the read, so a spinning reader sees the update anyway; the "locks are shared"
 * rule reads the source instead.
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
        ReentrantLock own = new ReentrantLock();
        own.lock();
        try {
            return value;
        } finally {
            own.unlock();
        }
    }
}
