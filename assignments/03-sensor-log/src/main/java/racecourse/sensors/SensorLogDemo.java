package racecourse.sensors;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;

/**
 * Five workers wait at a barrier, then each records 100000 readings of 1 from
 * its own sensors (as the source material's workers read sensors in a loop).
 * Prints expected against observed count, total and number of sensors.
 *
 * <p>Run it from this folder: {@code ../../mvnw -q compile exec:java}
 */
public final class SensorLogDemo {
    private static final int WORKERS = 5;
    private static final int READINGS = 100_000;
    private static final int SENSORS_PER_WORKER = 2000;

    private SensorLogDemo() {
    }

    public static void main(String[] args) throws Exception {
        SensorLog log = new SensorLog();
        CyclicBarrier barrier = new CyclicBarrier(WORKERS);
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            int worker = w;
            Thread thread = new Thread(() -> {
                try {
                    barrier.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                for (int i = 0; i < READINGS; i++) {
                    log.record("sensor-" + worker + "-" + (i % SENSORS_PER_WORKER), 1);
                }
            });
            workers.add(thread);
            thread.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        SensorLog.Snapshot snapshot = log.snapshot();
        long sum = snapshot.totals().values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("readings counted:   expected %d, observed %d%n", WORKERS * READINGS, snapshot.count());
        System.out.printf("sum of the totals:  expected %d, observed %d%n", WORKERS * READINGS, sum);
        System.out.printf("sensors in the log: expected %d, observed %d%n", WORKERS * SENSORS_PER_WORKER,
                snapshot.totals().size());
    }
}
