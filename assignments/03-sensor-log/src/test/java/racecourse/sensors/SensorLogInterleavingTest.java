package racecourse.sensors;

import java.util.List;
import org.jetbrains.lincheck.datastructures.Operation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import racecourse.support.CheckKind;
import racecourse.support.Interleavings;
import racecourse.support.Points;

/**
 * Lincheck runs two readings, or a reading and a snapshot, step by step and tries
 * every way they can take turns. A snapshot must show one moment that some
 * one-at-a-time order of the calls could have produced: a count of 1 with no
 * totals yet (the reading half done) is no such moment. On the starter it finds a
 * lost reading; on a log whose map and count are each thread-safe on their own,
 * the snapshot caught between the two updates.
 */
public class SensorLogInterleavingTest {
    private final SensorLog log = new SensorLog();

    @Operation
    public void recordKitchen() {
        log.record("kitchen", 1);
    }

    @Operation
    public void recordGarage() {
        log.record("garage", 2);
    }

    @Operation
    public SensorLog.Snapshot snapshot() {
        return log.snapshot();
    }

    @Test
    @Points(value = 2, kind = CheckKind.LINCHECK)
    @DisplayName("no interleaving of readings and a snapshot loses a reading or shows a half-done one "
            + "(model checking)")
    void everyInterleavingKeepsReadingsAndSnapshotsAgree() {
        Interleavings.assertEveryInterleaving(SensorLogInterleavingTest.class, List.of(
                List.of("recordKitchen", "recordKitchen"),
                List.of("recordKitchen", "recordGarage"),
                List.of("recordKitchen", "snapshot")), "snapshot");
    }
}
