package racecourse.grader.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Discovery reads assignment.json and refuses what would silently not apply. */
class CourseTest {
    @TempDir
    Path root;

    @Test
    void aDeadlineForACheckTheTestsDefineIsKept() throws IOException {
        assignment("{\"CounterTest#keepsEveryUpdate\": 30, \"CounterLitmus\": 20}");
        Limits limits = Course.at(root).find("01").limits();
        assertEquals(30, limits.deadline("CounterTest#keepsEveryUpdate").toSeconds());
        assertEquals(20, limits.deadline("CounterLitmus").toSeconds());
        assertEquals(10, limits.deadline("CounterTest#other").toSeconds());
    }

    @Test
    void aDeadlineForACheckNoTestDefinesIsRefused() throws IOException {
        assignment("{\"CounterTest#keepsEveryUpdat\": 30}");
        IOException refused = assertThrows(IOException.class, () -> Course.at(root));
        assertTrue(refused.getMessage().contains("CounterTest#keepsEveryUpdat, which is no check"), refused.getMessage());
    }

    @Test
    void checksRunningTogetherShareTheLongestDeadlinePlusFiveSecondsEachBeyondTheFirst() throws IOException {
        assignment("{\"CounterLitmus\": 20}");
        Limits limits = Course.at(root).find("01").limits();
        assertEquals(20 + 5, limits.deadline(java.util.List.of("CounterLitmus", "OtherLitmus")).toSeconds());
    }

    private void assignment(String checkSecondsFor) throws IOException {
        Path module = root.resolve("assignments/01-counter");
        Path tests = module.resolve("src/test/java/racecourse/counter");
        Files.createDirectories(tests);
        Files.writeString(tests.resolve("CounterTest.java"),
                "class CounterTest {\n    @Test\n    void keepsEveryUpdate() {\n    }\n}\n");
        Files.writeString(tests.resolve("CounterLitmus.java"), "class CounterLitmus {\n}\n");
        Files.writeString(module.resolve("assignment.json"), "{\"title\": \"Counter\", \"studentFiles\": "
                + "[\"src/main/java/racecourse/counter/Counter.java\"], \"limits\": {\"heapMb\": 64, \"outputKb\": 64, "
                + "\"checkSeconds\": 10, \"checkSecondsFor\": " + checkSecondsFor + "}}");
    }
}
