package racecourse.counter;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Correct, but not the lesson: AtomicLong counts right without a lock. It loses
 * only the "uses a lock" rule's points; every correctness check passes.
 */
public class SharedCounter {
    private final AtomicLong count = new AtomicLong();

    public void increment() {
        count.incrementAndGet();
    }

    public void add(long delta) {
        count.addAndGet(delta);
    }

    public long get() {
        return count.get();
    }
}
