package racecourse.counter;

/**
 * Wrong fix: a new lock object per call. Each thread locks its own object, so no
 * thread ever waits for another: nothing is excluded.
 */
public class SharedCounter {
    private long count;

    public void increment() {
        synchronized (new Object()) {
            count++;
        }
    }

    public void add(long delta) {
        synchronized (new Object()) {
            count += delta;
        }
    }

    public long get() {
        return count;
    }
}
