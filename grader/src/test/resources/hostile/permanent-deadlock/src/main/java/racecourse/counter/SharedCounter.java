package racecourse.counter;

/** Hostile: increment() and add() take two locks in opposite orders: callers deadlock for good. */
public class SharedCounter {
    private final Object first = new Object();
    private final Object second = new Object();
    private long count;

    public void increment() {
        synchronized (first) {
            pause();
            synchronized (second) {
                count++;
            }
        }
    }

    public void add(long delta) {
        synchronized (second) {
            pause();
            synchronized (first) {
                count += delta;
            }
        }
    }

    public long get() {
        synchronized (first) {
            return count;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
