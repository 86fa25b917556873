package racecourse.counter;

import org.jetbrains.lincheck.datastructures.Operation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import racecourse.support.CheckKind;
import racecourse.support.Interleavings;
import racecourse.support.Points;

/**
 * Lincheck explores how two threads calling these operations can interleave, step
 * by step, and checks every result against some one-at-a-time order. On the
 * starter it finds, every time, the two threads that both read 0 and both write 1.
 */
public class SharedCounterInterleavingTest {
    private final SharedCounter counter = new SharedCounter();

    @Operation
    public void increment() {
        counter.increment();
    }

    @Operation
    public void addThree() {
        counter.add(3);
    }

    @Operation
    public long get() {
        return counter.get();
    }

    @Test
    @Points(value = 2, kind = CheckKind.LINCHECK)
    @DisplayName("no interleaving of increment(), add() and get() loses an update (model checking)")
    void everyInterleavingKeepsEveryUpdate() {
        Interleavings.assertLinearizable(SharedCounterInterleavingTest.class);
    }
}
