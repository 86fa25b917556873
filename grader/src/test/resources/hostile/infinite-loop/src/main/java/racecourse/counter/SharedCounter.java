package racecourse.counter;

/** Hostile: spins forever inside a method, never returning. */
public class SharedCounter {
    private volatile long count;

    public void increment() {
        while (count >= 0) {
            Thread.onSpinWait();
        }
    }

    public synchronized void add(long delta) {
        count += delta;
    }

    public synchronized long get() {
        return count;
    }
}
