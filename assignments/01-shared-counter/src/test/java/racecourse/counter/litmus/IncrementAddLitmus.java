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
 * One thread calls {@code increment()}, the other {@code add(10)}, on a fresh
 * counter. If the two methods are guarded by different locks (or one by none),
 * each can overwrite the other's write.
 */
@JCStressTest
@Description("increment() and add() at once: neither update is lost (jcstress)")
@Points(value = 2, kind = CheckKind.JCSTRESS)
@Outcome(id = "11", expect = ACCEPTABLE, desc = "both updates counted")
@Outcome(id = "1", expect = FORBIDDEN, desc = "add(10) lost: increment() read 0 before add wrote 10, then wrote 1")
@Outcome(id = "10", expect = FORBIDDEN, desc = "increment() lost: add(10) read 0 before increment wrote 1, then wrote 10")
@State
public class IncrementAddLitmus {
    private final SharedCounter counter = new SharedCounter();

    @Actor
    public void increments() {
        counter.increment();
    }

    @Actor
    public void addsTen() {
        counter.add(10);
    }

    @Arbiter
    public void count(J_Result result) {
        result.r1 = counter.get();
    }
}
