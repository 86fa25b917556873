package racecourse.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import racecourse.support.Await;
import racecourse.support.CheckKind;
import racecourse.support.CpuTime;
import racecourse.support.LockRule;
import racecourse.support.Points;
import racecourse.support.Race;
import racecourse.support.SpinningReader;

/**
 * Tests for {@link TaskQueue}.
 *
 * <p>Two kinds of thread wait on this queue for two different things: workers
 * wait for an item, a joiner waits for every task to be done. A fix must give
 * each item to exactly one worker, let {@code join()} return only when the work
 * is really finished, wake the right waiter every time (one shared condition
 * woken with {@code signal()} can wake a joiner when a worker was needed, and the
 * worker then sleeps forever), and wait without burning a core.
 */
class TaskQueueTest {
    private static final Duration DEADLINE = Duration.ofSeconds(5);
    private final TaskQueue<Integer> queue = new TaskQueue<>();
    private final List<Thread> started = new ArrayList<>();

    @AfterEach
    void stopWaiters() {
        started.forEach(Thread::interrupt);
    }

    @Test
    @Points(1)
    @DisplayName("one thread: first in, first out; sizes and counts; null refused")
    void basics() throws Exception {
        assertThrows(NullPointerException.class, () -> queue.put(null));
        queue.put(1);
        queue.put(2);
        assertEquals(2, queue.size());
        assertEquals(2, queue.unfinishedTasks());
        assertEquals(1, queue.take());
        assertEquals(1, queue.size());
        queue.taskDone();
        assertEquals(1, queue.unfinishedTasks());
        assertEquals(2, queue.take());
        queue.taskDone();
        assertEquals(0, queue.unfinishedTasks());
        assertThrows(IllegalStateException.class, queue::taskDone, "taskDone() with nothing unfinished");
        assertEquals(0, queue.unfinishedTasks(), "a refused taskDone() leaves the count alone");
        Await.within(DEADLINE, "join() with nothing unfinished", queue::join);
    }

    @Test
    @Points(2)
    @DisplayName("ten workers, twenty 20 ms tasks: join() returns only when all twenty are done")
    void joinWaitsForEveryTask() throws Exception {
        AtomicInteger done = new AtomicInteger();
        for (int w = 0; w < 10; w++) {
            start("worker-" + w, () -> {
                while (true) {
                    queue.take();
                    Thread.sleep(20);
                    done.incrementAndGet();
                    queue.taskDone();
                }
            });
        }
        for (int i = 0; i < 20; i++) {
            queue.put(i);
        }
        Await.within(DEADLINE, "join() after putting 20 items", queue::join);
        assertEquals(20, done.get(), "join() returned while " + (20 - done.get()) + " of 20 tasks were still in "
                + "progress: it must wait until every task put so far is marked done, not until the queue is empty");
    }

    @Test
    @Points(3)
    @DisplayName("many producers and workers: each item is taken exactly once")
    void eachItemTakenExactlyOnce() {
        int producers = 3;
        int workers = 3;
        int maxPerProducer = 1_000_000;
        int[] produced = new int[producers];
        AtomicIntegerArray taken = new AtomicIntegerArray(producers * maxPerProducer);
        Duration race = Duration.ofMillis(300);
        long end = System.nanoTime() + race.toNanos();
        Race.run(producers + workers, DEADLINE, worker -> {
            if (worker < producers) {
                int n = 0;
                while (System.nanoTime() < end && n < maxPerProducer) {
                    queue.put(worker * maxPerProducer + n++);
                }
                produced[worker] = n;
                for (int pill = 0; pill < workers; pill += producers) {
                    queue.put(-1);
                }
            } else {
                for (int item = queue.take(); item != -1; item = queue.take()) {
                    taken.incrementAndGet(item);
                }
            }
        });
        for (int p = 0; p < producers; p++) {
            for (int i = 0; i < produced[p]; i++) {
                int item = p * maxPerProducer + i;
                assertEquals(1, taken.get(item), "item " + item + " was taken " + taken.get(item) + " times: two "
                        + "workers reading the queue at once can both take the same item, and two puts at once can "
                        + "lose one");
            }
        }
    }

