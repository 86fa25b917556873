package racecourse.queue;

import java.util.List;
import org.jetbrains.lincheck.datastructures.Operation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import racecourse.support.CheckKind;
import racecourse.support.Interleavings;
import racecourse.support.Points;

/**
 * Lincheck takes a put() and a worker's take() and taskDone() apart step by step and tries every
 * way the two threads can take turns. put() changes two things, the items and the unfinished
 * count; a worker that can take the item before the count says it was put marks done a task that
 * was never counted, and taskDone() throws. Two workers meet at the last two items: each must take
 * one no one else took. A stress test meets those moments by luck (a lock handed back and forth
 * between two short sections); model checking meets them every run.
 */
public class TaskQueueInterleavingTest {
    private final TaskQueue<Integer> queue = new TaskQueue<>();

    @Operation
    public void put() {
        queue.put(1);
    }

    /** A worker: takes an item only if one waits when it looks, so take() never waits for ever. */
    @Operation
    public String takeAndMarkDone() throws InterruptedException {
        if (queue.size() == 0) {
            return "nothing to take";
        }
        queue.take();
        queue.taskDone();
        return "taken and done";
    }

    /** A worker done with a task; a second call for the same task must be refused. */
    @Operation
    public String markDone() {
        try {
            queue.taskDone();
            return "done";
        } catch (IllegalStateException e) {
            return "refused: more done than put";
        }
    }

    /** Observed only when the scene's threads are done (its two reads are two steps). */
    @Operation
    public String counts() {
        return queue.size() + " waiting, " + queue.unfinishedTasks() + " unfinished";
    }

    @Test
    @Points(value = 1, kind = CheckKind.LINCHECK)
    @DisplayName("no interleaving of two workers taking the last two items takes one twice (model checking)")
    void everyInterleavingOfTwoTakersTakesEachItemOnce() {
        Interleavings.assertEveryInterleaving(TaskQueueInterleavingTest.class, List.of("put", "put"), List.of(
                List.of("takeAndMarkDone", "takeAndMarkDone")), "counts");
    }

    @Test
    @Points(value = 1, kind = CheckKind.LINCHECK)
    @DisplayName("no interleaving of two taskDone() calls for one task counts both (model checking)")
    void everyInterleavingRefusesTheSecondTaskDone() {
        Interleavings.assertEveryInterleaving(TaskQueueInterleavingTest.class, List.of("put"), List.of(
                List.of("markDone", "markDone")), "counts");
    }

    @Test
    @Points(value = 2, kind = CheckKind.LINCHECK)
    @DisplayName("no interleaving of put() with a worker's take() and taskDone() breaks the counts (model checking)")
    void everyInterleavingKeepsTheCounts() {
        Interleavings.assertEveryInterleaving(TaskQueueInterleavingTest.class, List.of(
                List.of("put", "takeAndMarkDone"),
                List.of("put", "put")), "counts");
    }
}
