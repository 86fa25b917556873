package racecourse.sensors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import racecourse.support.CheckKind;
import racecourse.support.LockRule;
import racecourse.support.Points;
import racecourse.support.Race;
import racecourse.support.SpinningReader;

/**
 * Tests for {@link SensorLog}.
 *
 * <p>The log holds two things that must agree: the number of readings and the
 * totals per sensor. Each must survive many writers (a lost reading, a lost
 * sensor when the map grows), and together they must agree at every moment a
 * snapshot can see: two fields that are each thread-safe on their own still
 * drift apart between one update and the other. Readings of 1 keep the rule
 * simple: a snapshot's count equals the sum of its totals.
 */
class SensorLogTest {
    private static final Duration RACE = Duration.ofMillis(300);
    private static final Duration DEADLINE = Duration.ofSeconds(5);
    private final SensorLog log = new SensorLog();

    @Test
    @Points(1)
    @DisplayName("one thread: counts and totals; null refused; a snapshot is an unmodifiable copy")
    void basics() {
        assertThrows(NullPointerException.class, () -> log.record(null, 5));
        assertEquals(0, log.count(), "a refused reading is not counted");
        log.record("kitchen", 21);
        log.record("kitchen", 19);
        log.record("garage", 4);
        assertEquals(3, log.count());
        assertEquals(40, log.total("kitchen"));
        assertEquals(0, log.total("attic"), "a sensor never recorded totals 0");
        SensorLog.Snapshot snapshot = log.snapshot();
        assertEquals(3, snapshot.count());
        assertEquals(Map.of("kitchen", 40L, "garage", 4L), snapshot.totals());
        assertThrows(UnsupportedOperationException.class, () -> snapshot.totals().put("attic", 1L),
                "a snapshot's totals must be unmodifiable");
        log.record("kitchen", 1);
        log.record("attic", 7);
        assertEquals(Map.of("kitchen", 40L, "garage", 4L), snapshot.totals(), "a snapshot is a copy of one "
                + "moment: readings recorded after it must not show up in it (a live view of the map does)");
    }

    @Test
    @Points(3)
    @DisplayName("readings recorded by many threads at once are all kept")
    void noReadingIsLost() {
        String[] sensors = {"kitchen", "garage", "attic"};
        long[] perWorker = Race.repeatFor(4, RACE, DEADLINE, worker -> log.record(sensors[worker % 3], 1));
        long expectedKitchen = perWorker[0] + perWorker[3];
        assertEquals(Race.total(perWorker), log.count(), "readings counted: two threads read the same count and "
                + "both wrote back count + 1");
        assertEquals(expectedKitchen, log.total("kitchen"), "kitchen's total: two readings of one sensor read the "
                + "same old total and one was lost");
        assertEquals(perWorker[1], log.total("garage"));
        assertEquals(perWorker[2], log.total("attic"));
    }

    @Test
    @Points(2)
    @DisplayName("many new sensors added at once are all kept (the map grows under many writers)")
    void noSensorIsLost() {
        int threads = 4;
        int cap = 100_000;
        int[] added = new int[threads];
        Race.repeatFor(threads, RACE, DEADLINE, worker -> {
            if (added[worker] < cap) {
                log.record("sensor-" + worker + "-" + added[worker]++, 1);
            }
        });
        int missing = 0;
        String example = null;
        for (int worker = 0; worker < threads; worker++) {
            for (int i = 0; i < added[worker]; i++) {
                if (log.total("sensor-" + worker + "-" + i) != 1) {
                    missing++;
                    example = example == null ? "sensor-" + worker + "-" + i : example;
                }
            }
        }
        int total = java.util.Arrays.stream(added).sum();
        assertEquals(0, missing, missing + " of " + total + " sensors are missing or wrong (e.g. " + example
                + "): a HashMap that grows while two threads add to it can lose entries. Guard the map with a lock");
        assertEquals(total, log.count());
    }

    @Test
    @Points(1)
    @DisplayName("a sensor's total read while new sensors are added never drops: the map grows under the reader")
    void totalHoldsWhileTheMapGrows() {
        int sensorsPerLog = 100_000;
        AtomicReference<SensorLog> growing = new AtomicReference<>(logWithAnchor());
        int[] added = new int[1];
        AtomicLong reads = new AtomicLong();
        AtomicReference<String> wrong = new AtomicReference<>();
        Race.repeatFor(2, Duration.ofMillis(500), DEADLINE, worker -> {
            if (worker == 0) {
                if (added[0] == sensorsPerLog) {
                    growing.set(logWithAnchor());
                    added[0] = 0;
                }
                growing.get().record("sensor-" + added[0]++, 1);
                return;
            }
            long total = growing.get().total("anchor");
            reads.incrementAndGet();
            if (total != 1) {
                wrong.compareAndSet(null, "total(\"anchor\") read " + total + " while about " + added[0]
                        + " sensors were added");
            }
        });
        if (wrong.get() != null) {
            throw new AssertionError("the anchor sensor's total is 1 all along, yet one of " + reads.get()
                    + " reads saw otherwise: " + wrong.get() + ". A HashMap that grows moves every entry to a new "
                    + "table, and a reader without the lock can look in the new table before its entry arrives. Read "
                    + "under the lock that record() holds");
        }
    }

    /** A fresh log whose "anchor" sensor has one reading: its total must read 1 whatever else is added. */
    private static SensorLog logWithAnchor() {
        SensorLog fresh = new SensorLog();
        fresh.record("anchor", 1);
        return fresh;
    }

    @Test
    @Points(3)
    @DisplayName("a snapshot taken while writers run always adds up: count == sum of totals")
    void snapshotsAddUp() {
        AtomicLong snapshots = new AtomicLong();
        AtomicLong wrong = new AtomicLong();
        AtomicReference<String> first = new AtomicReference<>();
        Race.repeatFor(3, RACE, DEADLINE, worker -> {
            if (worker < 2) {
                log.record(worker == 0 ? "north" : "south", 1);
                return;
            }
            SensorLog.Snapshot snapshot = log.snapshot();
            snapshots.incrementAndGet();
            long sum = snapshot.totals().values().stream().mapToLong(Long::longValue).sum();
            if (sum != snapshot.count() && wrong.getAndIncrement() == 0) {
                first.set("count " + snapshot.count() + " but totals " + snapshot.totals());
            }
        });
        assertEquals(0, wrong.get(), wrong.get() + " of " + snapshots.get() + " snapshots taken during writes did not "
                + "add up (the first: " + first.get() + "). A snapshot must be one moment: the count and the totals "
                + "read under the same lock that record() holds while it changes both");
    }

    @Test
    @Points(2)
    @DisplayName("a thread spinning on count() sees another thread's record() within 2 s, five times over")
    void countSeesAnotherThreadsRecord() throws Exception {
        SpinningReader.assertSeesUpdate(SensorLog::new, log -> {
            while (log.count() == 0) {
                // spin: only count() itself can make the update visible
            }
        }, log -> log.record("kitchen", 1), "count()", "record()");
    }

    @Test
    @Points(value = 1, kind = CheckKind.RULE)
    @DisplayName("makes each lock once and shares it: no new lock inside a method")
    void locksAreShared() throws Exception {
        LockRule.assertLocksAreShared("src/main/java/racecourse/sensors/SensorLog.java");
    }
}
