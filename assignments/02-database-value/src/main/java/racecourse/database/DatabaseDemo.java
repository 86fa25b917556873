package racecourse.database;

import java.time.Duration;

/**
 * Replays the source material's run: two threads each call {@code increase()}
 * once on a database whose updates take 100 ms. Prints expected against observed.
 *
 * <p>Run it from this folder: {@code ../../mvnw -q compile exec:java}
 */
public final class DatabaseDemo {
    private DatabaseDemo() {
    }

    public static void main(String[] args) throws Exception {
        Database database = new Database(Duration.ofMillis(100));
        System.out.println("start value: " + database.value());
        Thread first = new Thread(() -> update(database), "thread-1");
        Thread second = new Thread(() -> update(database), "thread-2");
        long started = System.nanoTime();
        first.start();
        second.start();
        first.join();
        second.join();
        long millis = (System.nanoTime() - started) / 1_000_000;
        int observed = database.value();
        System.out.printf("end value: expected 2, observed %d   (%s%d ms)%n", observed,
                observed == 2 ? "" : (2 - observed) + " update lost, ", millis);
    }

    private static void update(Database database) {
        try {
            database.increase();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
