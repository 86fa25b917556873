package racecourse.counter;

/**
 * A correct fix with the intrinsic lock: every method is synchronized on the
 * counter itself, so increment(), add() and get() all exclude one another.
 */
public class SharedCounter {
    private long count;

    public SharedCounter() {
    }

    public synchronized void increment() {
        count++;
    }

    public synchronized void add(long delta) {
        count += delta;
    }

    public synchronized long get() {
        return count;
    }
}
