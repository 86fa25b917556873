package racecourse.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import racecourse.grader.discover.Course;
import racecourse.grader.io.Folders;
import racecourse.grader.report.Rubric;

/** The instructors' points tables are generated from the tests' @Points, never copied by hand. */
class DocsTest {
    @Test
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
