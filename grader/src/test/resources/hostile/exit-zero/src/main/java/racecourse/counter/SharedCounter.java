package racecourse.counter;

/** Hostile: exits the JVM with status 0 from inside a method. An exit must never count as a pass. */
public class SharedCounter {
    private long count;

    public void increment() {
        System.exit(0);
    }

    public synchronized void add(long delta) {
        count += delta;
    }

    public synchronized long get() {
        return count;
    }
}
