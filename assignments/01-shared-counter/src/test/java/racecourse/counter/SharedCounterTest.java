package racecourse.counter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import racecourse.support.CheckKind;
import racecourse.support.LockRule;
import racecourse.support.Points;
import racecourse.support.Race;

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
    /** Long enough for the JIT to compile a spinning reader's loop, even on a loaded machine. */
    private static final Duration SPIN = Duration.ofSeconds(1);
    /** A reader that reads under the lock sees an update in microseconds. */
    private static final Duration SEE = Duration.ofSeconds(2);

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

    /**
     * A reader spins on {@code get()} long enough for the JIT to compile its loop, then another
     * thread increments. A {@code get()} that reads the field without the writers' lock has no
     * happens-before edge to their write: the compiled loop reads the field once and spins forever.
     * Read under the lock (or from a volatile field), the reader stops at once.
     */
    @Test
    @Points(2)
    @DisplayName("a thread spinning on get() for 1 s sees another thread's increment() within 2 s")
    void getSeesAnotherThreadsIncrement() throws InterruptedException {
        SharedCounter counter = new SharedCounter();
        Thread reader = new Thread(() -> {
            while (counter.get() == 0) {
                // spin: nothing else in the loop, so only get() itself can make the update visible
            }
        }, "reader-spinning-on-get");
        reader.setDaemon(true);
        reader.start();
        Thread.sleep(SPIN.toMillis());
        counter.increment();
        reader.join(SEE.toMillis());
        if (reader.isAlive()) {
            throw new AssertionError("a thread spinning on get() did not see another thread's increment() within "
                    + SEE.toSeconds() + " s: get() reads count without the lock the writers hold, so nothing "
                    + "makes their write visible to it (the JIT may read the field once, before the loop). "
                    + "Read it under the same lock.");
        }
    }

    @Test
    @Points(value = 1, kind = CheckKind.RULE)
    @DisplayName("takes a lock (synchronized or java.util.concurrent.locks), not an atomic or LongAdder")
    void usesALock() throws Exception {
        LockRule.assertUsesALock("src/main/java/racecourse/counter/SharedCounter.java");
    }

    private static void assertCount(long expected, long counted, String operation, String scene) {
        if (counted != expected) {
            throw new AssertionError(scene + ": expected " + expected + ", counted " + counted
                    + " (off by " + Math.abs(expected - counted) + "). Two threads read the same value in " + operation
                    + " and both wrote back their own result; guard the whole read-add-write with one lock.");
        }
    }
}
