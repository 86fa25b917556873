package racecourse.sensors.litmus;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.JJ_Result;
import racecourse.sensors.SensorLog;
import racecourse.support.CheckKind;
import racecourse.support.Points;

/**
 * One thread records a reading while another takes a snapshot. The snapshot
 * must see the reading wholly or not at all: count and sum of totals equal.
 *
 * <p>On the starter the snapshot can land between the map update and the count
 * update: totals say 1, count says 0.
 */
@JCStressTest
@Description("a snapshot racing a record() sees the reading wholly or not at all (jcstress)")
@Points(value = 2, kind = CheckKind.JCSTRESS)
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "snapshot before the reading")
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "snapshot after the reading")
@Outcome(id = "0, 1", expect = FORBIDDEN, desc = "half a reading: in the totals, not yet counted")
@Outcome(id = "1, 0", expect = FORBIDDEN, desc = "half a reading: counted, not in the totals")
@State
public class SnapshotLitmus {
    private final SensorLog log = new SensorLog();

    @Actor
    public void writer() {
        log.record("kitchen", 1);
    }

    @Actor
    public void reader(JJ_Result result) {
        SensorLog.Snapshot snapshot = log.snapshot();
        result.r1 = snapshot.count();
        result.r2 = snapshot.totals().values().stream().mapToLong(Long::longValue).sum();
    }
}
