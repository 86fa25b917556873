package racecourse.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import racecourse.grader.discover.Course;
import racecourse.grader.io.Folders;
import racecourse.grader.report.Rubric;

/** The instructors' points tables are generated from the tests' @Points, never copied by hand. */
class DocsTest {
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // compiles every assignment: over a minute on a loaded 2-core machine
    void instructorsPointsTablesAreCurrent() throws Exception {
        Path doc = Path.of("../docs/instructors.md");
        String current = Files.readString(doc);
        Course course = Course.at(Path.of(".."));
        Path scratch = Files.createTempDirectory("racecourse-docs-");
        try {
            String tables = Rubric.markdown(Grader.of(course, scratch).checks(course.assignments()));
            assertEquals(Rubric.replaceSection(current, tables), current,
                    "docs/instructors.md is stale: run ./grade rubric --write docs/instructors.md");
        } finally {
            Folders.deleteQuietly(scratch);
        }
    }
}
