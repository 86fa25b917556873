package racecourse.counter;

/** Hostile: get() sleeps forever. */
public class SharedCounter {
    private long count;

    public synchronized void increment() {
        count++;
    }

    public synchronized void add(long delta) {
        count += delta;
    }

    public long get() {
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return count;
    }
}
