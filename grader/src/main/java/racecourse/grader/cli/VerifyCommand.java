package racecourse.grader.cli;

import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import racecourse.grader.Subject;
import racecourse.grader.Verification;
import racecourse.grader.discover.Course;

/**
 * {@code ./grade verify --repeat N}: measures the course's detection power. Grades every solution
 * and every other correct fix in {@code right/} (right: full marks), every starter (right: loses
 * exactly the checks in starter-catches.txt) and every known-wrong fix (right: loses every check in
 * its catches.txt) N times, and prints how often each verdict was right.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Grades every solution, correct and known-wrong fix and starter N times; prints how often each verdict was right.")
final class VerifyCommand implements Callable<Integer> {
    @Mixin
    private CourseOptions courseOptions;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "10", description = "gradings of each subject (default: 10)")
    private int repeat;

    @Option(names = "--subjects", paramLabel = "KIND", split = ",",
            description = "grade only these kinds of subject: solution, right, starter, wrong (default: all)")
    private Set<Subject.Kind> kinds = EnumSet.allOf(Subject.Kind.class);

    @Option(names = "--full", description = "grade known-wrong fixes on every check, not only the checks that must catch them")
    private boolean full;

    @Override
    public Integer call() throws Exception {
        Course course = courseOptions.course();
        boolean allRight = new Verification(course, repeat, kinds, full)
                .run(courseOptions.assignments(course), new PrintWriter(System.out, true));
        return (allRight ? ExitStatus.OK : ExitStatus.POINTS_LOST).code();
    }
}
