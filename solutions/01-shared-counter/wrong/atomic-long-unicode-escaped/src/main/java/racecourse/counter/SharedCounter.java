package racecourse.counter;

import java.util.concurrent.\u0061tomic.\u0041tomicLong;

/**
 * Correct, but not the lesson, and disguised: javac decodes unicode escapes before it
 * reads a token, so this is an AtomicLong that a search of the text as written misses.
 * The "uses a lock" rule decodes them too, and finds an atomic and no lock.
 */
public class SharedCounter {
    private final \u0041tomicLong count = new \u0041tomicLong();

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
