package racecourse.queue;

import java.util.ArrayDeque;
import java.util.Objects;

/**
 * A queue of tasks shared by producer and worker threads: producers put tasks,
 * workers take them, and mark each done; {@code join()} waits until every task
 * put so far is done.
 *
 * <p>Broken on purpose: nothing is locked, so two workers can take the same task
 * and a task can vanish; and {@code take()} and {@code join()} wait by spinning,
 * burning a whole core while there is nothing to do.
 */
public class TaskQueue<T> {
    private final ArrayDeque<T> items = new ArrayDeque<>();
    private int unfinished;

    public TaskQueue() {
    }

    public void put(T item) {
        Objects.requireNonNull(item, "item");
        items.addLast(item);
        unfinished++;
    }

    public T take() throws InterruptedException {
        while (items.isEmpty()) {
            Thread.onSpinWait();
        }
        return items.removeFirst();
    }

    public void taskDone() {
        if (unfinished == 0) {
            throw new IllegalStateException("taskDone() called more often than items were put");
        }
        unfinished--;
    }

    public void join() throws InterruptedException {
        while (unfinished > 0) {
            Thread.onSpinWait();
        }
    }

    public int size() {
        return items.size();
    }

    public int unfinishedTasks() {
        return unfinished;
    }
}
