package racecourse.database;

import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Wrong fix: the simulated wait is removed, so the race window shrinks until
 * tests rarely see it. The race is still there; the database is still slow.
 *
 * Reference solution (before the mistake): one lock per database guards the whole update, read, wait
 * and write-back, so no other update can read the old value in between. The
 * lock is released in {@code finally}, so an update abandoned by an interrupt
 * leaves the database usable at once.
 */
public class Database {
    private final ReentrantLock lock = new ReentrantLock();
    private final Duration latency;
    private int value;

    /** A database with the seed's latency: 100 ms per update. */
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
            value += delta;
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
