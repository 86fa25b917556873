package racecourse.database;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A correct fix with the intrinsic lock of a private object: the read, the
 * wait and the write-back happen inside one synchronized block. An interrupt
 * during the wait leaves the block by the exception, which releases the monitor.
 */
public class Database {
    private final Object lock = new Object();
    private final Duration latency;
    private int value;

    public Database() {
        this(Duration.ofMillis(100));
    }

    public Database(Duration latency) {
        this.latency = latency;
    }

    public void increase() throws InterruptedException {
        increaseBy(1);
    }

    public void increaseBy(int delta) throws InterruptedException {
        synchronized (lock) {
            int localCopy = value;
            localCopy += delta;
            TimeUnit.NANOSECONDS.sleep(latency.toNanos());
            value = localCopy;
        }
    }

    public int value() {
        synchronized (lock) {
            return value;
        }
    }
}
