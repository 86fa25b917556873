package racecourse.counter;

/**
 * Wrong fix: increment() and add() each take a lock, but not the same one. Each
 * method excludes itself, yet an increment() and an add() still race on count.
 */
public class SharedCounter {
    private final Object incrementLock = new Object();
    private final Object addLock = new Object();
    private long count;

    public void increment() {
        synchronized (incrementLock) {
            count++;
        }
    }

    public void add(long delta) {
        synchronized (addLock) {
            count += delta;
        }
    }

    public long get() {
        synchronized (addLock) {
            return count;
        }
    }
}
