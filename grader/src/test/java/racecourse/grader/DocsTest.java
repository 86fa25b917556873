package racecourse.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import racecourse.grader.discover.Course;

/** The instructors' points tables are generated from the tests' @Points, never copied by hand. */
class DocsTest {
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // compiles every assignment: over a minute on a loaded 2-core machine
    void instructorsPointsTablesAreCurrent() throws Exception {
        Path doc = Path.of("../docs/instructors.md");
        String current = Files.readString(doc);
        String generated = RubricCommand.replaceSection(current, RubricCommand.markdown(Course.at(Path.of("..")), List.of()));
        assertEquals(generated, current, "docs/instructors.md is stale: run ./grade rubric --write docs/instructors.md");
    }
}
