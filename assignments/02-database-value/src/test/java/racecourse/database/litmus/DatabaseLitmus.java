package racecourse.database.litmus;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.time.Duration;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;
import racecourse.database.Database;
import racecourse.support.CheckKind;
import racecourse.support.Points;

/**
 * Two threads call {@code increase()} once each on a fresh database with no
 * latency at all; the arbiter reads the value when both are done. Even without
 * the 100 ms wait the read-copy-write-back races: the window is only smaller.
 *
 * <p>On the starter a run shows:
 * <pre>
 *   RESULT      SAMPLES     FREQ       EXPECT  DESCRIPTION
 *        1       45,164    0.91%    Forbidden  lost update
 *        2    4,905,076   99.09%   Acceptable  both updates kept
 * </pre>
 */
@JCStressTest
@Description("two increase() calls at once with no latency: neither update is lost (jcstress)")
@Points(value = 2, kind = CheckKind.JCSTRESS)
@Outcome(id = "2", expect = ACCEPTABLE, desc = "both updates kept")
@Outcome(id = "1", expect = FORBIDDEN, desc = "lost update: both read 0 into their copy and wrote back 1")
@State
public class DatabaseLitmus {
    private final Database database = new Database(Duration.ZERO);

    @Actor
    public void first() {
        increase();
    }

    @Actor
    public void second() {
        increase();
    }

    private void increase() {
        try {
            database.increase();
        } catch (InterruptedException e) {
            throw new IllegalStateException("nothing interrupts this test", e);
        }
    }

    @Arbiter
    public void value(I_Result result) {
        result.r1 = database.value();
    }
}
