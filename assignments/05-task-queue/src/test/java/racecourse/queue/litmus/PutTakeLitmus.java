package racecourse.queue.litmus;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;
import racecourse.queue.TaskQueue;
import racecourse.support.CheckKind;
import racecourse.support.Points;

/**
 * Two producers put one item each into an empty queue; the arbiter counts what
 * is waiting and what is unfinished. (No actor calls take(): a take() that never
 * returns would stall jcstress.) Two unlocked appends can write the same slot,
 * and two unlocked counts can both write 1.
 */
@JCStressTest
@Description("two put() calls at once: both items are kept and counted (jcstress)")
@Points(value = 2, kind = CheckKind.JCSTRESS)
@Outcome(id = "2, 2", expect = ACCEPTABLE, desc = "both items waiting, both counted")
@Outcome(id = "1, 2", expect = FORBIDDEN, desc = "an item was lost: both appends wrote the same slot")
@Outcome(id = "2, 1", expect = FORBIDDEN, desc = "a put was not counted: unfinishedTasks lost an update")
@Outcome(id = "1, 1", expect = FORBIDDEN, desc = "an item lost and a put not counted")
@State
public class PutTakeLitmus {
    private final TaskQueue<String> queue = new TaskQueue<>();

    @Actor
    public void firstProducer() {
        queue.put("first");
    }

    @Actor
    public void secondProducer() {
        queue.put("second");
    }

    @Arbiter
    public void count(II_Result result) {
        result.r1 = queue.size();
        result.r2 = queue.unfinishedTasks();
    }
}
