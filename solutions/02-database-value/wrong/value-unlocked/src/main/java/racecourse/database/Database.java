package racecourse.database;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Wrong fix: every update holds the lock from read to write-back, but value()
 * reads the field without it ("a read cannot lose an update"). Nothing orders
 * the writer's unlock before that read: a thread polling value() in a loop may
 * read the field once, before its loop, and never see an update.
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
        return value;
    }
}
