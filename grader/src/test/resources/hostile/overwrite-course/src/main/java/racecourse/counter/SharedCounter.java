package racecourse.counter;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Hostile: loses updates, and overwrites the course's own test and limits (found
 * through the grader's classpath) so that the next grading would pass. The grader
 * must restore them and grade the next run with the course's real tests.
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
