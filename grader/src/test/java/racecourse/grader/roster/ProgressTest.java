package racecourse.grader.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A bar on a terminal, plain lines elsewhere. */
class ProgressTest {
    @Test
    void barFillsAsStudentsFinish() {
        assertEquals("[>         ] 0/20", Progress.bar(0, 20, 10));
        assertEquals("[===>      ] 7/20", Progress.bar(7, 20, 10));
        assertEquals("[==========] 20/20", Progress.bar(20, 20, 10));
    }

    @Test
    void plainLinesWhenNotATerminal() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress progress = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, 2);
        progress.started("alice");
        progress.started("bob");
        progress.finished("bob", "bob: 3/3 points");
        progress.finished("alice", "alice: 1/3 points");
        progress.close();
        assertEquals("[1/2] bob: 3/3 points%n[2/2] alice: 1/3 points%n".formatted(), bytes.toString(StandardCharsets.UTF_8));
    }
}
