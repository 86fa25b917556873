package racecourse.queue;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Replays the source material's run: ten worker threads take items from the
 * queue, "work" on each and mark it done, with a lock so their printing does not
 * interleave; the main thread puts twenty items and waits with {@code join()}.
 * On the starter it may lose or repeat items, or spin forever: it gives up after
 * a few seconds and says so.
 *
 * <p>Run it from this folder: {@code ../../mvnw -q compile exec:java}
 */
public final class TaskQueueDemo {
    private static final Object PRINT_LOCK = new Object();

    private TaskQueueDemo() {
    }

    public static void main(String[] args) throws Exception {
        TaskQueue<Integer> queue = new TaskQueue<>();
        AtomicInteger processed = new AtomicInteger();
        for (int w = 1; w <= 10; w++) {
            Thread worker = new Thread(() -> {
                try {
                    while (true) {
                        int item = queue.take();
                        synchronized (PRINT_LOCK) {
                            System.out.println("in " + Thread.currentThread().getName() + " got " + item);
                        }
                        processed.incrementAndGet();
                        queue.taskDone();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "Thread" + w);
            worker.setDaemon(true);
            worker.start();
        }
        for (int i = 0; i < 20; i++) {
            queue.put(i);
        }
        Thread joiner = new Thread(() -> {
            try {
                queue.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        joiner.setDaemon(true);
        joiner.start();
        joiner.join(5000);
        System.out.println(joiner.isAlive() ? "join() still waiting after 5 s" : "main done");
        System.out.println("items processed: expected 20, observed " + processed.get());
    }
}
