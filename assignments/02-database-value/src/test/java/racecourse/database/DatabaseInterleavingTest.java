package racecourse.database;

import java.time.Duration;
import java.util.List;
import org.jetbrains.lincheck.datastructures.Operation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import racecourse.support.CheckKind;
import racecourse.support.Interleavings;
import racecourse.support.Points;

/**
 * Lincheck takes two updates of one database apart step by step (read the local
 * copy, add, wait, write back) and tries every way the two threads can take turns.
 * The latency is zero here: it only widens the window in a stress test, and model
 * checking needs no wide window to find the one order in which both threads read
 * the old value. On the starter it prints that order: both read 0, both write 1.
 */
public class DatabaseInterleavingTest {
    private final Database database = new Database(Duration.ZERO);

    @Operation
    public void increase() throws InterruptedException {
        database.increase();
    }

    @Operation
    public void increaseByTen() throws InterruptedException {
        database.increaseBy(10);
    }

    @Operation
    public int value() {
        return database.value();
    }

    @Test
    @Points(value = 2, kind = CheckKind.LINCHECK)
    @DisplayName("no interleaving of increase() and increaseBy() loses an update (model checking)")
    void everyInterleavingKeepsEveryUpdate() {
        Interleavings.assertEveryInterleaving(DatabaseInterleavingTest.class, List.of(
                List.of("increase", "increase"),
                List.of("increase", "increaseByTen"),
                List.of("increaseByTen", "value")), "value");
    }
}
