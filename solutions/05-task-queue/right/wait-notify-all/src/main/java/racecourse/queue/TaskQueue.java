package racecourse.queue;

import java.util.ArrayDeque;
import java.util.Objects;

/**
 * A correct fix with the queue's own monitor: every method is synchronized,
 * waiters call wait() in a loop that re-checks their condition, and every change
 * a waiter may be waiting for ends in notifyAll(). Takers and joiners share one
 * wait set, so notify() could wake the wrong kind of waiter; notifyAll() cannot.
 */
public class TaskQueue<T> {
    private final ArrayDeque<T> items = new ArrayDeque<>();
    private int unfinished;

    public TaskQueue() {
    }

    public synchronized void put(T item) {
        Objects.requireNonNull(item, "item");
        items.addLast(item);
        unfinished++;
        notifyAll();
    }

    public synchronized T take() throws InterruptedException {
        while (items.isEmpty()) {
            wait();
        }
        return items.removeFirst();
    }

    public synchronized void taskDone() {
        if (unfinished == 0) {
            throw new IllegalStateException("taskDone() called more often than items were put");
        }
        unfinished--;
        if (unfinished == 0) {
            notifyAll();
        }
    }

    public synchronized void join() throws InterruptedException {
        while (unfinished > 0) {
            wait();
        }
    }

    public synchronized int size() {
        return items.size();
    }

    public synchronized int unfinishedTasks() {
        return unfinished;
    }
}
