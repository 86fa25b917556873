package racecourse.queue;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Wrong fix: take() acquires its lock inside the try whose finally unlocks it. A
 * worker interrupted before it gets the lock (or already interrupted when it calls
 * take()) leaves lockInterruptibly() by InterruptedException, and the finally then
 * unlocks a lock it never got: IllegalMonitorStateException replaces the
 * InterruptedException.
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
        try {
            lock.lockInterruptibly();
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
