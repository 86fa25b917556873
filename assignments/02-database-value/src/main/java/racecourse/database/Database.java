package racecourse.database;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A value kept in a slow database: an update reads the value into a local copy,
 * changes the copy, waits while the database works, and writes the copy back.
 *
 * <p>Broken on purpose: two threads that update at once both read the same old
 * value, and the second write-back overwrites the first. Two increase() calls
 * end at 1, not 2. Make every update count.
 */
public class Database {
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
        int localCopy = value;
        localCopy += delta;
        TimeUnit.NANOSECONDS.sleep(latency.toNanos());
        value = localCopy;
    }

    /** The value written so far. */
    public int value() {
        return value;
    }
}
