package racecourse.counter;

/** Wrong fix: add() is locked, increment() is not. increment() still loses updates. */
public class SharedCounter {
    private long count;

    public void increment() {
        count++;
    }

    public synchronized void add(long delta) {
        count += delta;
    }

    public synchronized long get() {
        return count;
    }
}
