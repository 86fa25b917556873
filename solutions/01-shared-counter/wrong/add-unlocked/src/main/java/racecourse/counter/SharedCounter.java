package racecourse.counter;

/** Wrong fix: increment() is locked, add() is not. add() still loses updates. */
public class SharedCounter {
    private long count;

    public synchronized void increment() {
        count++;
    }

    public void add(long delta) {
        count += delta;
    }

    public synchronized long get() {
        return count;
    }
}
