package racecourse.queue;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Wrong fix: put() adds the item in one critical section and counts it in a second. Between
 * them the item is there and not yet counted: a worker can take it and call taskDone() on a
 * count of 0 (IllegalStateException), and join() can return while the item waits. Each section
 * is locked; together they are not one step.
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
        } finally {
            lock.unlock();
        }
        lock.lock();
        try {
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
                allDone.signalAll();
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