    @Test
    @Points(1)
    @DisplayName("scarce items: four workers race for every pair of items, and each item is taken exactly once")
    void scarceItemsAreEachTakenOnce() {
        int workers = 4;
        AtomicIntegerArray taken = new AtomicIntegerArray(2_000_000);
        int[] produced = new int[1];
        AtomicReference<RuntimeException> thrown = new AtomicReference<>();
        long end = System.nanoTime() + Duration.ofMillis(300).toNanos();
        Race.run(1 + workers, DEADLINE, worker -> {
            if (worker == 0) {
                int n = 0;
                while (System.nanoTime() < end && n < taken.length() - 2) {
                    queue.put(n++);
                    queue.put(n++);
                    while (queue.size() > 0 && System.nanoTime() < end) {
                        Thread.onSpinWait();
                    }
                }
                produced[0] = n;
                for (int pill = 0; pill < workers; pill++) {
                    queue.put(-1);
                }
            } else {
                try {
                    for (int item = queue.take(); item != -1; item = queue.take()) {
                        taken.incrementAndGet(item);
                    }
                } catch (RuntimeException e) {
                    thrown.compareAndSet(null, e);
                }
            }
        });
        if (thrown.get() != null) {
            throw new AssertionError("take() threw " + thrown.get() + " with items still coming: when workers "
                    + "outnumber the items, two can both see the last one, and the second then finds it gone. The "
                    + "worker that saw an item must take it in the same critical section", thrown.get());
        }
        for (int item = 0; item < produced[0]; item++) {
            assertEquals(1, taken.get(item), "item " + item + " of " + produced[0] + " was taken " + taken.get(item)
                    + " times: when workers outnumber the items, two can both see the last one; the one that "
                    + "saw it must be the one that takes it, in the same critical section");
        }
    }

    @Test
    @Points(3)
    @DisplayName("no lost wake-up: a put wakes a waiting worker even while a joiner waits too")
    void putWakesAWorkerEvenWithAJoinerWaiting() throws Exception {
        queue.put(0);
        assertEquals(0, queue.take());
        FutureTask<Void> joiner = start("joiner", () -> {
            queue.join();
            return null;
        });
        awaitParked(joiner);
        FutureTask<Integer> first = start("worker-1", queue::take);
        awaitParked(first);
        FutureTask<Integer> second = start("worker-2", queue::take);
        awaitParked(second);

        queue.put(1);
        Integer got = firstDone(first, second, Duration.ofSeconds(2));
        if (got == null) {
            throw new AssertionError("put(1) while a joiner and two workers waited: no worker woke up within 2 s, "
                    + "the item sits in the queue (size " + queue.size() + "). A single signal()/notify() on a "
                    + "condition shared by joiners and workers woke the joiner, which went back to sleep: the "
                    + "wake-up was lost. Use separate conditions, or signalAll()/notifyAll()");
        }
        assertEquals(1, got, "the woken worker must get the item put");
        Thread.sleep(100);
        assertFalse(first.isDone() && second.isDone(), "one item woke and released both workers: a wait must "
                + "re-check its condition in a while loop, not an if");
        assertFalse(joiner.isDone(), "join() returned while 2 tasks were unfinished (woken, it must re-check)");

        // Which worker got item 1 is not fixed (notifyAll() wakes both and either may win): the
        // other one, still waiting, is the one that must get item 2.
        FutureTask<Integer> stillWaiting = first.isDone() ? second : first;
        queue.put(2);
        assertEquals(2, Await.within(DEADLINE, "the second worker's take() after put(2)",
                () -> stillWaiting.get()));
        queue.taskDone();
        queue.taskDone();
        assertFalse(joiner.isDone() && queue.unfinishedTasks() > 0, "join() returned with a task unfinished");
        queue.taskDone();
        Await.within(DEADLINE, "join() after the last taskDone()", () -> joiner.get());
    }

    @Test
    @Points(2)
    @DisplayName("an idle take() and join() wait without spinning (CPU time, not wall time)")
    void waitersDoNotSpin() throws Exception {
        FutureTask<Integer> taker = start("idle-worker", queue::take);
        assertIdle("take() on an empty queue", started.get(started.size() - 1));
        queue.put(7);
        assertEquals(7, Await.within(DEADLINE, "take() after put(7)", () -> taker.get()));
        start("idle-joiner", () -> {
            queue.join();
            return null;
        });
        assertIdle("join() with one task in progress", started.get(started.size() - 1));
        queue.taskDone();
    }

