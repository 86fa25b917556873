package racecourse.counter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Hostile: writes a file into every folder of the grader's classpath outside its own (the course's
 * build, found through java.class.path) and into /tmp. In the sandbox the classpath is read-only and
 * /tmp the box's own.
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
        List<Path> targets = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path dir = Path.of(entry).toAbsolutePath();
            if (Files.isDirectory(dir) && !dir.startsWith(Path.of("").toAbsolutePath())) {
                targets.add(dir);
            }
        }
        targets.add(Path.of("/tmp"));
        List<String> outcomes = new ArrayList<>();
        for (Path dir : targets) {
            Path file = dir.resolve("escaped-by-hostile-submission");
            try {
                Files.writeString(file, "escaped");
                outcomes.add("wrote " + file);
            } catch (IOException e) {
                outcomes.add("could not write " + file + ": " + e);
            }
        }
        throw new IllegalStateException(String.join("; ", outcomes));
    }
}
