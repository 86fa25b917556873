package racecourse.counter;

import java.util.ArrayList;
import java.util.List;

/** Hostile: keeps allocating until the heap is exhausted. */
public class SharedCounter {
    private static final List<long[]> HOARD = new ArrayList<>();
    private long count;

    public synchronized void increment() {
        while (true) {
            HOARD.add(new long[1 << 20]);
        }
    }

    public synchronized void add(long delta) {
        count += delta;
    }

    public synchronized long get() {
        return count;
    }
}
