package racecourse.grader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import racecourse.grader.discover.Assignment;
import racecourse.grader.discover.Course;
import racecourse.grader.template.GradescopeKit;

/** {@code ./grade gradescope-kit}: the zip Gradescope's autograder takes (see template.GradescopeKit). */
@Command(name = "gradescope-kit", mixinStandardHelpOptions = true,
        description = "Builds the Gradescope autograder zip (setup.sh, run_autograder, what grading needs).")
final class GradescopeKitCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "ZIP", defaultValue = "target/gradescope-autograder.zip")
    private Path out;

    @Parameters(paramLabel = "ID", description = "the assignments this Gradescope assignment grades (default: all)")
    private List<String> ids = new ArrayList<>();

    @Option(names = "--root", paramLabel = "DIR", hidden = true)
    private Path root = Path.of(System.getProperty("racecourse.root", "."));

    @Override
    public Integer call() throws Exception {
        Course course = Course.at(root);
        List<Assignment> chosen = ids.isEmpty() ? course.assignments() : ids.stream().map(course::find).toList();
        Path zip = out.isAbsolute() ? out : root.resolve(out);
        GradescopeKit.Size size = GradescopeKit.write(course, chosen, zip);
        System.out.printf("wrote %s: %d files, %d bytes uncompressed%n", zip.toAbsolutePath().normalize(),
                size.files(), size.bytes());
        return Main.FULL_MARKS;
    }
}
