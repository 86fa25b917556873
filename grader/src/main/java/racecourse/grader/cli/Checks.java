package racecourse.grader.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import racecourse.grader.Grader;
import racecourse.grader.check.PlannedCheck;
import racecourse.grader.discover.Assignment;
import racecourse.grader.discover.Course;
import racecourse.grader.io.Folders;

/** The checks an export lists in a template, discovered once from the course's tests. */
final class Checks {
    private Checks() {
    }

    static Map<String, List<PlannedCheck>> listed(Course course, List<Assignment> chosen)
            throws IOException, InterruptedException {
        System.out.printf("listing the checks of %d assignment(s) ...%n", chosen.size());
        Path scratch = Files.createTempDirectory("racecourse-checks-");
        try {
            return Grader.of(course, scratch).checks(chosen);
        } finally {
            Folders.deleteQuietly(scratch);
        }
    }
}
