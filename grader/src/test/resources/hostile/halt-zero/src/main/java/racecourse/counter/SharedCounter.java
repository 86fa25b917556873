package racecourse.counter;

/** Hostile: halts the JVM with status 0, skipping shutdown hooks. */
public class SharedCounter {
    private long count;

    public synchronized void increment() {
        count++;
    }

    public void add(long delta) {
        Runtime.getRuntime().halt(0);
    }

    public synchronized long get() {
        return count;
    }
}
