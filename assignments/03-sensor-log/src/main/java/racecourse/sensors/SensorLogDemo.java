package racecourse.sensors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Five workers wait at a barrier, then each records 100000 readings of 1 from
 * its own 50000 sensors, twice each (as the source material's workers read sensors
 * in a loop), so the map grows to 250000 entries while they write.
 * Prints expected against observed count, total and number of sensors.
 *
 * <p>A {@code record()} call that throws is counted and skipped, not fatal: an
 * unlocked {@code HashMap} sometimes notices another thread changing it mid-update
 * and throws {@code ConcurrentModificationException}. Only readings whose call
 * returned are expected in the log.
 *
 * <p>Run it from this folder: {@code ../../mvnw -q compile exec:java}
 */
public final class SensorLogDemo {
    private static final int WORKERS = 5;
    private static final int READINGS = 100_000;
    private static final int SENSORS_PER_WORKER = 50_000;

    private SensorLogDemo() {
    }

    public static void main(String[] args) throws Exception {
        SensorLog log = new SensorLog();
        AtomicLong returned = new AtomicLong();
        Set<String> sensorsRecorded = ConcurrentHashMap.newKeySet();
        Set<String> exceptions = ConcurrentHashMap.newKeySet();
        AtomicLong thrown = new AtomicLong();
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
                    String sensor = "sensor-" + worker + "-" + (i % SENSORS_PER_WORKER);
                    try {
                        log.record(sensor, 1);
                        returned.incrementAndGet();
                        sensorsRecorded.add(sensor);
                    } catch (RuntimeException e) {
                        thrown.incrementAndGet();
                        exceptions.add(e.getClass().getSimpleName() + " in " + thrower(e));
                    }
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
        System.out.printf("record() calls that threw: expected 0, observed %d%s%n", thrown.get(),
                exceptions.isEmpty() ? "" : "   (" + String.join("; ", exceptions) + ")");
        report("readings counted:  ", returned.get(), snapshot.count());
        report("sum of the totals: ", returned.get(), sum);
        report("sensors in the log:", sensorsRecorded.size(), snapshot.totals().size());
    }

    /** Where the exception was thrown, e.g. "HashMap.merge": the map noticed the damage itself. */
    private static String thrower(RuntimeException e) {
        if (e.getStackTrace().length == 0) {
            return "an unknown method";
        }
        StackTraceElement top = e.getStackTrace()[0];
        String className = top.getClassName();
        return className.substring(className.lastIndexOf('.') + 1) + "." + top.getMethodName();
    }

    private static void report(String what, long expected, long observed) {
        System.out.printf("%s expected %d, observed %d%s%n", what, expected, observed,
                observed == expected ? "" : "   (" + (expected - observed) + " lost)");
    }
}
