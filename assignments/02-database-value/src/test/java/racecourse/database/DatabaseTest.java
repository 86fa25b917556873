package racecourse.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import racecourse.support.Await;
import racecourse.support.CheckKind;
import racecourse.support.InterruptedWaiter;
import racecourse.support.LockRule;
import racecourse.support.Points;
import racecourse.support.Race;
import racecourse.support.SpinningReader;

/**
 * Tests for {@link Database}.
 *
 * <p>The latency is what makes this race certain rather than likely: an update
 * holds its local copy for the whole wait, so two updates that start together
 * both read the old value, every time. A fix must keep the read, the wait and the
 * write-back together, for every kind of update, without slowing down databases
 * that have nothing to do with each other.
 */
class DatabaseTest {
    private static final Duration DEADLINE = Duration.ofSeconds(5);

    @Test
    @Points(1)
    @DisplayName("one thread: starts at 0, increase() adds 1, increaseBy(n) adds n")
    void countsOnOneThread() throws Exception {
        Database database = new Database(Duration.ZERO);
        assertEquals(0, database.value(), "a new database holds 0");
        database.increase();
        database.increaseBy(5);
        database.increaseBy(-2);
        assertEquals(4, database.value(), "0 + 1 + 5 - 2");
    }

    @Test
    @Points(3)
    @DisplayName("two threads calling increase() once each, 100 ms latency: the value ends at 2, not 1")
    void twoIncreasesEndAtTwo() {
        Database database = new Database();
        Race.run(2, DEADLINE, worker -> database.increase());
        assertValue(2, database.value(), "two threads calling increase() once each on a database with 100 ms latency");
    }

    @Test
    @Points(2)
    @DisplayName("increaseBy() racing increase() keeps both updates")
    void increaseByRacingIncrease() {
        Database database = new Database(Duration.ofMillis(50));
        Race.run(2, DEADLINE, worker -> {
            if (worker == 0) {
                database.increase();
            } else {
                database.increaseBy(10);
            }
        });
        assertValue(11, database.value(), "increase() and increaseBy(10) at once, 50 ms latency; increaseBy must be "
                + "guarded by the same lock as increase");
    }

    @Test
    @Points(2)
    @DisplayName("eight threads, each calling increase() 3 times and increaseBy(2) twice, keep every update")
    void manyThreadsKeepEveryUpdate() {
        Database database = new Database(Duration.ofMillis(2));
        Race.run(8, DEADLINE, worker -> {
            for (int i = 0; i < 5; i++) {
                if (i % 2 == 0) {
                    database.increase();
                } else {
                    database.increaseBy(2);
                }
            }
        });
        assertValue(8 * (3 + 2 * 2), database.value(), "8 threads, each increase() x3 and increaseBy(2) x2, 2 ms latency");
    }

    @Test
    @Points(1)
    @DisplayName("an update takes at least the latency: the wait stays inside the operation")
    void updateTakesTheLatency() throws Exception {
        Duration latency = Duration.ofMillis(200);
        Database database = new Database(latency);
        long started = System.nanoTime();
        database.increase();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertTrue(millis >= latency.toMillis() - 1, "increase() took " + millis + " ms on a database with "
                + latency.toMillis() + " ms latency: the simulated work is part of the update; removing or shortening "
                + "it only hides the race, it does not fix it");
        assertEquals(1, database.value());
    }

    @Test
    @Points(2)
    @DisplayName("an update interrupted during its wait is abandoned, and the database is usable at once")
    void interruptedUpdateIsAbandonedAndReleasesTheDatabase() throws Exception {
        Database database = new Database(Duration.ofMillis(500));
        CountDownLatch started = new CountDownLatch(1);
        FutureTask<Void> update = new FutureTask<>(() -> {
            started.countDown();
            database.increase();
            return null;
        });
        Thread updater = new Thread(update, "interrupted-updater");
        updater.setDaemon(true);
        updater.start();
        started.await();
        awaitWaiting(updater);
        updater.interrupt();
        ExecutionException thrown = assertThrows(ExecutionException.class, () -> update.get(2, TimeUnit.SECONDS),
                "an interrupted increase() must throw InterruptedException");
        assertTrue(thrown.getCause() instanceof InterruptedException,
                "an interrupted increase() must throw InterruptedException, threw " + thrown.getCause());
        updater.join(2000);
        Await.within(Duration.ofSeconds(3), "another thread's increase() after the interrupted update",
                database::increase);
        assertEquals(1, database.value(), "the interrupted update is abandoned (value unchanged), the next one counts");
    }

    @Test
    @Points(1)
    @DisplayName("an update interrupted while it waits for a busy database ends with InterruptedException")
    void interruptedWaiterReleasesNothingItNeverHeld() throws Exception {
        Database database = new Database(Duration.ofMillis(300));
        InterruptedWaiter.assertEndsWithInterruptedException(database::increase, database::increase,
                "an increase() of a busy database", DEADLINE);
        assertEquals(1, database.value(), "the update that held the lock counts; the interrupted one is abandoned");
        Race.run(2, DEADLINE, worker -> database.increase());
        assertValue(3, database.value(), "two increase() at once after the interrupted one (did its way out release "
                + "a lock, or a permit, it never got?)");
    }

    @Test
    @Points(2)
    @DisplayName("two databases never wait for each other")
    void separateDatabasesRunInParallel() {
        Duration latency = Duration.ofMillis(300);
        Database first = new Database(latency);
        Database second = new Database(latency);
        long started = System.nanoTime();
        Race.run(2, DEADLINE, worker -> (worker == 0 ? first : second).increase());
        double ratio = (System.nanoTime() - started) / (double) latency.toNanos();
        assertTrue(ratio < 1.6, String.format("updating two different databases at once took %.1fx the latency of one "
                + "update (about 1x when they run in parallel, 2x when one waits for the other): a lock shared by all "
                + "databases (a static lock) serialises databases that share nothing", ratio));
        assertEquals(1, first.value());
        assertEquals(1, second.value());
    }

    @Test
    @Points(1)
    @DisplayName("a thread spinning on value() sees another thread's increase() within 2 s, five times over")
    void valueSeesAnotherThreadsIncrease() throws Exception {
        SpinningReader.assertSeesUpdate(() -> new Database(Duration.ofMillis(1)), database -> {
            while (database.value() == 0) {
                // spin: nothing else in the loop, so only value() itself can make the update visible
            }
        }, Database::increase, "value()", "increase()");
    }

    @Test
    @Points(value = 1, kind = CheckKind.RULE)
    @DisplayName("makes each lock once and shares it: no new lock inside a method")
    void locksAreShared() throws Exception {
        LockRule.assertLocksAreShared("src/main/java/racecourse/database/Database.java");
    }

    private static void awaitWaiting(Thread thread) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (thread.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
    }

    private static void assertValue(int expected, int actual, String scene) {
        if (actual != expected) {
            throw new AssertionError(scene + ": expected " + expected + ", the database holds " + actual + " ("
                    + (expected - actual) + " update(s) lost). Both updates read the same old value into their "
                    + "local copy, waited, and wrote back; the later write-back erased the earlier one. Hold one lock "
                    + "from the read to the write-back, in every method that updates.");
        }
    }
}
