package racecourse.queue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Replays the source material's run: ten worker threads take items from the
 * queue, "work" on each and mark it done, with a lock so their printing does not
 * interleave; the main thread puts twenty items and waits with {@code join()}.
 * On the starter it may lose or repeat items, or spin forever: it gives up after
 * a few seconds and says so. Then, with the queue empty, it measures how much CPU
 * the idle workers burn in half a second: a worker waiting in {@code take()}
 * should sleep, not spin.
 *
 * <p>Run it from this folder: {@code ../../mvnw -q compile exec:java}
 */
public final class TaskQueueDemo {
    private static final Object PRINT_LOCK = new Object();
    private static final long IDLE_MILLIS = 500;

    private TaskQueueDemo() {
    }

    public static void main(String[] args) throws Exception {
        TaskQueue<Integer> queue = new TaskQueue<>();
        AtomicInteger processed = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
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
            workers.add(worker);
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
        System.out.println("join(): expected returned, observed "
                + (joiner.isAlive() ? "still waiting after 5 s" : "returned"));
        System.out.println("items processed: expected 20, observed " + processed.get());
        long cpuMs = cpuMillis(workers, IDLE_MILLIS);
        System.out.printf("idle workers, %d ms with nothing to take: expected asleep, observed %s   (%d ms of CPU)%n",
                IDLE_MILLIS, cpuMs > IDLE_MILLIS / 5 ? "spinning" : "asleep", cpuMs);
    }

    /** CPU time the threads use while the main thread sleeps {@code millis}: near 0 for parked threads. */
    private static long cpuMillis(List<Thread> threads, long millis) throws InterruptedException {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        long before = 0;
        for (Thread thread : threads) {
            before += Math.max(0, bean.getThreadCpuTime(thread.getId()));
        }
        Thread.sleep(millis);
        long after = 0;
        for (Thread thread : threads) {
            after += Math.max(0, bean.getThreadCpuTime(thread.getId()));
        }
        return (after - before) / 1_000_000;
    }
}
