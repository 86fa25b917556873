package racecourse.grader.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import racecourse.grader.discover.Assignment;
import racecourse.grader.discover.Course;

/** The options every course command shares: the course repository, and the assignments it works on. */
final class CourseOptions {
    @Option(names = "--root", paramLabel = "DIR", hidden = true, description = "the course repository")
    private Path root = Path.of(System.getProperty("racecourse.root", "."));

    @Parameters(paramLabel = "ID", description = "assignments, by full name or prefix such as 01 (default: all)")
    private List<String> ids = new ArrayList<>();

    Path root() {
        return root;
    }

    Course course() throws IOException {
        return Course.at(root);
    }

    /** The assignments the ids name, in the order given; every assignment when none is given. */
    List<Assignment> assignments(Course course) {
        return ids.isEmpty() ? course.assignments() : ids.stream().map(course::find).toList();
    }
}
