package racecourse.counter;

/**
 * Wrong fix: the value is read outside the lock and only the write is locked.
 * Two threads still read the same value before either writes.
 */
public class SharedCounter {
    private final Object lock = new Object();
    private long count;

    public void increment() {
        add(1);
    }

    public void add(long delta) {
        long next = count + delta;
        synchronized (lock) {
            count = next;
        }
    }

    public long get() {
        synchronized (lock) {
            return count;
        }
    }
}
