package racecourse.counter;

/**
 * Wrong fix: volatile alone. Every read now sees the latest write, but count++ is
 * still a read followed by a write: two threads can read the same value.
 */
public class SharedCounter {
    private volatile long count;

    public void increment() {
        count++;
    }

    public void add(long delta) {
        count += delta;
    }

    public long get() {
        return count;
    }
}
