package racecourse.queue;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Wrong fix: taskDone() checks the count in one critical section and lowers it in
 * the next. Two calls for the last task both pass the check before either lowers
 * the count: it ends at -1, the over-call is never refused, and the next put()
 * makes the count 0 while that task is still in progress.
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
        } finally {
            lock.unlock();
        }
        lock.lock();
        try {
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
