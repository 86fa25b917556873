package racecourse.counter.litmus;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.J_Result;
import racecourse.counter.SharedCounter;
import racecourse.support.CheckKind;
import racecourse.support.Points;

/**
 * Two threads call {@code increment()} once each on a fresh counter; when both
 * are done, the arbiter reads it. jcstress repeats this millions of times with
 * every timing it can produce.
 *
 * <p>On the starter a typical run shows:
 * <pre>
 *   RESULT      SAMPLES     FREQ       EXPECT  DESCRIPTION
 *        1    3,124,801   21.43%    Forbidden  lost update
 *        2   11,457,222   78.57%   Acceptable  both increments counted
 * </pre>
 */
@JCStressTest
@Description("two threads increment at once: neither update is lost (jcstress)")
@Points(value = 2, kind = CheckKind.JCSTRESS)
@Outcome(id = "2", expect = ACCEPTABLE, desc = "both increments counted")
@Outcome(id = "1", expect = FORBIDDEN, desc = "lost update: both threads read 0 and wrote 1")
@State
public class IncrementLitmus {
    private final SharedCounter counter = new SharedCounter();

    @Actor
    public void first() {
        counter.increment();
    }

    @Actor
    public void second() {
        counter.increment();
    }

    @Arbiter
    public void count(J_Result result) {
        result.r1 = counter.get();
    }
}
