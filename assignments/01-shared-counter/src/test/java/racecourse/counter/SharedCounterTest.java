package racecourse.counter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import racecourse.support.CheckKind;
import racecourse.support.LockRule;
import racecourse.support.Points;
import racecourse.support.Race;
import racecourse.support.SpinningReader;

/**
 * Stress tests for {@link SharedCounter}.
 *
 * <p>Each test starts its threads together behind a barrier, lets them call the
 * counter for a fixed time, and checks the total against what the threads did. An unprotected {@code count++} loses updates whenever two
 * threads read the same value: both write back value + 1, and one increment
 * vanishes. On two cores that happens thousands of times per run, so a single
 * lost update anywhere fails the test.
 */
class SharedCounterTest {
    /** How long the threads race; a broken counter loses thousands of updates in far less. */
    private static final Duration RACE = Duration.ofMillis(500);
    private static final Duration DEADLINE = Duration.ofSeconds(5);

    @Test
    @Points(1)
    @DisplayName("a new counter starts at 0 and adds any delta, negative included")
    void countsOnOneThread() {
        SharedCounter counter = new SharedCounter();
        assertEquals(0, counter.get(), "a new counter starts at 0");
        counter.increment();
        counter.add(41);
        counter.add(-2);
        assertEquals(40, counter.get(), "0 + 1 + 41 - 2");
    }

    @Test
    @Points(2)
    @DisplayName("ten threads calling increment() for 500 ms keep every update")
    void incrementKeepsEveryUpdate() {
        SharedCounter counter = new SharedCounter();
        long[] steps = Race.repeatFor(10, RACE, DEADLINE, worker -> counter.increment());
        assertCount(Race.total(steps), counter.get(), "increment()", "10 threads calling increment() for "
                + RACE.toMillis() + " ms");
    }

    @Test
    @Points(2)
    @DisplayName("two threads adding 3 and two adding -1 for 500 ms keep every update")
    void addKeepsEveryUpdate() {
        SharedCounter counter = new SharedCounter();
        long[] steps = Race.repeatFor(4, RACE, DEADLINE, worker -> counter.add(worker % 2 == 0 ? 3 : -1));
        long expected = 3 * (steps[0] + steps[2]) - (steps[1] + steps[3]);
        assertCount(expected, counter.get(), "add()", "2 threads adding 3 and 2 adding -1 for " + RACE.toMillis() + " ms");
    }

    @Test
    @Points(2)
    @DisplayName("two threads incrementing and two adding 2 for 500 ms keep every update: both take the same lock")
    void incrementRacingAdd() {
        SharedCounter counter = new SharedCounter();
        long[] steps = Race.repeatFor(4, RACE, DEADLINE, worker -> {
            if (worker % 2 == 0) {
                counter.increment();
            } else {
                counter.add(2);
            }
        });
        long expected = (steps[0] + steps[2]) + 2 * (steps[1] + steps[3]);
        assertCount(expected, counter.get(), "increment() and add() together",
                "2 threads incrementing and 2 adding 2 for " + RACE.toMillis() + " ms; two methods guarded by two "
                        + "different locks still race on the one field");
    }

    @Test
    @Points(2)
    @DisplayName("a thread spinning on get() sees another thread's increment() within 2 s, five times over")
    void getSeesAnotherThreadsIncrement() throws Exception {
        SpinningReader.assertSeesUpdate(SharedCounter::new, counter -> {
            while (counter.get() == 0) {
                // spin: nothing else in the loop, so only get() itself can make the update visible
            }
        }, SharedCounter::increment, "get()", "increment()");
    }

    @Test
    @Points(value = 1, kind = CheckKind.RULE)
    @DisplayName("takes a lock (synchronized or java.util.concurrent.locks), not an atomic or LongAdder")
    void usesALock() throws Exception {
        LockRule.assertUsesALock("src/main/java/racecourse/counter/SharedCounter.java");
    }

    @Test
    @Points(value = 1, kind = CheckKind.RULE)
    @DisplayName("makes each lock once and shares it: no new lock inside a method")
    void locksAreShared() throws Exception {
        LockRule.assertLocksAreShared("src/main/java/racecourse/counter/SharedCounter.java");
    }

    private static void assertCount(long expected, long counted, String operation, String scene) {
        if (counted != expected) {
            throw new AssertionError(scene + ": expected " + expected + ", counted " + counted
                    + " (off by " + Math.abs(expected - counted) + "). Two threads read the same value in " + operation
                    + " and both wrote back their own result; guard the whole read-add-write with one lock.");
        }
    }
}
