package racecourse.counter;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;

/**
 * Replays the source material's runs on {@link SharedCounter} and prints
 * expected against observed counts. On the starter the observed counts fall
 * short; once the counter is fixed they match every time.
 *
 * <p>Run it from this folder: {@code ../../mvnw -q compile exec:java}
 */
public final class CounterDemo {
    private CounterDemo() {
    }

    public static void main(String[] args) throws Exception {
        run("10 threads x 1000 increments", 10, 1000);
        run("5 workers behind a barrier x 100000 increments", 5, 100_000);
        run("100 threads x 100 increments", 100, 100);
    }

    private static void run(String scene, int threads, int increments) throws Exception {
        SharedCounter counter = new SharedCounter();
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                for (int i = 0; i < increments; i++) {
                    counter.increment();
                }
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        long expected = (long) threads * increments;
        long observed = counter.get();
        System.out.printf("%-50s expected %8d, observed %8d%s%n", scene, expected, observed,
                observed == expected ? "" : "   (" + (expected - observed) + " updates lost)");
    }
}
