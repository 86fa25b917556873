package racecourse.queue;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A correct fix whose waits are timed: takers and joiners wait on their
 * condition for a few milliseconds at most, then re-check in their loop. A
 * signal still wakes them at once; the timeout only bounds a wait, it never
 * replaces the re-check, so neither a lost wake-up nor a spurious one matters.
 */
public class TaskQueue<T> {
    private static final long RECHECK_MILLIS = 10;
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
                notEmpty.await(RECHECK_MILLIS, TimeUnit.MILLISECONDS);
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
                allDone.await(RECHECK_MILLIS, TimeUnit.MILLISECONDS);
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
