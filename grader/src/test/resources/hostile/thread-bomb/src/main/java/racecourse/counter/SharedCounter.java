package racecourse.counter;

/** Hostile: starts thousands of threads that never end, then counts correctly. */
public class SharedCounter {
    private long count;

    public SharedCounter() {
        for (int i = 0; i < 3000; i++) {
            Thread t = new Thread(() -> {
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            t.start();
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
