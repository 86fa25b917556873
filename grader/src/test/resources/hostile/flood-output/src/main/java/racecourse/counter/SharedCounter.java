package racecourse.counter;

/** Hostile: prints about 200 MB to stdout. */
public class SharedCounter {
    private long count;

    public SharedCounter() {
        String line = "x".repeat(1023);
        for (int i = 0; i < 200 * 1024; i++) {
            System.out.println(line);
        }
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
