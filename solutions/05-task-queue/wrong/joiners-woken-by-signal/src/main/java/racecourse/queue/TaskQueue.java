package racecourse.queue;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Wrong fix: taskDone() wakes the joiners with allDone.signal(), which wakes one of them. Every
 * joiner waits for the same news, that nothing is left to do: with two or more waiting in join(),
 * all but one sleep on for ever once the last task is done. Wake them all with signalAll().
 *
 * Reference solution (before the mistake): one lock guards the items and the count of unfinished
 * tasks. Waiting threads park on one of two conditions, "not empty" for takers
 * and "all done" for joiners, always re-checking in a loop, so they neither spin
 * nor miss a wake-up. Waits are interruptible.
 */
public class TaskQueue<T> {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final Condition allDone = lock.newCondition();
    private final ArrayDeque<T> items = new ArrayDeque<>();
    private int unfinished;

    public TaskQueue() {
    }

    public void put(T item) {
        Objects.requireNonNull(item, "item");
        lock.lock();
        try {
            items.addLast(item);
            unfinished++;
            notEmpty.signal();
        } finally {
            lock.unlock();
        }
    }

    public T take() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (items.isEmpty()) {
                notEmpty.await();
            }
            return items.removeFirst();
        } finally {
            lock.unlock();
        }
    }

    public void taskDone() {
        lock.lock();
        try {
            if (unfinished == 0) {
                throw new IllegalStateException("taskDone() called more often than items were put");
            }
            unfinished--;
            if (unfinished == 0) {
                allDone.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    public void join() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (unfinished > 0) {
                allDone.await();
            }
        } finally {
            lock.unlock();
        }
    }

    public int size() {
        lock.lock();
        try {
            return items.size();
        } finally {
            lock.unlock();
        }
    }

    public int unfinishedTasks() {
        lock.lock();
        try {
            return unfinished;
        } finally {
            lock.unlock();
        }
    }
}
