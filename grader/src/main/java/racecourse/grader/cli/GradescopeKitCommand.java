package racecourse.grader.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import racecourse.grader.discover.Assignment;
import racecourse.grader.discover.Course;
import racecourse.grader.template.GradescopeKit;

/** {@code ./grade gradescope-kit}: the zip Gradescope's autograder takes (see template.GradescopeKit). */
@Command(name = "gradescope-kit", mixinStandardHelpOptions = true,
        description = "Builds the Gradescope autograder zip (setup.sh, run_autograder, what grading needs).")
final class GradescopeKitCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "ZIP", defaultValue = "target/gradescope-autograder.zip")
    private Path out;

    @Mixin
    private CourseOptions courseOptions;

    @Override
    public Integer call() throws Exception {
        Course course = courseOptions.course();
        List<Assignment> chosen = courseOptions.assignments(course);
        Path zip = out.isAbsolute() ? out : courseOptions.root().resolve(out);
        GradescopeKit.Size size = GradescopeKit.write(course, chosen, Checks.listed(course, chosen), zip);
        System.out.printf("wrote %s: %d files, %d bytes uncompressed%n", zip.toAbsolutePath().normalize(),
                size.files(), size.bytes());
        return ExitStatus.OK.code();
    }
}