    @Test
    @Points(1)
    @DisplayName("take() responds to interruption")
    void takeRespondsToInterrupt() throws Exception {
        FutureTask<Integer> taker = start("interrupted-worker", queue::take);
        awaitParked(taker);
        started.get(started.size() - 1).interrupt();
        ExecutionException thrown = assertThrows(ExecutionException.class, () -> taker.get(2, TimeUnit.SECONDS),
                "an interrupted take() must throw InterruptedException within 2 s");
        assertTrue(thrown.getCause() instanceof InterruptedException, "take() threw " + thrown.getCause());
    }

    @Test
    @Points(1)
    @DisplayName("a worker (and joiner) interrupted again and again on a busy queue only ever throws "
            + "InterruptedException")
    void interruptedWorkerThrowsNothingElse() {
        AtomicReference<Throwable> other = new AtomicReference<>();
        long end = System.nanoTime() + Duration.ofMillis(300).toNanos();
        AtomicReference<Thread> victim = new AtomicReference<>();
        AtomicBoolean victimDone = new AtomicBoolean();
        Race.run(4, DEADLINE, worker -> {
            if (worker == 3) {
                // interrupts until the victim is done: a join() left waiting for tasks nobody finishes must end too
                while (!victimDone.get()) {
                    Thread target = victim.get();
                    if (target != null) {
                        target.interrupt();
                    }
                    LockSupport.parkNanos(20_000);
                }
                return;
            }
            if (worker == 0) {
                victim.set(Thread.currentThread());
            }
            while (System.nanoTime() < end && other.get() == null) {
                try {
                    queue.put(worker);
                    queue.take();
                    queue.taskDone();
                    if (worker == 0) {
                        // interrupted just before join(): it must throw InterruptedException, or return
                        Thread.currentThread().interrupt();
                        queue.join();
                    }
                } catch (InterruptedException expected) {
                    // the item it put is taken by another worker, or left for the end
                } catch (RuntimeException e) {
                    other.compareAndSet(null, e);
                }
            }
            if (worker == 0) {
                victimDone.set(true);
                Thread.interrupted();
            }
        });
        if (other.get() != null) {
            throw new AssertionError("a worker interrupted while it used the queue got " + other.get() + ", not "
                    + "InterruptedException: a wait or lock acquisition inside the try whose finally unlocks lets an "
                    + "interrupted thread release a lock it never got. Take the lock before the try", other.get());
        }
    }

    @Test
    @Points(1)
    @DisplayName("join() interrupted while it waits throws InterruptedException, and the queue works on")
    void interruptedJoinLeavesTheQueueUsable() throws Exception {
        queue.put(1);
        FutureTask<Void> joiner = start("interrupted-joiner", () -> {
            queue.join();
            return null;
        });
        awaitParked(joiner);
        started.get(started.size() - 1).interrupt();
        ExecutionException thrown = assertThrows(ExecutionException.class, () -> joiner.get(2, TimeUnit.SECONDS),
                "an interrupted join() must throw InterruptedException within 2 s");
        assertTrue(thrown.getCause() instanceof InterruptedException, "join() threw " + thrown.getCause());
        Await.within(Duration.ofSeconds(2), "take(), taskDone() and join() on another thread after the interrupted "
                + "join() (did it leave the lock held? release it in a finally, which runs when await() throws)", () -> {
                    queue.take();
                    queue.taskDone();
                    queue.join();
                });
    }

    @Test
    @Points(2)
    @DisplayName("put, take and taskDone from many threads keep the counts exact")
    void countsStayExactUnderConcurrency() {
        long[] cycles = Race.repeatFor(4, Duration.ofMillis(200), DEADLINE, worker -> {
            queue.put(worker);
            queue.take();
            queue.taskDone();
        });
        assertEquals(0, queue.size(), "after " + Race.total(cycles) + " put/take/taskDone cycles nothing should wait");
        assertEquals(0, queue.unfinishedTasks(), "after " + Race.total(cycles) + " put/take/taskDone cycles, "
                + queue.unfinishedTasks() + " tasks count as unfinished: concurrent put() and taskDone() lost "
                + "updates of the count");
    }

