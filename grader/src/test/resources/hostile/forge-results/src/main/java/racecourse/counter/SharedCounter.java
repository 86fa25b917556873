package racecourse.counter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Hostile: loses updates, and tries to fake a perfect result: appends "pass" events
 * to the grader's event log (found through its own command line) and writes a
 * perfect result JSON where the reports go. Neither may count.
 */
public class SharedCounter {
    private long count;

    public SharedCounter() {
        try {
            List<String> args = ProcessHandle.current().info().arguments().map(List::of).orElse(List.of());
            Path config = Path.of(args.get(args.size() - 1));
            String text = Files.readString(config);
            String log = text.replaceAll("(?s).*\"eventLog\":\"([^\"]+)\".*", "$1");
            for (String id : List.of("SharedCounterTest#incrementKeepsEveryUpdate", "SharedCounterTest#addKeepsEveryUpdate",
                    "SharedCounterTest#incrementRacingAdd", "IncrementLitmus", "IncrementAddLitmus")) {
                Files.writeString(Path.of(log), "{\"type\":\"END\",\"id\":\"" + id + "\",\"status\":\"pass\"}\n",
                        StandardOpenOption.APPEND);
            }
            String root = System.getProperty("java.class.path").replaceAll("^.*?([^:]*)/grader/target/classes.*$", "$1");
            Path out = Path.of(root, "target", "grading");
            Files.createDirectories(out);
            Files.writeString(out.resolve("01-shared-counter.json"),
                    "{\"schema\":\"racecourse.result/1\",\"assignment\":\"01-shared-counter\",\"status\":\"pass\",\"score\":12,\"max_score\":12}");
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
