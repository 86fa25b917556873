package racecourse.database;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A correct fix with a binary Semaphore as the lock: one permit, taken before
 * the read and given back in finally after the write-back. Waiting for the
 * permit is interruptible, as waiting for the latency is.
 */
public class Database {
    private final Semaphore permit = new Semaphore(1);
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
        permit.acquire();
        try {
            int localCopy = value;
            localCopy += delta;
            TimeUnit.NANOSECONDS.sleep(latency.toNanos());
            value = localCopy;
        } finally {
            permit.release();
        }
    }

    public int value() {
        permit.acquireUninterruptibly();
        try {
            return value;
        } finally {
            permit.release();
        }
    }
}