    @Test
    @Points(1)
    @DisplayName("three threads waiting in join() all return when the last task is done")
    void everyJoinerReturnsWhenTheLastTaskIsDone() throws Exception {
        queue.put(0);
        queue.take();
        List<FutureTask<Void>> joiners = new ArrayList<>();
        for (int j = 1; j <= 3; j++) {
            FutureTask<Void> joiner = start("joiner-" + j, () -> {
                queue.join();
                return null;
            });
            awaitParked(joiner);
            joiners.add(joiner);
        }
        queue.taskDone();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (joiners.stream().anyMatch(joiner -> !joiner.isDone()) && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        long returned = joiners.stream().filter(FutureTask::isDone).count();
        assertEquals(3, returned, "the last taskDone() let " + returned + " of 3 waiting joiners return within 2 s; "
                + "the others wait for ever, though nothing is left to do. One signal()/notify() wakes one waiter, "
                + "and every joiner waits for the same news: wake them all (signalAll()/notifyAll())");
    }

    private void assertIdle(String what, Thread thread) throws InterruptedException {
        Thread.sleep(50);
        long cpuBefore = CpuTime.of(thread);
        long wallBefore = System.nanoTime();
        Thread.sleep(300);
        long cpu = CpuTime.of(thread) - cpuBefore;
        long wall = System.nanoTime() - wallBefore;
        assertTrue(thread.isAlive(), what + " returned although nothing was there to wait for");
        double share = (double) cpu / wall;
        assertTrue(share < 0.25, String.format("%s used %.0f%% of a core while idle for %d ms: it spins (busy-waits) "
                + "instead of parking. Wait on a condition (await/wait) that put() or taskDone() signals",
                what, 100 * share, TimeUnit.NANOSECONDS.toMillis(wall)));
    }

    private <V> FutureTask<V> start(String name, Callable<V> body) {
        FutureTask<V> task = new FutureTask<>(body);
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        started.add(thread);
        thread.start();
        return task;
    }

    /** Waits until the thread running {@code task} is parked (WAITING, or TIMED_WAITING for a timed wait). */
    private void awaitParked(FutureTask<?> task) throws InterruptedException {
        Thread thread = started.get(started.size() - 1);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (thread.getState() != Thread.State.WAITING && thread.getState() != Thread.State.TIMED_WAITING
                && !task.isDone() && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        Thread.sleep(20);
    }

    private static Integer firstDone(FutureTask<Integer> a, FutureTask<Integer> b, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            for (FutureTask<Integer> task : List.of(a, b)) {
                if (task.isDone()) {
                    try {
                        return task.get(0, TimeUnit.SECONDS);
                    } catch (TimeoutException e) {
                        return null;
                    }
                }
            }
            Thread.sleep(1);
        }
        return null;
    }

    @Test
    @Points(2)
    @DisplayName("a thread spinning on size(), then one on unfinishedTasks(), sees another thread's put() within 2 s, five times over")
    void readsSeeAnotherThreadsPut() throws Exception {
        SpinningReader.<TaskQueue<String>>assertSeesUpdate(TaskQueue::new, queue -> {
            while (queue.size() == 0) {
                // spin: only size() itself can make the update visible
            }
        }, queue -> queue.put("first"), "size()", "put()");
        SpinningReader.<TaskQueue<String>>assertSeesUpdate(TaskQueue::new, queue -> {
            while (queue.unfinishedTasks() == 0) {
                // spin: only unfinishedTasks() itself can make the update visible
            }
        }, queue -> queue.put("first"), "unfinishedTasks()", "put()");
    }

    @Test
    @Points(value = 1, kind = CheckKind.RULE)
    @DisplayName("waits in a loop: every await() or wait() checks its condition again when it wakes")
    void waitsInALoop() throws Exception {
        LockRule.assertWaitsInALoop("src/main/java/racecourse/queue/TaskQueue.java");
    }

    @Test
    @Points(value = 1, kind = CheckKind.RULE)
    @DisplayName("makes each lock once and shares it: no new lock inside a method")
    void locksAreShared() throws Exception {
        LockRule.assertLocksAreShared("src/main/java/racecourse/queue/TaskQueue.java");
    }
}
