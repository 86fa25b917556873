package racecourse.counter;

/**
 * A counter that many threads update at once.
 *
 * <p>Broken on purpose: {@code count++} is three steps (read, add, write), and
 * two threads that read the same value both write back value + 1. One of the
 * two updates is lost. Make every update count.
 */
public class SharedCounter {
    private long count;

    public SharedCounter() {
    }

    /** Adds one. */
    public void increment() {
        count++;
    }

    /** Adds {@code delta}, which may be negative. */
    public void add(long delta) {
        count += delta;
    }

    /** The count so far. */
    public long get() {
        return count;
    }
}
